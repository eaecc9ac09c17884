using CsCheck;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;
using Xunit.Abstractions;

namespace NegotiationSim.Tests.Validation;

/// <summary>
/// Property: any valid experiment, however extreme, runs. The engine and the summary never throw, and every
/// value they define is a number where it belongs: probabilities and utilities in [0, 1], rounds within the
/// round limit; NaN only for what is undefined (e.g. the agreed value of an item never agreed).
/// </summary>
public class ScenarioPropertyTests(ITestOutputHelper output)
{
    private const int Replicates = 200;

    [Fact]
    public void Every_valid_scenario_runs_and_summarises_without_NaN()
    {
        ScenarioGen.Experiment.Sample(json =>
        {
            var errors = ExperimentReader.Validate(json, "generated.json");
            Assert.True(errors.Count == 0, "the generator made an invalid file: " + string.Join(Environment.NewLine, errors.Take(5)));
            var experiment = ExperimentReader.Read(json, "generated.json");
            var model = new CompiledModel(experiment.Scenario);

            // The summary clamps every utility and value into [0, 1] before counting it (docs/model.md §8.5, §13.1),
            // so its range checks below cannot see a raw value out of range: the sink checks every replicate's raw
            // values against their documented bounds first.
            var sink = new RawValueCheck(experiment);
            var result = MonteCarloRunner.Run(model, new RunSettings(Replicates, experiment.Seed, 1), sink: sink);
            Assert.Equal(Replicates, result.Completed);
            Assert.Equal(Replicates, sink.Checked);
            var summary = SummaryBuilder.Build(model, result.Outcomes, experiment.Seed);
            AssertSound(summary, experiment);

            for (long r = 0; r < 3; r++) AssertSound(ReplicateRecord.Inspect(model, experiment.Seed, r), experiment);
        }, iter: 25, threads: 1, writeLine: output.WriteLine);
    }

    private static void AssertSound(ReplicateRecord record, Experiment experiment)
    {
        Assert.InRange(record.MeetingsHeld, 0, experiment.Scenario.Meetings.Count);
        for (int a = 0; a < record.Utility.Count; a++) Assert.InRange(record.Utility[a], LowestUtility(experiment, a), 1);
        Assert.All(record.Value, x => Assert.InRange(x, 0, 1));
        for (int i = 0; i < record.Agreed.Count; i++)
        {
            if (!record.Agreed[i]) continue;
            Assert.InRange(record.Meeting[i], 0, experiment.Scenario.Meetings.Count - 1);
            Assert.InRange(record.Round[i], 1, RoundLimit(experiment.Scenario.Meetings[record.Meeting[i]]));
        }
    }

    /// <summary>
    /// The lowest final utility party <paramref name="a"/> can have. Eq. 2 keeps a utility of any state in [0, 1]; a war
    /// fought then charges the party its cost of war (docs/model.md §13.1), which can take it below 0, by at most the
    /// largest cost its distribution can draw (plus the irresolute type's extra cost, §14.1, for an initiator with
    /// types). Without war, or for a party that bears no cost, the bound is 0.
    /// </summary>
    private static double LowestUtility(Experiment experiment, int a)
    {
        if (experiment.Scenario.War is not { } war) return 0;
        string id = experiment.Scenario.Parties[a].Id;
        double cost = war.Costs.TryGetValue(id, out var c) ? c.Maximum : 0;
        if (war.Types is { } types && types.TryGetValue(id, out var type)) cost += type.ExtraCost.Maximum;
        return -cost;
    }

    /// <summary>Checks every replicate's raw utilities and item values, before the summary clamps them into [0, 1].</summary>
    private sealed class RawValueCheck(Experiment experiment) : IReplicateSink
    {
        public long Checked { get; private set; }

        public void Write(ReplicateBatch batch)
        {
            for (int a = 0; a < batch.Parties; a++)
            {
                double lowest = LowestUtility(experiment, a);
                foreach (double u in batch.Utility(a)) Assert.InRange(u, lowest, 1);
            }
            for (int i = 0; i < batch.Items; i++)
                foreach (double x in batch.Value(i)) Assert.InRange(x, 0, 1);
            Checked += batch.Count;
        }
    }

    /// <summary>A meeting's round limit: its rounds, or two for a written exchange (docs/model.md §13.7).</summary>
    private static int RoundLimit(NegotiationSim.Scenarios.Meeting meeting) =>
        meeting.Format == NegotiationSim.Scenarios.MeetingFormat.Written ? 2 : meeting.Rounds;

    private static void AssertSound(Summary summary, Experiment experiment)
    {
        var scenario = experiment.Scenario;
        Assert.Equal(Replicates, summary.Replicates);
        foreach (var p in new[] { summary.Completed, summary.Declined, summary.Walkout, summary.Escalation, summary.AnyAgreement })
            AssertProbability(p);
        Assert.Equal(Replicates, summary.Completed.Count + summary.Declined.Count + summary.Walkout.Count + summary.EndedByWar!.Count);
        Assert.InRange(summary.MeanMeetingsHeld, 0, scenario.Meetings.Count);

        Assert.Equal(scenario.Items.Count, summary.Items.Count);
        foreach (var item in summary.Items)
        {
            AssertProbability(item.Agreement);
            AssertDistribution(item.AgreedValue, item.Agreement.Count);
            AssertDistribution(item.FinalValue, Replicates);
            AssertDistribution(item.CompromisePrediction, Replicates);
            AssertDistribution(item.NashValue, Replicates);
            if (item.Agreement.Count == 0) Assert.True(double.IsNaN(item.MeanAgreementRound));
            else Assert.InRange(item.MeanAgreementRound, 1, scenario.Meetings.Max(RoundLimit));
            Assert.Equal(scenario.Meetings.Count, item.AgreedInMeeting.Count);
            Assert.All(item.AgreedInMeeting, AssertProbability);
        }

        Assert.Equal(scenario.Parties.Count, summary.Parties.Count);
        foreach (var party in summary.Parties)
        {
            AssertDistribution(party.FinalUtility, Replicates);
            AssertDistribution(party.StatusQuoUtility, Replicates);
            AssertProbability(party.WalkedOut);
            AssertProbability(party.Escalated);
            if (!party.HasOutsideOption) Assert.Equal(0, party.Escalated.Count);
        }

        for (int m = 0; m < scenario.Meetings.Count; m++)
        {
            var meeting = summary.Meetings[m];
            var definition = scenario.Meetings[m];
            foreach (var p in new[] { meeting.Reached, meeting.Held, meeting.Declined, meeting.Walkout, meeting.AnyAgreement, meeting.EscalatedBefore!, meeting.LinkageBlocked! }) AssertProbability(p);
            Assert.True(meeting.Held.Count + meeting.Declined.Count == meeting.Reached.Count, $"meeting {meeting.Id}: held + declined != reached");
            if (meeting.Held.Count == 0) Assert.True(double.IsNaN(meeting.MeanRounds));
            else Assert.InRange(meeting.MeanRounds, 0, RoundLimit(definition) * definition.Items.Count);
            Assert.Equal(definition.Items.Count, meeting.OfferBands.Count);
            foreach (var band in meeting.OfferBands.SelectMany(b => b))
            {
                Assert.InRange(band.Round, 1, RoundLimit(definition));
                Assert.True(band.Count > 0);
                foreach (double q in new[] { band.Q05, band.Q25, band.Median, band.Q75, band.Q95 }) Assert.InRange(q, 0, 1);
                Assert.True(band.Q05 <= band.Q25 && band.Q25 <= band.Median && band.Median <= band.Q75 && band.Q75 <= band.Q95);
            }
        }

        AssertDistribution(summary.Efficiency.DistanceToNash, Replicates);
        AssertDistribution(summary.Efficiency.NashProductRatio, summary.Efficiency.NashProductRatio.Count);
        AssertDistribution(summary.Efficiency.ParetoGap, Replicates);
        AssertProbability(summary.Efficiency.ParetoDominated);
        AssertProbability(summary.Efficiency.NashFound);
    }

    private static void AssertProbability(Proportion p)
    {
        Assert.Equal(Replicates, p.Total);
        Assert.InRange(p.Count, 0, Replicates);
        Assert.InRange(p.Estimate, 0, 1);
        Assert.True(p.Lower >= 0 && p.Lower <= p.Estimate && p.Estimate <= p.Upper && p.Upper <= 1, $"bad interval {p}");
    }

    private static void AssertDistribution(Distribution01 d, long expectedCount)
    {
        Assert.Equal(expectedCount, d.Count);
        Assert.Equal(expectedCount, d.Counts.Sum());
        if (d.Count == 0)
        {
            Assert.True(double.IsNaN(d.Mean), "an empty distribution has no mean");
            return;
        }
        // The values were clamped into [0, 1] when counted (the raw ones are checked by RawValueCheck): this checks the
        // summary's arithmetic (mean, interpolated quantiles), not the engine's values.
        foreach (double v in new[] { d.Mean, d.Q05, d.Q25, d.Median, d.Q75, d.Q95 }) Assert.InRange(v, 0, 1);
        Assert.InRange(d.StandardDeviation, 0, 1);
        Assert.True(d.Q05 <= d.Q25 && d.Q25 <= d.Median && d.Median <= d.Q75 && d.Q75 <= d.Q95, "quantiles out of order");
    }
}
