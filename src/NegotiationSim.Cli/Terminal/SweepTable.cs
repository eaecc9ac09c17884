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
                w.WriteLine("  " + "parameter".PadRight(width) + $"{"S1",8}  {"95% CI",-18}  {"ST",8}  95% CI");
                foreach (var i in indices.OrderByDescending(i => double.IsFinite(i.Total) ? i.Total : -1))
                    w.WriteLine("  " + sweep.Parameters[i.Parameter].PadRight(width) +
                        string.Create(Ci, $"{i.First,8:F3}  [{i.FirstLower:F3}, {i.FirstUpper:F3}]  {i.Total,8:F3}  [{i.TotalLower:F3}, {i.TotalUpper:F3}]"));
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
