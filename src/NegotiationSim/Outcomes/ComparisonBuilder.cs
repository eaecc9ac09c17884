namespace NegotiationSim.Outcomes;

/// <summary>
/// Turns a <see cref="PairedAccumulator"/> into estimates: per arm a probability with its Wilson interval or a mean
/// with a normal interval, and per arm ≠ base the paired mean difference with a normal interval from the
/// per-replicate differences. The variances are computed exactly in integers before one conversion to double, so
/// identical arms give a difference of exactly 0 with an interval of width 0.
/// </summary>
public static class ComparisonBuilder
{
    private const double Z95 = 1.959963984540054;
    private const double One = MetricLayout.FixedPointScale;

    /// <summary>The comparison of the arms named <paramref name="arms"/> (in the accumulator's arm order).</summary>
    public static Comparison Build(PairedAccumulator paired, IReadOnlyList<string> arms)
    {
        ArgumentNullException.ThrowIfNull(paired);
        ArgumentNullException.ThrowIfNull(arms);
        var layout = paired.Layout;
        if (arms.Count != layout.Arms) throw new ArgumentException($"expected {layout.Arms} arm names, got {arms.Count}", nameof(arms));
        long n = paired.Replicates;
        int metrics = layout.Metrics.Count;

        var result = new List<MetricComparison>(metrics);
        for (int k = 0; k < metrics; k++)
        {
            var metric = layout.Metrics[k];
            var estimates = new ArmEstimate[arms.Count];
            for (int a = 0; a < arms.Count; a++)
            {
                if (!layout.Has(a, k) || n == 0)
                {
                    estimates[a] = new ArmEstimate(arms[a], layout.Has(a, k), double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
                    continue;
                }
                int cell = a * metrics + k;
                var (estimate, lower, upper) = metric.Kind == MetricKind.Probability
                    ? Wilson(paired.Sum[cell], n)
                    : MeanInterval(paired.Sum[cell], paired.SumOfSquares[cell], n);
                double diff = double.NaN, diffLower = double.NaN, diffUpper = double.NaN, se = double.NaN;
                if (a > 0 && layout.Has(0, k))
                {
                    diff = paired.DifferenceSum[cell] / One / n;
                    se = StandardError(paired.DifferenceSum[cell], paired.DifferenceSumOfSquares[cell], n);
                    diffLower = diff - Z95 * se;
                    diffUpper = diff + Z95 * se;
                }
                estimates[a] = new ArmEstimate(arms[a], true, estimate, lower, upper, diff, diffLower, diffUpper, se);
            }
            result.Add(new MetricComparison(metric, estimates));
        }
        return new Comparison(arms.ToArray(), n, result.AsReadOnly());
    }

    private static (double, double, double) Wilson(long sum, long n)
    {
        // A probability's values are 0 or 2³², so the sum is an exact count.
        var p = Proportion.Of(sum >> 32, n);
        return (p.Estimate, p.Lower, p.Upper);
    }

    private static (double, double, double) MeanInterval(long sum, Int128 sumOfSquares, long n)
    {
        double mean = sum / One / n;
        double half = Z95 * StandardError(sum, sumOfSquares, n);
        return (mean, mean - half, mean + half);
    }

    /// <summary>sd/√n of values whose fixed-point sum and sum of squares are given; 0 when n &lt; 2.</summary>
    private static double StandardError(long sum, Int128 sumOfSquares, long n)
    {
        if (n < 2) return 0;
        // n Σx² − (Σx)² = n (n − 1) s², exact in integers (scaled by 2⁶⁴).
        Int128 spread = n * sumOfSquares - (Int128)sum * sum;
        if (spread <= 0) return 0;
        double variance = (double)spread / (One * One) / ((double)n * (n - 1));
        return Math.Sqrt(variance / n);
    }
}
