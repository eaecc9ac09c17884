using System.Text.Json;
using NegotiationSim.Cli.Terminal;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;
using NegotiationSim.Plots;
using NegotiationSim.Scenarios;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Plots;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine;

/// <summary>
/// Vetoes and bloc cohesion as outputs (docs/model.md §15.5): the summary, summary.json, parties.csv, the console table,
/// the vetoes chart and the compare metrics, on an alliance of three whose third member has a red line the others' offers cross.
/// </summary>
public class VetoOutputsTests
{
    private const int Replicates = 2_000;

    /// <summary>
    /// A consensus bloc (lead, ally, holdout) facing a rival on one item x, status quo 0.5. Lead and ally want x at 0.6
    /// and concede to nothing by the deadline, so they come to accept the rival's offers; the holdout wants 0.1 and
    /// cannot accept anything above 0.3 (its red line), which every offer of the rival crosses. So the holdout's refusal
    /// alone blocks those offers; lead and ally are never the only ones refusing.
    /// </summary>
    internal static Scenario Alliance(AcceptanceNoise acceptance = AcceptanceNoise.PerNegotiation)
    {
        var items = new[] { Item("x", 0.5) };
        var lead = Party("lead", Positions(("x", At(0.6))), capability: 3);
        var ally = Party("ally", Positions(("x", At(0.6))));
        var holdout = Party("holdout", Positions(("x", At(0.1, 1, new RedLine(0, 0.3)))));
        var rival = Party("rival", Positions(("x", At(0.9, 1, new RedLine(0.45, 1)))), capability: 2);
        var bloc = new Bloc("alliance", ["lead", "ally", "holdout"], F(0.5), BlocRule.Consensus);
        var scenario = Scenario(items, [lead, ally, holdout, rival], [Meeting("m", ["lead", "ally", "holdout", "rival"], ["x"], 12)], [bloc]);
        return scenario with { Bargaining = new BargainingRules(ProposerRule.Rotation, acceptance, false, false) };
    }

    private static readonly Lazy<Summary> Tracked = new(() => Run.Summarise(Alliance(), Replicates, seed: 11));
    private static readonly Lazy<Summary> Untracked = new(() => Run.Summarise(Alliance(AcceptanceNoise.PerOffer), Replicates, seed: 11));

    private static PartySummary P(Summary s, string id) => s.Parties.Single(p => p.Id == id);

    [Fact]
    public void The_member_with_the_red_line_vetoes_and_its_partners_never_do()
    {
        var s = Tracked.Value;
        Assert.True(s.TracksVetoes);
        Assert.True(s.AnyVeto);
        var holdout = P(s, "holdout").Vetoed!;
        Assert.Equal(Replicates, holdout.Total);
        Assert.True(holdout.Estimate > 0.5, $"holdout vetoed in only {holdout.Estimate:P1} of the replicates");
        Assert.InRange(holdout.Estimate, holdout.Lower, holdout.Upper + 1e-12);
        foreach (string id in new[] { "lead", "ally" })
        {
            Assert.Equal(0, P(s, id).Vetoed!.Count);
            Assert.All(P(s, id).VetoesByMeeting!, x => Assert.Equal(0, x));
        }
        // One meeting negotiated as one package: one negotiation, so the mean number of negotiations vetoed per
        // replicate is the probability of having vetoed.
        Assert.Equal(holdout.Estimate, Assert.Single(P(s, "holdout").VetoesByMeeting!), 12);
    }

    [Fact]
    public void The_bloc_splits_on_offers_its_members_judge_together()
    {
        var bloc = Assert.Single(Tracked.Value.Blocs!);
        Assert.Equal("alliance", bloc.Id);
        Assert.Equal(BlocRule.Consensus, bloc.Rule);
        Assert.Null(bloc.Threshold);
        var c = bloc.Cohesion;
        Assert.True(c.JudgedOffers > 0);
        Assert.InRange(c.SplitOffers, 1, c.JudgedOffers);
        Assert.Equal((double)c.SplitOffers / c.JudgedOffers, c.SplitShare, 15);
        Assert.Equal((double)c.JudgedOffers / Replicates, c.JudgedPerReplicate, 15);
        // The holdout's vetoes of offers its partners accept are splits: at least one per replicate in which it vetoed.
        Assert.True(c.SplitOffers >= P(Tracked.Value, "holdout").Vetoed!.Count);
    }

    [Fact]
    public void Without_acceptance_per_negotiation_nothing_is_reported_and_summary_json_keeps_its_shape()
    {
        var s = Untracked.Value;
        Assert.False(s.TracksVetoes);
        Assert.False(s.AnyVeto);
        Assert.Null(s.Blocs);
        Assert.All(s.Parties, p => { Assert.Null(p.Vetoed); Assert.Null(p.VetoesByMeeting); });
        string json = SummaryJson.Serialize(Manifest(), s);
        Assert.DoesNotContain("\"vetoed\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"vetoesByMeeting\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"blocs\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("vetoed", SummaryTables.Parties(s), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_json_carries_the_vetoes_and_reads_back_exactly()
    {
        var s = Tracked.Value;
        string json = SummaryJson.Serialize(Manifest(), s);
        using (var doc = JsonDocument.Parse(json))
        {
            var summary = doc.RootElement.GetProperty("summary");
            var holdout = summary.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "holdout");
            Assert.Equal(P(s, "holdout").Vetoed!.Count, holdout.GetProperty("vetoed").GetProperty("count").GetInt64());
            Assert.Equal(1, holdout.GetProperty("vetoesByMeeting").GetArrayLength());
            var bloc = summary.GetProperty("blocs")[0];
            Assert.Equal("consensus", bloc.GetProperty("rule").GetString());
            Assert.False(bloc.TryGetProperty("threshold", out _));
            Assert.Equal(s.Blocs![0].Cohesion.SplitShare, bloc.GetProperty("cohesion").GetProperty("splitShare").GetDouble());
        }
        var back = SummaryJson.ReadSummary(json);
        Assert.Equal(json, SummaryJson.Serialize(Manifest(), back));
        Assert.True(back.AnyVeto);
        Assert.Equal(P(s, "holdout").Vetoed, P(back, "holdout").Vetoed);
        Assert.Equal(s.Blocs![0], back.Blocs![0]);
    }

    [Fact]
    public void A_weighted_bloc_reports_its_threshold()
    {
        var scenario = Alliance();
        scenario = scenario with { Blocs = [scenario.Blocs[0] with { Rule = BlocRule.Weighted, Threshold = 0.7 }] };
        var bloc = Assert.Single(Run.Summarise(scenario, 200, seed: 11).Blocs!);
        Assert.Equal(BlocRule.Weighted, bloc.Rule);
        Assert.Equal(0.7, bloc.Threshold);
        Assert.Contains("\"threshold\": 0.7", SummaryJson.Serialize(Manifest(), Run.Summarise(scenario, 200, seed: 11)), StringComparison.Ordinal);
    }

    [Fact]
    public void Parties_csv_has_the_veto_columns_when_vetoes_are_recorded()
    {
        var lines = SummaryTables.Parties(Tracked.Value).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        Assert.Equal(["vetoed", "vetoedLower", "vetoedUpper"], header[^3..]);
        var holdout = lines.Single(l => l.StartsWith("holdout,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(P(Tracked.Value, "holdout").Vetoed!.Estimate, double.Parse(holdout[^3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", lines.Single(l => l.StartsWith("lead,", StringComparison.Ordinal)).Split(',')[^3]);
    }

    private sealed class VetoCounter : IReplicateSink
    {
        public long[]? Counts;
        public bool Tracks;

        public void Write(ReplicateBatch batch)
        {
            Tracks = batch.TracksVetoes;
            Counts ??= new long[batch.Parties];
            if (!Tracks) return;
            for (int a = 0; a < batch.Parties; a++)
                foreach (bool v in batch.Vetoed(a)) if (v) Counts[a]++;
        }
    }

    [Fact]
    public void Per_replicate_vetoes_add_up_to_the_summary()
    {
        var model = new CompiledModel(Alliance());
        var sink = new VetoCounter();
        var result = MonteCarloRunner.Run(model, new RunSettings(Replicates, 11, 2), sink: sink);
        var summary = SummaryBuilder.Build(model, result.Outcomes, 11);
        Assert.True(sink.Tracks);
        Assert.Equal(summary.Parties.Select(p => p.Vetoed!.Count), sink.Counts!);
        Assert.True(ReplicateBatch.RecordsVetoes(model));

        var perOffer = new VetoCounter();
        MonteCarloRunner.Run(new CompiledModel(Alliance(AcceptanceNoise.PerOffer)), new RunSettings(100, 11, 1), sink: perOffer);
        Assert.False(perOffer.Tracks);
        Assert.Throws<InvalidOperationException>(() => new ReplicateBatch(new CompiledModel(Alliance(AcceptanceNoise.PerOffer)), 1).Vetoed(0).Length);
    }

    [Fact]
    public void The_chart_is_drawn_only_when_some_party_vetoed_and_shows_only_those()
    {
        using var temp = new TemporaryFolder();
        Assert.Null(Charts.Vetoes(Untracked.Value, temp.Path));
        Assert.DoesNotContain(Charts.All(Untracked.Value, Path.Combine(temp.Path, "untracked")), p => p.Contains(Charts.VetoesName, StringComparison.Ordinal));

        // Recorded, but nobody vetoed: no chart either.
        var none = Tracked.Value with { Parties = Tracked.Value.Parties.Select(p => p with { Vetoed = Proportion.Of(0, Replicates) }).ToList() };
        Assert.False(none.AnyVeto);
        Assert.Null(Charts.Vetoes(none, temp.Path));

        var files = Charts.Vetoes(Tracked.Value, temp.Path)!;
        Assert.NotNull(files);
        PlotAssert.Valid(files);
        PlotAssert.HasText(files, "Which parties block, and how often");
        var texts = PlotAssert.SvgTexts(files.Svg);
        Assert.Contains("holdout", texts);
        Assert.DoesNotContain("lead", texts);
        Assert.DoesNotContain("ally", texts);
        var all = Charts.All(Tracked.Value, Path.Combine(temp.Path, "tracked"));
        Assert.Contains(all, p => Path.GetFileName(p) == "vetoes.png");
        Assert.Contains(all, p => Path.GetFileName(p) == "vetoes.svg");

        // Redrawn from summary.json alone, as `negsim report` does.
        var back = SummaryJson.ReadSummary(SummaryJson.Serialize(Manifest(), Tracked.Value));
        PlotAssert.Valid(Charts.Vetoes(back, temp.Path, name: "from-json")!);

        // Print style: a PDF too, like every other chart.
        ChartFiles? paper;
        using (Charts.UseStyle(PlotStyle.Paper)) paper = Charts.Vetoes(Tracked.Value, temp.Path, name: "paper");
        Assert.True(File.Exists(paper!.Pdf));
    }

    [Fact]
    public void The_chart_caps_its_bars_and_counts_the_rest()
    {
        using var temp = new TemporaryFolder();
        var template = Tracked.Value.Parties[0];
        var parties = Enumerable.Range(1, 30).Select(i => template with { Id = $"m{i:00}", Name = $"Member {i:00}", Vetoed = Proportion.Of(i, 100) }).ToList();
        var summary = Tracked.Value with { Parties = parties };
        var files = Charts.Vetoes(summary, temp.Path)!;
        var texts = string.Join(" ", PlotAssert.SvgTexts(files.Svg));
        Assert.Contains("Member 30", texts, StringComparison.Ordinal);
        Assert.Contains("Member 06", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Member 05", texts, StringComparison.Ordinal);
        Assert.Contains("5 more parties vetoed less often", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_page_shows_who_vetoed_only_when_recorded()
    {
        string tracked = ReportPage.Render(Manifest(), Tracked.Value, []);
        Assert.Contains("<th>P(vetoed)</th>", tracked, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">holdout</th>", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain("P(vetoed)", ReportPage.Render(Manifest(), Untracked.Value, []), StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_table_lists_who_vetoed_and_the_bloc_split_only_when_recorded()
    {
        var w = new StringWriter();
        SummaryTable.Write(w, Tracked.Value, 1, TimeSpan.FromSeconds(1));
        var lines = w.ToString().Split(Environment.NewLine);
        int head = Array.FindIndex(lines, l => l.StartsWith("Vetoes", StringComparison.Ordinal));
        Assert.True(head >= 0, "no Vetoes block");
        Assert.StartsWith("  holdout", lines[head + 1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines.Skip(head), l => l.TrimStart().StartsWith("lead", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(head), l => l.Contains("bloc alliance", StringComparison.Ordinal));

        var untracked = new StringWriter();
        SummaryTable.Write(untracked, Untracked.Value, 1, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("Vetoes", untracked.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_table_shows_the_ten_most_frequent_and_counts_the_rest()
    {
        var template = Tracked.Value.Parties[0];
        var parties = Enumerable.Range(1, 14).Select(i => template with { Id = $"m{i:00}", Name = $"Member {i:00}", Vetoed = Proportion.Of(i, 100) }).ToList();
        var w = new StringWriter();
        SummaryTable.Write(w, Tracked.Value with { Parties = parties }, 1, TimeSpan.FromSeconds(1));
        string text = w.ToString();
        Assert.Contains("Member 14", text, StringComparison.Ordinal);
        Assert.Contains("Member 05", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  Member 04", text.Split("Vetoes")[1], StringComparison.Ordinal);
        Assert.Contains("… 4 more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_reports_who_vetoes_per_arm_and_the_change()
    {
        var arms = new[] { new CompiledModel(Alliance()), new CompiledModel(Alliance() with { Parties = [.. Alliance().Parties.Select(p => p.Id == "holdout" ? WithoutRedLine(p) : p)] }) };
        var layout = MetricLayout.For(arms);
        Assert.Equal(["vetoed.lead", "vetoed.ally", "vetoed.holdout", "vetoed.rival"],
            layout.Metrics.Where(m => m.Key.StartsWith("vetoed.", StringComparison.Ordinal)).Select(m => m.Key));
        var result = PairedRunner.Run(arms, PairedRunSettings.Common(Replicates, 11, 2, threads: 1));
        var comparison = ComparisonBuilder.Build(result.Paired, ["base", "no-red-line"]);
        var holdout = comparison.Find("vetoed.holdout")!;
        Assert.Equal(MetricKind.Probability, holdout.Metric.Kind);
        Assert.Equal(P(Tracked.Value, "holdout").Vetoed!.Estimate, holdout.Arms[0].Estimate, 12);
        Assert.Equal(0, comparison.Find("vetoed.lead")!.Arms[0].Estimate);

        // An arm that does not record vetoes lacks the metrics.
        var untracked = MetricLayout.For([new CompiledModel(Alliance(AcceptanceNoise.PerOffer))]);
        Assert.DoesNotContain(untracked.Metrics, m => m.Key.StartsWith("vetoed.", StringComparison.Ordinal));
    }

    private static Party WithoutRedLine(Party p) =>
        p with { Positions = p.Positions.ToDictionary(kv => kv.Key, kv => kv.Value with { RedLine = RedLine.None }) };

    private static Manifest Manifest() =>
        new("negsim", "0.1.0", "abc", "test", "test.json", new string('0', 64), 11, Replicates, Replicates, 1, 0.5,
            new DateTime(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc), "negsim run");
}
