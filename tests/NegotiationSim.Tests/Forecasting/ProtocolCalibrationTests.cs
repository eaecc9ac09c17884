using NegotiationSim.Forecasting;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class ProtocolCalibrationTests
{
    private static IReadOnlyList<NegotiationCase> Cases8() =>
        Enumerable.Range(0, 8).Select(i => new NegotiationCase($"i{i}", $"p{i / 2}", "COD",
            [A("com", (i * 37) % 101), A("de", (i * 53 + 20) % 101, salience: 30 + i), A("fr", (i * 71 + 50) % 101, salience: 90 - i)],
            i == 5 ? double.NaN : (i * 13) % 101, (i * 29) % 101)).ToList();

    [Fact]
    public void The_default_candidate_reproduces_the_backtests_protocol_given_agreement()
    {
        var cases = Cases8();
        var grid = ProtocolCandidate.Grid;
        Assert.Equal(9, grid.Count);
        var defaultCandidate = grid.Single(c => c.Name == "default/cool");
        Assert.Equal(ProtocolDistributions.Default, defaultCandidate.Protocol);

        var backtest = Backtest.Run(cases, new BacktestSettings(150, 4, 1, ProtocolDistributions.Default, 100));
        var calibration = ProtocolCalibration.Run(cases, [defaultCandidate, grid[0]], 150, 4, threads: 1, folds: 2);
        var agreed = backtest.Scores.Single(s => s.Model == BacktestModels.AlternatingOffersAgreed);
        Assert.Equal(agreed with { Model = "default/cool" }, calibration.Candidates[0]);
        Assert.Equal(7, calibration.OutOfFold.Issues);           // i5 has no reference point
        Assert.Equal(7, calibration.Compromise.Issues);
        Assert.Equal(2, calibration.Chosen.Count);
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var cases = Cases8();
        var one = ProtocolCalibration.Run(cases, ProtocolCandidate.Grid.Take(3).ToList(), 100, 9, threads: 1, folds: 2);
        var two = ProtocolCalibration.Run(cases, ProtocolCandidate.Grid.Take(3).ToList(), 100, 9, threads: 2, folds: 2);
        Assert.Equal(one.Candidates, two.Candidates);
        Assert.Equal(one.Chosen, two.Chosen);
        Assert.Equal(one.Difference, two.Difference);
    }
}
