using NegotiationSim.Engine.Sampling;


namespace NegotiationSim.Sensitivity;

/// <summary>
/// Estimators of variance-based sensitivity indices from the outputs of a <see cref="SaltelliDesign"/>:
/// first order S_i = mean((f(B) − f̄) (f(AB⁽ⁱ⁾) − f(A))) / V (Saltelli et al. 2010, Table 2 (b), with the output
/// centred on its mean f̄, which leaves the expectation unchanged and lowers the variance) and total
/// S_Ti = mean((f(A) − f(AB⁽ⁱ⁾))²) / (2V) (Jansen 1999), with V the variance of f(A) and f(B) pooled.
/// Intervals come from a seeded bootstrap over the N base rows (each resample keeps the rows' A/B/AB⁽ⁱ⁾ pairing).
/// </summary>
public static class SobolIndices
{
    /// <summary>Indices of every input.</summary>
    /// <param name="fA">Outputs at A's rows.</param>
    /// <param name="fB">Outputs at B's rows.</param>
    /// <param name="fAB">Per input i, outputs at AB⁽ⁱ⁾'s rows.</param>
    /// <param name="bootstrap">Resamples for the intervals; 0 gives NaN intervals.</param>
    /// <param name="seed">Bootstrap seed.</param>
    public static IReadOnlyList<SobolIndex> Estimate(IReadOnlyList<double> fA, IReadOnlyList<double> fB, IReadOnlyList<double[]> fAB, int bootstrap = 1000, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(fA);
        ArgumentNullException.ThrowIfNull(fB);
        ArgumentNullException.ThrowIfNull(fAB);
        int n = fA.Count;
        if (fB.Count != n || fAB.Any(x => x.Length != n)) throw new ArgumentException("A, B and every AB block need the same number of rows");
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrap);

        var identity = Enumerable.Range(0, n).ToArray();
        var point = Compute(fA, fB, fAB, identity);
        var firsts = new double[fAB.Count][];
        var totals = new double[fAB.Count][];
        for (int i = 0; i < fAB.Count; i++) { firsts[i] = new double[bootstrap]; totals[i] = new double[bootstrap]; }
        var rng = new RandomStream(RandomStream.Mix(seed ^ 0x5A17E11150B01UL));
        var rows = new int[n];
        for (int b = 0; b < bootstrap; b++)
        {
            for (int j = 0; j < n; j++) rows[j] = (int)(rng.NextUInt64() % (ulong)n);
            var sample = Compute(fA, fB, fAB, rows);
            for (int i = 0; i < fAB.Count; i++) { firsts[i][b] = sample[i].First; totals[i][b] = sample[i].Total; }
        }

        var result = new SobolIndex[fAB.Count];
        for (int i = 0; i < fAB.Count; i++)
        {
            var (fl, fu) = Interval(firsts[i]);
            var (tl, tu) = Interval(totals[i]);
            result[i] = new SobolIndex(i, point[i].First, fl, fu, point[i].Total, tl, tu);
        }
        return result;
    }

    private static (double First, double Total)[] Compute(IReadOnlyList<double> fA, IReadOnlyList<double> fB, IReadOnlyList<double[]> fAB, int[] rows)
    {
        int n = rows.Length;
        double mean = 0;
        foreach (int j in rows) mean += fA[j] + fB[j];
        mean /= 2 * n;
        double variance = 0;
        foreach (int j in rows) variance += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        variance /= 2 * n;

        var result = new (double, double)[fAB.Count];
        for (int i = 0; i < fAB.Count; i++)
        {
            // A constant output (up to rounding in the mean) has no variance to share out.
            if (!(variance > 1e-24 * Math.Max(1, mean * mean))) { result[i] = (double.NaN, double.NaN); continue; }
            double first = 0, total = 0;
            var ab = fAB[i];
            foreach (int j in rows)
            {
                // Centred on the pooled mean (as SALib standardises): the same expectation, a much smaller variance
                // when the output's mean is far from 0.
                first += (fB[j] - mean) * (ab[j] - fA[j]);
                double d = fA[j] - ab[j];
                total += d * d;
            }
            result[i] = (first / n / variance, total / (2.0 * n) / variance);
        }
        return result;
    }

    private static (double Lower, double Upper) Interval(double[] draws)
    {
        var finite = draws.Where(double.IsFinite).OrderBy(x => x).ToArray();
        if (finite.Length == 0) return (double.NaN, double.NaN);
        return (Quantile(finite, 0.025), Quantile(finite, 0.975));
    }

    private static double Quantile(double[] sorted, double q)
    {
        double at = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(at), hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }
}
