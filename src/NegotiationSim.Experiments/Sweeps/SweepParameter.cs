using System.Globalization;
using NegotiationSim.Diagnostics;

namespace NegotiationSim.Experiments.Sweeps;

/// <summary>
/// One swept setting, as given by <c>--param PATH=lo:hi:n</c>: the dotted setting path of a numeric parameter
/// (as in <c>--set</c>), its range, and for a grid the number of values.
/// </summary>
/// <param name="Path">The setting, e.g. <c>parties.russia.outsideOption</c>.</param>
/// <param name="Lower">Lowest value.</param>
/// <param name="Upper">Highest value.</param>
/// <param name="Steps">Grid values from <paramref name="Lower"/> to <paramref name="Upper"/> inclusive; null for the default (11 for one parameter, 9 per axis for two; unused by a Saltelli design).</param>
public sealed record SweepParameter(string Path, double Lower, double Upper, int? Steps)
{
    /// <summary>How errors in sweep parameters name their source.</summary>
    public const string Origin = "--param";

    /// <summary>Most grid values per parameter.</summary>
    public const int MaxSteps = 1000;

    private const string Hint = "Write PATH=lo:hi:n, e.g. --param parties.russia.outsideOption=0.2:0.7:11 (n values from lo to hi; n may be left out).";

    /// <summary>Parses <c>PATH=lo:hi</c> or <c>PATH=lo:hi:n</c>.</summary>
    /// <exception cref="ExperimentException">The text is malformed; the error names the path.</exception>
    public static SweepParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int eq = text.IndexOf('=');
        if (eq < 0) throw Error(text, $"expected PATH=lo:hi:n, got \"{text}\"");
        string path = text[..eq].Trim();
        if (OverridePath.Split(path, out string problem) is null) throw Error(path, problem);
        var parts = text[(eq + 1)..].Split(':');
        if (parts.Length is < 2 or > 3) throw Error(path, $"expected lo:hi or lo:hi:n after '=', got \"{text[(eq + 1)..]}\"");
        if (!TryNumber(parts[0], out double lo) || !TryNumber(parts[1], out double hi))
            throw Error(path, $"lo and hi must be numbers, got \"{parts[0]}\" and \"{parts[1]}\"");
        if (!(lo < hi)) throw Error(path, $"lo must be below hi, got {parts[0]}:{parts[1]}");
        int? steps = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 2 || n > MaxSteps)
                throw Error(path, $"n must be a whole number from 2 to {MaxSteps}, got \"{parts[2]}\"");
            steps = n;
        }
        return new SweepParameter(path, lo, hi, steps);
    }

    /// <summary>The value at <paramref name="u"/> ∈ [0, 1] of the range, rounded to 12 significant digits so that grid values read cleanly (0.3, not 0.30000000000000004).</summary>
    public double At(double u) => Clean(Lower + u * (Upper - Lower));

    internal static double Clean(double x) => double.Parse(x.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static bool TryNumber(string s, out double value) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static ExperimentException Error(string path, string message) => new([new UserError(Origin, 0, 0, path, message, Hint)]);
}
