namespace NegotiationSim.Outcomes;

/// <summary>A probability estimated from <see cref="Count"/> successes in <see cref="Total"/> trials, with a 95% Wilson score interval.</summary>
public sealed record Proportion(long Count, long Total, double Estimate, double Lower, double Upper)
{
    private const double Z95 = 1.959963984540054;

    /// <summary>The estimate and its Wilson (1927) score interval at 95%.</summary>
    public static Proportion Of(long count, long total)
    {
        if (total <= 0) return new(count, total, double.NaN, 0, 1);
        double n = total, p = count / n, z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new(count, total, p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
