using System.Globalization;

namespace NegotiationSim.Cli.Terminal;

/// <summary>
/// Numbers for the console tables: fixed decimals as a rule, so that columns line up, but never a value that
/// rounds to zero shown as zero. A paired difference of −0.00001 is a finding (it has a sign and an interval);
/// printed as "0.0000" it would read like an exact zero, so such values switch to scientific notation.
/// </summary>
internal static class ConsoleNumber
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>
    /// <paramref name="value"/> with <paramref name="decimals"/> decimals, or as "1.0e-05" when that would print a
    /// non-zero value as zero. With <paramref name="signed"/>, positive values carry "+"; exact zero carries no sign.
    /// </summary>
    public static string Format(double value, int decimals, bool signed = false)
    {
        if (!double.IsFinite(value)) return double.IsNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞";
        string plus = signed && value > 0 ? "+" : "";
        if (value == 0) return 0.0.ToString("F" + decimals, Ci);
        double smallest = 0.5 * Math.Pow(10, -decimals);
        if (Math.Abs(value) < smallest) return plus + value.ToString("0.0e+00", Ci);
        return plus + value.ToString("F" + decimals, Ci);
    }

    /// <summary>"[lo, hi]" with both bounds as <see cref="Format"/> writes them; callers pad it to a column.</summary>
    public static string Interval(double lower, double upper, int decimals, bool signed = false) =>
        $"[{Format(lower, decimals, signed)}, {Format(upper, decimals, signed)}]";
}
