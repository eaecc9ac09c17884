using System.Globalization;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Cli.Terminal;

/// <summary>The compact console table `negsim run` prints: the headline probabilities with 95% Wilson intervals.</summary>
internal static class SummaryTable
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static void Write(TextWriter w, Summary s, int threads, TimeSpan elapsed)
    {
        w.WriteLine(string.Create(Ci, $"{s.Scenario}: {s.Replicates:N0} replicates, seed {s.Seed}, {threads} thread{(threads == 1 ? "" : "s")}, {elapsed.TotalSeconds:F2} s"));
        w.WriteLine();
        int width = Math.Max(36, s.Items.Concat<object>(s.Meetings).Count() > 0 ? s.Items.Select(i => i.Name.Length).Concat(s.Meetings.Select(m => m.Name.Length)).Max() + 4 : 36);
        width = Math.Min(width, 52);

        w.WriteLine(Head("Agreement per agenda item", width) + $"{"P",8}  {"95% CI",-16}  agreed value (median)");
        foreach (var item in s.Items)
            w.WriteLine(Row(item.Name, width) + P(item.Agreement) + "  " + (item.AgreedValue.Count > 0 ? item.AgreedValue.Median.ToString("F2", Ci) : "never agreed"));
        w.WriteLine();

        w.WriteLine(Head("Meetings", width) + $"{"held",8}  {"95% CI",-16}  {"walkout",8}  {"agreement",9}");
        foreach (var m in s.Meetings)
            w.WriteLine(Row(m.Name, width) + P(m.Held) + $"  {F(m.Walkout.Estimate),8}  {F(m.AnyAgreement.Estimate),9}");
        w.WriteLine();

        w.WriteLine(Head("How the sequence ended", width) + $"{"P",8}  95% CI");
        w.WriteLine(Row("all meetings held, no walkout", width) + P(s.Completed));
        w.WriteLine(Row("a party stayed away", width) + P(s.Declined));
        w.WriteLine(Row("a party walked out", width) + P(s.Walkout));
        if (s.EndedByWar is { Estimate: > 0 } ended) w.WriteLine(Row("war began before the sequence ended", width) + P(ended));
        w.WriteLine(Row("at least one item agreed", width) + P(s.AnyAgreement));
        w.WriteLine(Row("ESCALATION (outside option taken)", width) + P(s.Escalation));
        w.WriteLine();

        // docs/model.md §13: when war started, and whether the war payoffs left room for a deal.
        if (s.BargainingRange is { } range)
        {
            w.WriteLine(Head("War (docs/model.md §13)", width) + $"{"P",8}  95% CI");
            foreach (var m in s.Meetings)
                if (m.EscalatedBefore is { Estimate: > 0 } before) w.WriteLine(Row("begun before " + m.Name, width) + P(before));
            if (s.EscalationAtEnd is { } atEnd) w.WriteLine(Row("begun at the final decision", width) + P(atEnd));
            if (s.WarPrevailed is { } prevailed) w.WriteLine(Row("fought, and its initiators prevailed", width) + P(prevailed));
            w.WriteLine(Row("a bargaining range existed", width) + P(range));
            w.WriteLine();
        }

        bool outside = s.Parties.Any(p => p.OutsideOption is not null);
        w.WriteLine(Head("Final utility per party", width) + $"{"mean",8}  {"90% range",-16}  status quo (mean)" + (outside ? "  outside option (mean)" : ""));
        foreach (var p in s.Parties)
        {
            var u = p.FinalUtility;
            string option = p.OutsideOption is { } o ? string.Create(Ci, $"{"",12}  {o.Mean:F3}") : "";
            w.WriteLine(Row(p.Name, width) + string.Create(Ci, $"{u.Mean,8:F3}  [{u.Q05:F3}, {u.Q95:F3}]    {p.StatusQuoUtility.Mean:F3}") + option);
        }
        Vetoes(w, s, width);
    }

    /// <summary>The most frequent vetoes per party, and each bloc's split share (docs/model.md §15.5); nothing when vetoes are not recorded or none was counted.</summary>
    private static void Vetoes(TextWriter w, Summary s, int width)
    {
        if (!s.AnyVeto) return;
        var vetoing = s.Parties.Where(p => p.Vetoed is { Count: > 0 })
            .OrderByDescending(p => p.Vetoed!.Estimate).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        w.WriteLine();
        w.WriteLine(Head("Vetoes (docs/model.md §15.5)", width) + $"{"P",8}  {"95% CI",-16}  vetoed some offer (its refusal alone blocked it)");
        foreach (var p in vetoing.Take(MaxVetoRows)) w.WriteLine(Row(p.Name, width) + P(p.Vetoed!));
        if (vetoing.Count > MaxVetoRows) w.WriteLine(Row($"… {vetoing.Count - MaxVetoRows} more", width));
        foreach (var bloc in s.Blocs ?? [])
        {
            var c = bloc.Cohesion;
            string split = c.JudgedOffers > 0
                ? string.Create(Ci, $"{c.SplitShare,8:F3}  of {c.JudgedPerReplicate:0.##} offers per replicate judged by its members")
                : $"{"-",8}  no offer judged by two of its members";
            w.WriteLine(Row($"bloc {bloc.Id} split ({bloc.Rule.ToString().ToLowerInvariant()})", width) + split);
        }
    }

    /// <summary>Parties listed in the vetoes block; the rest are counted.</summary>
    internal const int MaxVetoRows = 10;

    private static string Head(string text, int width) => text.PadRight(width);

    private static string Row(string name, int width)
    {
        string text = "  " + name;
        return text.Length <= width ? text.PadRight(width) : text[..(width - 1)] + "…";
    }

    private static string P(Proportion p) => string.Create(Ci, $"{p.Estimate,8:F3}  [{p.Lower:F3}, {p.Upper:F3}]");

    private static string F(double x) => double.IsFinite(x) ? x.ToString("F3", Ci) : "-";
}
