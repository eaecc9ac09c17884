using NegotiationSim.Forecasting;

namespace NegotiationSim.Tests.Forecasting;

public class ForecastSampleTests
{
    [Fact]
    public void Crps_of_a_two_value_sample_is_the_hand_value()
    {
        // (1/2)(|0 − 4| + |10 − 4|) − (1/(2·2²))·(|0 − 10| + |10 − 0|) = 5 − 20/8 = 2.5
        Assert.Equal(2.5, new ForecastSample([10, 0]).Crps(4), 12);
        // Outside the sample: (1/2)(20 + 30) − 2.5 = 22.5
        Assert.Equal(22.5, new ForecastSample([0, 10]).Crps(-20), 12);
    }

    [Fact]
    public void Crps_of_one_value_is_the_absolute_error_and_matches_the_pairwise_formula_on_a_larger_sample()
    {
        Assert.Equal(7, new ForecastSample([3]).Crps(10), 12);
        double[] x = [5, 1, 8, 8, 2, 9, 0, 4];
        double y = 3.5, absolute = 0, pairs = 0;
        foreach (double a in x)
        {
            absolute += Math.Abs(a - y);
            foreach (double b in x) pairs += Math.Abs(a - b);
        }
        double expected = absolute / x.Length - pairs / (2.0 * x.Length * x.Length);
        Assert.Equal(expected, new ForecastSample(x).Crps(y), 12);
    }

    [Fact]
    public void Quantiles_interpolate_between_order_statistics()
    {
        var s = new ForecastSample([4, 1, 3, 2]);
        Assert.Equal(1, s.Quantile(0));
        Assert.Equal(1.75, s.Quantile(0.25), 12);
        Assert.Equal(2.5, s.Quantile(0.5), 12);
        Assert.Equal(4, s.Quantile(1));
    }

    [Fact]
    public void Pit_counts_ties_half_and_coverage_includes_the_ends()
    {
        var s = new ForecastSample([0, 0, 10, 20]);
        Assert.Equal(0.25, s.Pit(0), 12);      // (0 below + ½·2 equal) / 4
        Assert.Equal(1, s.Pit(25), 12);
        Assert.Equal(0, s.Pit(-1), 12);
        var u = new ForecastSample(Enumerable.Range(0, 101).Select(i => (double)i).ToArray());
        Assert.True(u.Covers(25, 0.5));        // q25 = 25, end included
        Assert.True(u.Covers(75, 0.5));
        Assert.False(u.Covers(24.9, 0.5));
        Assert.True(u.Covers(5, 0.9));
        Assert.False(u.Covers(96, 0.9));
    }
}
