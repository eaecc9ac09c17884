namespace NegotiationSim.Outcomes;

/// <summary>
/// The distribution of a quantity on [0, 1] across replicates: its mean, standard deviation, quantiles and
/// a fixed-bin histogram (<see cref="Counts"/>, bin b covering [b/n, (b+1)/n)). Quantiles are read off the
/// histogram by linear interpolation within a bin, so they are exact to 1/n.
/// </summary>
public sealed record Distribution01(long Count, double Mean, double StandardDeviation, double Q05, double Q25, double Median, double Q75, double Q95, IReadOnlyList<long> Counts)
{
    /// <summary>The value below which a share <paramref name="q"/> of the mass lies.</summary>
    public static double Quantile(IReadOnlyList<long> counts, long total, double q)
    {
        if (total <= 0) return double.NaN;
        double target = q * total, seen = 0;
        int n = counts.Count;
        for (int b = 0; b < n; b++)
        {
            if (counts[b] > 0 && seen + counts[b] >= target)
                return (b + Math.Clamp((target - seen) / counts[b], 0, 1)) / n;
            seen += counts[b];
        }
        return 1;
    }
}
