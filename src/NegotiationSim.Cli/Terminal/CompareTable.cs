using System.Globalization;
using NegotiationSim.Engine;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Cli.Terminal;

/// <summary>The console table `negsim compare` prints: per metric, every arm's estimate and its paired difference to the base, with 95% intervals.</summary>
internal static class CompareTable
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static void Write(TextWriter w, Comparison c, PairedRunSettings settings, TimeSpan elapsed, bool commonRandomNumbers)
    {
        string pairing = commonRandomNumbers
            ? $"common random numbers (seed {settings.Seeds[0]})"
            : $"independent seeds ({settings.Seeds[0]}..{settings.Seeds[^1]})";
        w.WriteLine(string.Create(Ci, $"{c.Arms.Count} arms × {c.Replicates:N0} replicates, {pairing}, {settings.EffectiveThreads} thread{(settings.EffectiveThreads == 1 ? "" : "s")}, {elapsed.TotalSeconds:F2} s"));
        w.WriteLine($"Differences are arm − {c.Arms[0]}, replicate by replicate, with 95% intervals.");
        int width = Math.Clamp(c.Arms.Max(a => a.Length) + 4, 14, 40);

        foreach (var m in c.Metrics)
        {
            w.WriteLine();
            var present = m.Arms.Where(a => a.Present).ToList();
            if (present.All(a => a.Estimate == 0 && a.Upper < 1e-3 && m.Metric.Kind == MetricKind.Probability))
            {
                w.WriteLine($"{m.Metric.Label}: 0 in every arm");
                continue;
            }
            w.WriteLine($"{m.Metric.Label}");
            w.WriteLine("  " + "arm".PadRight(width) + $"{"estimate",9}  {"95% CI",-18}  {"diff",8}  95% CI");
            foreach (var a in m.Arms)
            {
                string name = "  " + Shorten(a.Arm, width - 1).PadRight(width);
                if (!a.Present)
                {
                    w.WriteLine(name + $"{"-",9}  (not in this arm)");
                    continue;
                }
                string line = name + string.Create(Ci, $"{a.Estimate,9:F4}  [{a.Lower:F4}, {a.Upper:F4}]");
                if (double.IsFinite(a.Difference))
                    line += string.Create(Ci, $"  {a.Difference,8:+0.0000;-0.0000;0.0000}  [{a.DifferenceLower:+0.0000;-0.0000;0.0000}, {a.DifferenceUpper:+0.0000;-0.0000;0.0000}]");
                w.WriteLine(line);
            }
        }
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
