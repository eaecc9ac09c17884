using NegotiationSim.Forecasting;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class MixtureForecastTests
{
    // Weights c·s: 1·50 = 50 at 0, 1·150 = 150 at 100; compromise point 75.
    private static readonly NegotiationCase TwoActors = Case(0, 80, A("a", 0, salience: 50), A("b", 100, salience: 150));

    [Fact]
    public void Compromise_and_lottery_shares_place_their_values_by_weight()
    {
        var sample = MixtureForecast.Build(TwoActors, [], new MixtureWeights(0.5, 0.5, 0));
        Assert.Equal(MixtureForecast.SampleSize, sample.Count);
        // 500 values at 75; the lottery's 500 split 50:150, i.e. 125 at 0 and 375 at 100.
        Assert.Equal(125, sample.Sorted.ToArray().Count(v => v == 0));
        Assert.Equal(500, sample.Sorted.ToArray().Count(v => v == 75));
        Assert.Equal(375, sample.Sorted.ToArray().Count(v => v == 100));
        Assert.Equal(75, sample.Mean, 12);                       // the lottery's mean is the compromise point
        Assert.Equal((125 + 0.5 * 500) / 1000.0, sample.Pit(75), 12);
    }

    [Fact]
    public void The_protocol_share_takes_evenly_spaced_agreed_outcomes_and_falls_back_to_the_compromise_point()
    {
        var protocol = MixtureForecast.Build(TwoActors, [40, 10, 30, 20], new MixtureWeights(0, 0, 1));
        Assert.Equal(25, protocol.Mean, 12);                     // 250 each of 10, 20, 30, 40
        Assert.Equal(250, protocol.Sorted.ToArray().Count(v => v == 10));
        var none = MixtureForecast.Build(TwoActors, [], new MixtureWeights(0, 0.2, 0.8));
        Assert.Equal(800, none.Sorted.ToArray().Count(v => v == 75));
        var mixed = MixtureForecast.Build(TwoActors, [10, 20, 30, 40], new MixtureWeights(0, 0.7, 0.3));
        Assert.Equal(0.7 * 75 + 0.3 * 25, mixed.Mean, 9);       // (1 − p)·compromise + p·mean agreed outcome
    }

    [Fact]
    public void Shares_must_form_a_distribution_and_the_grid_covers_the_simplex()
    {
        Assert.Throws<ArgumentException>(() => MixtureForecast.Build(TwoActors, [], new MixtureWeights(0.5, 0.6, 0)));
        Assert.Throws<ArgumentException>(() => MixtureForecast.Build(TwoActors, [], new MixtureWeights(-0.1, 0.6, 0.5)));
        var grid = MixtureWeights.Grid(10);
        Assert.Equal(66, grid.Count);
        Assert.All(grid, w => Assert.True(w.IsValid));
        Assert.Equal(66, grid.Distinct().Count());
        Assert.True(MixtureWeights.Tuned.IsValid);
    }
}
