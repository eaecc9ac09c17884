using NegotiationSim.Forecasting;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class BacktestTests
{
    private static IReadOnlyList<NegotiationCase> Some() =>
    [
        new("a", "p1", "COD", [A("com", 100), A("ep", 80), A("de", 0), A("fr", 50)], 0, 70),
        new("b", "p1", "COD", [A("com", 30), A("de", 60, salience: 90), A("uk", 100, salience: 10)], 30, 60),
        new("c", "p2", "CNS", [A("com", 50), A("it", 0), A("es", 100)], double.NaN, 50),
        new("d", "p3", "CNS", [A("de", 10), A("fr", 90)], 50, double.NaN),
    ];

    [Fact]
    public void Every_model_forecasts_every_case_and_scores_count_only_what_can_be_scored()
    {
        var result = Backtest.Run(Some(), new BacktestSettings(200, 5, 1, ProtocolDistributions.Default, 300));
        Assert.Equal(BacktestModels.All, result.Models);
        Assert.Equal(4 * BacktestModels.All.Count, result.Forecasts.Count);
        var scores = result.Scores.ToDictionary(s => s.Model);
        Assert.Equal(3, scores[BacktestModels.Constant50].Issues);          // d has no outcome
        Assert.Equal(2, scores[BacktestModels.ReferencePoint].Issues);      // c has no reference point
        Assert.Equal(2, scores[BacktestModels.AlternatingOffers].Issues);
        Assert.Equal((20 + 10 + 0) / 3.0, scores[BacktestModels.Constant50].Mae, 12);
        Assert.True(double.IsFinite(scores[BacktestModels.AlternatingOffers].Crps));
        Assert.True(double.IsNaN(scores[BacktestModels.Compromise].Crps));
        Assert.DoesNotContain(result.Differences, d => d.Model == BacktestModels.Compromise);
        Assert.Equal(BacktestModels.All.Count - 1, result.Differences.Count);
        Assert.Equal(3, result.NashCases);
    }

    [Fact]
    public void Results_are_identical_for_any_thread_count()
    {
        var one = Backtest.Run(Some(), new BacktestSettings(300, 9, 1, ProtocolDistributions.Default, 300));
        var two = Backtest.Run(Some(), new BacktestSettings(300, 9, 2, ProtocolDistributions.Default, 300));
        Assert.Equal(one.Scores, two.Scores);
        Assert.Equal(one.Differences, two.Differences);
        Assert.Equal(one.Forecasts.Select(f => (f.Case, f.Model, f.Forecast)), two.Forecasts.Select(f => (f.Case, f.Model, f.Forecast)));
    }
}
