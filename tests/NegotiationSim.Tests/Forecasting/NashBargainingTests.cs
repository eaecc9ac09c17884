using NegotiationSim.Forecasting;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class NashBargainingTests
{
    [Fact]
    public void Equal_weights_on_one_side_of_the_reference_point_meet_at_the_nearer_ideal()
    {
        // r = 0, ideals 60 and 100: on [60, 100] the product is (120 − x)·x, largest at x = 60; below 60 it is x², rising.
        var result = NashBargaining.Solve(Case(0, 0, A("a", 60), A("b", 100)));
        Assert.True(result.Defined);
        Assert.Equal(60, result.Value, 6);
    }

    [Fact]
    public void Weights_are_exponents_of_the_gains()
    {
        // Weights 1 and 3 (capability × salience): maximise ln(120 − x) + 3 ln x, so 3/x = 1/(120 − x), x = 90.
        var result = NashBargaining.Solve(Case(0, 0, A("a", 60, salience: 10), A("b", 100, salience: 30)));
        Assert.True(result.Defined);
        Assert.Equal(90, result.Value, 6);
    }

    [Fact]
    public void Actors_on_both_sides_of_the_reference_point_leave_it_undefined_and_give_the_compromise_point()
    {
        var c = Case(50, 0, A("a", 20, salience: 10), A("b", 90, salience: 30));
        var result = NashBargaining.Solve(c);
        Assert.False(result.Defined);
        Assert.Equal(PointForecasts.Compromise(c), result.Value);
    }

    [Fact]
    public void Without_a_reference_point_there_is_no_forecast()
    {
        var result = NashBargaining.Solve(Case(double.NaN, 0, A("a", 20), A("b", 90)));
        Assert.False(result.Defined);
        Assert.True(double.IsNaN(result.Value));
    }
}
