using NegotiationSim.Forecasting;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class PointForecastsTests
{
    private static readonly NegotiationCase Four = Case(20, 60,
        A("com", 100, salience: 50, capability: 1), A("de", 0, salience: 100, capability: 10), A("fr", 40, salience: 0, capability: 10), A("lu", 70, salience: 20, capability: 2));

    [Fact]
    public void Baselines_are_the_hand_computed_values()
    {
        Assert.Equal(50, PointForecasts.Constant50(Four));
        Assert.Equal(20, PointForecasts.ReferencePoint(Four));
        Assert.Equal((100 + 0 + 40 + 70) / 4.0, PointForecasts.Mean(Four));
        Assert.Equal((40 + 70) / 2.0, PointForecasts.Median(Four));   // even count: mean of the two middle positions
        Assert.Equal(100, PointForecasts.Commission(Four));
    }

    [Fact]
    public void Median_of_an_odd_number_is_the_middle_position()
    {
        Assert.Equal(30, PointForecasts.Median(Case(0, 0, A("a", 90), A("b", 30), A("c", 10))));
    }

    [Fact]
    public void Compromise_weighs_positions_by_capability_times_salience()
    {
        // weights: com 1·50 = 50, de 10·100 = 1000, fr 10·0 = 0, lu 2·20 = 40
        double expected = (50 * 100 + 1000 * 0 + 0 * 40 + 40 * 70) / (50.0 + 1000 + 0 + 40);
        Assert.Equal(expected, PointForecasts.Compromise(Four), 12);
    }

    [Fact]
    public void Compromise_without_any_weight_is_the_plain_mean_and_missing_data_give_NaN()
    {
        var noWeight = Case(double.NaN, 10, A("a", 10, salience: 0), A("b", 50, salience: 0));
        Assert.Equal(30, PointForecasts.Compromise(noWeight));
        Assert.True(double.IsNaN(PointForecasts.ReferencePoint(noWeight)));
        Assert.True(double.IsNaN(PointForecasts.Commission(noWeight)));
    }
}
