using System.Globalization;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Cli.Terminal;

/// <summary>The compact console table `negsim run` prints: the headline probabilities with 95% Wilson intervals.</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter w, Summary s, int threads, TimeSpan elapsed)
    {
        var ci = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(ci, $"{s.Scenario}: {s.Replicates:N0} replicates, seed {s.Seed}, {threads} thread{(threads == 1 ? "" : "s")}, {elapsed.TotalSeconds:F2} s"));
        w.WriteLine();
        int width = Math.Max(32, s.Items.Max(i => i.Name.Length) + 4);

        w.WriteLine($"{"Agreement per agenda item",-(width)}{"P",8}  {"95% CI",-17}  agreed value (median)");
        foreach (var item in s.Items)
            w.WriteLine($"  {Trim(item.Name, width - 2),-(width - 2)}{P(item.Agreement)}  {(item.AgreedValue.Count > 0 ? item.AgreedValue.Median.ToString("F2", ci) : "-")}");
        w.WriteLine();

        w.WriteLine($"{"Meetings",-(width)}{"held",8}  {"95% CI",-17}  {"walkout",8}  {"agreement",9}");
        foreach (var m in s.Meetings)
            w.WriteLine($"  {Trim(m.Name, width - 2),-(width - 2)}{P(m.Held)}  {F(m.Walkout.Estimate),8}  {F(m.AnyAgreement.Estimate),9}");
        w.WriteLine();

        w.WriteLine($"{"How the sequence ended",-(width)}{"P",8}  95% CI");
        w.WriteLine($"  {"all meetings held, no walkout",-(width - 2)}{P(s.Completed)}");
        w.WriteLine($"  {"a party stayed away",-(width - 2)}{P(s.Declined)}");
        w.WriteLine($"  {"a party walked out",-(width - 2)}{P(s.Walkout)}");
        w.WriteLine($"  {"at least one item agreed",-(width - 2)}{P(s.AnyAgreement)}");
        w.WriteLine($"  {"ESCALATION (outside option taken)",-(width - 2)}{P(s.Escalation)}");
        w.WriteLine();

        w.WriteLine($"{"Final utility per party",-(width)}{"mean",8}  {"90% range",-17}  status quo");
        foreach (var p in s.Parties)
        {
            var u = p.FinalUtility;
            w.WriteLine(string.Create(ci, $"  {Trim(p.Name, width - 2),-(width - 2)}{u.Mean,8:F3}  [{u.Q05:F3}, {u.Q95:F3}]   {p.StatusQuoUtility.Mean:F3}"));
        }
    }

    private static string P(Proportion p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Estimate,8:F3}  [{p.Lower:F3}, {p.Upper:F3}]  ");

    private static string F(double x) => double.IsFinite(x) ? x.ToString("F3", CultureInfo.InvariantCulture) : "-";

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
