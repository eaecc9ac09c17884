using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Patterns;
using NegotiationSim.Inference;
using NegotiationSim.Outcomes;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Inference;

public class PatternScoringTests
{
    private static readonly Scenarios.Scenario Default = ExperimentReader.ReadFile(Repository.File("experiments/nato-russia-2022.json")).Scenario;
    private static readonly PatternSet Record = PatternReader.ReadFile(Repository.File("experiments/patterns/january-2022.json"), Default);

    [Fact]
    public void Scores_match_hand_computed_values()
    {
        // 3 of 10 replicates: p = 0.3, Brier (1 − 0.3)² = 0.49, log ln(3.5/11)
        var f = PatternForecast.Simulated("model", 3, 10);
        Assert.Equal(0.3, f.Probability.Estimate, 12);
        Assert.Equal(0.49, f.Brier, 12);
        Assert.Equal(Math.Log(3.5 / 11), f.LogScore, 12);
        // never simulated: Brier 1, log finite ln(0.5/101)
        var never = PatternForecast.Simulated("model", 0, 100);
        Assert.Equal(1, never.Brier, 12);
        Assert.Equal(Math.Log(0.5 / 101), never.LogScore, 12);
        var coin = PatternForecast.Stated("uninformed", 0.5);
        Assert.Equal(0.25, coin.Brier, 12);
        Assert.Equal(Math.Log(0.5), coin.LogScore, 12);

        var set = new PatternSet("t", "", "s", [
            new RecordPattern("a", "", "", "", false, [new(PatternConditionKind.AnyWalkout, 0, false)]),
            new RecordPattern("b", "", "", "", true, [new(PatternConditionKind.AnyWalkout, 0, true)])]);
        var scores = PatternScoring.Score(set, new PatternCounts(10, [3, 7], 0), new PatternCounts(10, [5, 5], 1));
        Assert.Equal(0.25, scores[^1].Forecasts[2].Probability.Estimate, 12);          // 0.5², two patterns
        var all = PatternScoring.Totals(scores, "model", earnedOnly: false);
        Assert.Equal((0.49 + 0.09) / 2, all.MeanBrier, 12);
        Assert.Equal(Math.Log(3.5 / 11) + Math.Log(7.5 / 11), all.SumLog, 12);
        var earned = PatternScoring.Totals(scores, "model", earnedOnly: true);
        Assert.Equal(1, earned.Patterns);
        Assert.Equal(0.49, earned.MeanBrier, 12);
    }

    [Fact]
    public void The_evaluator_agrees_with_the_replicate_records()
    {
        var model = new CompiledModel(Default);
        var counts = PatternRunner.Count(model, Record, 400, 11, threads: 1);
        int m1 = Default.Meetings.ToList().FindIndex(m => m.Id == "m1");
        int dialogue = Default.Items.ToList().FindIndex(i => i.Id == "dialogue");
        int russia = Default.Parties.ToList().FindIndex(p => p.Id == "russia");
        long declined = 0, walkout = 0, war = 0, dialogueAgreed = 0;
        for (long r = 0; r < 400; r++)
        {
            var rec = ReplicateRecord.Inspect(model, 11, r);
            if (rec.Ending == Ending.Declined && rec.MeetingsHeld == m1) declined++;
            if (!rec.WalkedOut.Any(w => w)) walkout++;
            if (rec.Escalated[russia]) war++;
            if (rec.MeetingsHeld > 3 && rec.Agreed[dialogue]) dialogueAgreed++;
        }
        int Index(string id) => Record.Patterns.ToList().FindIndex(p => p.Id == id);
        Assert.Equal(declined, counts.Held[Index("no-answer-to-nato")]);
        Assert.Equal(walkout, counts.Held[Index("no-walkout")]);
        Assert.Equal(war, counts.Held[Index("war")]);
        Assert.Equal(dialogueAgreed, counts.Held[Index("blinken-lavrov")]);
        Assert.InRange(counts.Held[Index("war")], 1, 399);
    }

    [Fact]
    public void Counts_do_not_depend_on_the_thread_count()
    {
        var model = new CompiledModel(Default);
        var one = PatternRunner.Count(model, Record, 3000, 5, threads: 1);
        var two = PatternRunner.Count(model, Record, 3000, 5, threads: 2);
        Assert.Equal(one.Held, two.Held);
        Assert.Equal(one.Joint, two.Joint);
    }
}
