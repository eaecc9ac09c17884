using System.Globalization;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Cli.Terminal;

/// <summary>The console table `negsim compare` prints: per metric, every arm's estimate and its paired difference to the base, with 95% intervals.</summary>
internal static class CompareTable
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    // Widths of one number (room for "-1.0e-05") and of an interval of two.
    private const int Value = 8, Interval = 2 * Value + 4;

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
            w.WriteLine("  " + "arm".PadRight(width) + $"{"estimate",9}  {"95% CI",-Interval}  {"diff",Value}  95% CI");
            foreach (var a in m.Arms)
            {
                string name = "  " + Shorten(a.Arm, width - 1).PadRight(width);
                if (!a.Present)
                {
                    w.WriteLine(name + $"{"-",9}  (not in this arm)");
                    continue;
                }
                // Fixed widths (a bound may be "-1.0e-05") keep the columns aligned whatever the values.
                string line = name + ConsoleNumber.Format(a.Estimate, 4).PadLeft(9) + "  "
                    + ConsoleNumber.Interval(a.Lower, a.Upper, 4).PadRight(Interval);
                if (double.IsFinite(a.Difference))
                    line += "  " + ConsoleNumber.Format(a.Difference, 4, signed: true).PadLeft(Value) + "  "
                        + ConsoleNumber.Interval(a.DifferenceLower, a.DifferenceUpper, 4, signed: true);
                w.WriteLine(line.TrimEnd());
            }
        }
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
