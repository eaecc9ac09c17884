namespace NegotiationSim.Forecasting;

/// <summary>Scores of forecasts against outcomes (<see cref="ModelScore"/>), and the paired bootstrap of MAE differences.</summary>
public static class ForecastScoring
{
    /// <summary>The absolute error at or below which a forecast counts as "within 10" (points of the 0–100 scale).</summary>
    public const double Within = 10;

    /// <summary>Scores <paramref name="model"/> on its forecasts that have both a forecast and an outcome.</summary>
    public static ModelScore Score(string model, IEnumerable<CaseForecast> forecasts)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        int n = 0, within = 0, probabilistic = 0, in50 = 0, in90 = 0;
        double absolute = 0, squared = 0, crps = 0;
        foreach (var f in forecasts)
        {
            if (!f.Scored) continue;
            n++;
            double e = f.AbsoluteError;
            absolute += e;
            squared += e * e;
            if (e <= Within) within++;
            if (f.Sample is { } s)
            {
                probabilistic++;
                crps += s.Crps(f.Outcome);
                if (s.Covers(f.Outcome, 0.5)) in50++;
                if (s.Covers(f.Outcome, 0.9)) in90++;
            }
        }
        if (n == 0) return new ModelScore(model, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        bool p = probabilistic == n;
        return new ModelScore(model, n, absolute / n, Math.Sqrt(squared / n), (double)within / n,
            p ? crps / n : double.NaN, p ? (double)in50 / n : double.NaN, p ? (double)in90 / n : double.NaN);
    }

    /// <summary>
    /// The paired bootstrap of mean(<paramref name="model"/> − <paramref name="baseline"/>) over cases (the two arrays
    /// are the absolute errors of the same cases, index by index): <paramref name="resamples"/> resamples of the cases
    /// with replacement, and the 2.5% and 97.5% percentiles (type 7) of the resampled means. The draws come from a
    /// stream seeded by <paramref name="seed"/> alone, so the interval is reproducible.
    /// </summary>
    public static (double Difference, double Lower, double Upper) BootstrapDifference(
        ReadOnlySpan<double> model, ReadOnlySpan<double> baseline, int resamples, ulong seed)
    {
        if (model.Length != baseline.Length) throw new ArgumentException("model and baseline need errors for the same cases.");
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        int n = model.Length;
        if (n == 0) return (double.NaN, double.NaN, double.NaN);
        var diff = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) { diff[i] = model[i] - baseline[i]; total += diff[i]; }
        var stream = new Engine.Sampling.RandomStream(Engine.Sampling.RandomStream.Mix(seed ^ 0xB0075_7A9UL));
        var means = new double[resamples];
        for (int b = 0; b < resamples; b++)
        {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += diff[(int)(stream.NextDouble() * n)];
            means[b] = sum / n;
        }
        var sample = new ForecastSample(means);
        return (total / n, sample.Quantile(0.025), sample.Quantile(0.975));
    }
}
