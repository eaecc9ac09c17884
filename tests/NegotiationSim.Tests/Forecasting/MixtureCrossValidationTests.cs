using NegotiationSim.Forecasting;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class MixtureCrossValidationTests
{
    private static IReadOnlyList<NegotiationCase> Cases12() =>
        Enumerable.Range(0, 12).Select(i => new NegotiationCase($"i{i}", $"p{i / 2}", "COD",
            [A("com", (i * 37) % 101), A("de", (i * 53 + 20) % 101, salience: 30 + i), A("fr", (i * 71 + 50) % 101, salience: 90 - i)],
            i % 3 == 0 ? double.NaN : (i * 13) % 101, i == 11 ? double.NaN : (i * 29) % 101)).ToList();

    [Fact]
    public void Folds_hold_whole_proposals_out_and_every_scored_issue_once()
    {
        var cases = Cases12();
        var backtest = Backtest.Run(cases, new BacktestSettings(100, 2, 1, ProtocolDistributions.Default, 200));
        var cv = MixtureCrossValidation.Run(cases, backtest, folds: 3, steps: 5);
        Assert.Equal(3, cv.Folds.Count);
        Assert.Equal(6, cv.Folds.Sum(f => f.Proposals));          // six proposals of two issues each
        Assert.Equal(11, cv.Folds.Sum(f => f.Issues));            // i11 has no outcome
        Assert.Equal(11, cv.OutOfFold.Issues);
        Assert.Equal(11, cv.Compromise.Issues);
        Assert.All(cv.Folds, f => Assert.True(f.Chosen.IsValid));
        Assert.True(double.IsFinite(cv.OutOfFold.Crps));
    }

    [Fact]
    public void The_same_backtest_gives_the_same_choice_and_the_criteria_can_differ_only_in_the_rules_they_apply()
    {
        var cases = Cases12();
        var backtest = Backtest.Run(cases, new BacktestSettings(100, 2, 1, ProtocolDistributions.Default, 200));
        var first = MixtureCrossValidation.Run(cases, backtest, folds: 3, steps: 5);
        var again = MixtureCrossValidation.Run(cases, backtest, folds: 3, steps: 5);
        Assert.Equal(first.Folds, again.Folds);
        Assert.Equal(first.OutOfFold, again.OutOfFold);
        Assert.Equal(first.Difference, again.Difference);
        // CRPS alone can never give a worse full-data CRPS than the two-stage rule, which minimises it under a constraint.
        var crps = MixtureCrossValidation.Run(cases, backtest, folds: 3, steps: 5, criterion: MixtureCriterion.Crps);
        Assert.True(crps.FullFitScore.Crps <= first.FullFitScore.Crps + 1e-12);
    }
}
