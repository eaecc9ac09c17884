using System.Globalization;
using NegotiationSim.Sensitivity;

namespace NegotiationSim.Cli.Terminal;

/// <summary>The console table `negsim sweep` prints: the key metrics per grid point, or the Sobol' indices of a Saltelli design.</summary>
internal static class SweepTable
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static void Write(TextWriter w, SweepResult sweep, IReadOnlyDictionary<string, IReadOnlyList<SobolIndex>> sobol, string design, ulong seed, TimeSpan elapsed)
    {
        w.WriteLine(string.Create(Ci, $"{sweep.Points.Count:N0} points ({design}) × {sweep.ReplicatesPerPoint:N0} replicates, seed {seed} at every point, {elapsed.TotalSeconds:F1} s"));
        w.WriteLine();
        if (sobol.Count > 0)
        {
            int width = Math.Clamp(sweep.Parameters.Max(p => p.Length) + 2, 12, 50);
            foreach (var (metric, indices) in sobol)
            {
                w.WriteLine($"Sobol' indices of {metric} (first order: Saltelli 2010; total: Jansen 1999; 95% bootstrap intervals)");
                // Bounds are often negative (an index near 0 estimated with noise): fixed widths keep ST under ST.
                const int Value = 8, Interval = 2 * Value + 4;
                w.WriteLine("  " + "parameter".PadRight(width) + $"{"S1",Value}  {"95% CI",-Interval}  {"ST",Value}  95% CI");
                foreach (var i in indices.OrderByDescending(i => double.IsFinite(i.Total) ? i.Total : -1))
                    w.WriteLine("  " + sweep.Parameters[i.Parameter].PadRight(width) +
                        ConsoleNumber.Format(i.First, 3).PadLeft(Value) + "  " + ConsoleNumber.Interval(i.FirstLower, i.FirstUpper, 3).PadRight(Interval) + "  " +
                        ConsoleNumber.Format(i.Total, 3).PadLeft(Value) + "  " + ConsoleNumber.Interval(i.TotalLower, i.TotalUpper, 3));
                w.WriteLine();
            }
            return;
        }
        var columns = sweep.Parameters.Select(p => Math.Max(10, Math.Min(p.Length, 34))).ToArray();
        w.WriteLine(string.Concat(sweep.Parameters.Select((p, i) => Cut(p, columns[i]).PadLeft(columns[i]) + "  ")) + $"{"P(escalation)",-26}  P(any agreement)");
        foreach (var p in sweep.Points)
        {
            var esc = p.Find("escalation");
            var any = p.Find("anyAgreement");
            w.WriteLine(string.Concat(p.Values.Select((v, i) => v.ToString("G6", Ci).PadLeft(columns[i]) + "  ")) +
                string.Create(Ci, $"{esc?.Estimate,6:F3} [{esc?.Lower:F3}, {esc?.Upper:F3}]    {any?.Estimate,6:F3} [{any?.Lower:F3}, {any?.Upper:F3}]"));
        }
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : "…" + s[^(max - 1)..];
}
