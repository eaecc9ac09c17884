using NegotiationSim.Forecasting;

namespace NegotiationSim.Tests.Forecasting;

public class ForecastScoringTests
{
    private static CaseForecast F(double forecast, double outcome, ForecastSample? sample = null) => new("i", "p", "m", forecast, outcome, sample);

    [Fact]
    public void Point_scores_are_the_hand_values_and_unscored_cases_are_left_out()
    {
        var score = ForecastScoring.Score("m", [F(10, 20), F(50, 20), F(0, 0), F(double.NaN, 40), F(30, double.NaN)]);
        Assert.Equal(3, score.Issues);
        Assert.Equal((10 + 30 + 0) / 3.0, score.Mae, 12);
        Assert.Equal(Math.Sqrt((100 + 900 + 0) / 3.0), score.Rmse, 12);
        Assert.Equal(2 / 3.0, score.Within10, 12);     // errors 10 and 0 count, 30 does not
        Assert.True(double.IsNaN(score.Crps));
        Assert.True(double.IsNaN(score.Coverage50));
    }

    [Fact]
    public void Probabilistic_scores_average_crps_and_count_coverage()
    {
        var wide = new ForecastSample(Enumerable.Range(0, 101).Select(i => (double)i).ToArray());
        var score = ForecastScoring.Score("m", [F(50, 50, wide), F(50, 80, wide), F(50, 99, wide)]);
        Assert.Equal((wide.Crps(50) + wide.Crps(80) + wide.Crps(99)) / 3, score.Crps, 12);
        Assert.Equal(1 / 3.0, score.Coverage50, 12);   // only 50 lies in [25, 75]
        Assert.Equal(2 / 3.0, score.Coverage90, 12);   // 50 and 80 lie in [5, 95]
    }

    [Fact]
    public void Bootstrap_is_reproducible_and_brackets_the_observed_difference()
    {
        double[] model = Enumerable.Range(0, 60).Select(i => 20 + 15 * Math.Sin(i * 1.7)).ToArray();
        double[] baseline = Enumerable.Range(0, 60).Select(i => 18 + 12 * Math.Cos(i * 0.9)).ToArray();
        var first = ForecastScoring.BootstrapDifference(model, baseline, 2000, 42);
        var again = ForecastScoring.BootstrapDifference(model, baseline, 2000, 42);
        var other = ForecastScoring.BootstrapDifference(model, baseline, 2000, 43);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(model.Zip(baseline, (a, b) => a - b).Average(), first.Difference, 12);
        Assert.True(first.Lower < first.Difference && first.Difference < first.Upper);
    }

    [Fact]
    public void Identical_errors_give_a_zero_difference_with_a_zero_width_interval_that_counts_as_noise()
    {
        double[] e = [1, 2, 3, 4];
        var (d, lo, hi) = ForecastScoring.BootstrapDifference(e, e, 500, 1);
        Assert.Equal((0.0, 0.0, 0.0), (d, lo, hi));
        Assert.True(new MaeDifference("m", "compromise", 4, d, lo, hi).IsNoise);
        Assert.False(new MaeDifference("m", "compromise", 4, 2, 0.5, 3).IsNoise);
    }
}
