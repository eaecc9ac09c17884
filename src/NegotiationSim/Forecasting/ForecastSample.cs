namespace NegotiationSim.Forecasting;

/// <summary>
/// A probabilistic forecast of one outcome given as a sample (the Monte Carlo replicates' outcomes), sorted once.
/// Quantiles interpolate linearly between order statistics (Hyndman &amp; Fan's type 7, R's default); the continuous
/// ranked probability score and the probability integral transform are those of the sample's empirical distribution.
/// </summary>
public sealed class ForecastSample
{
    private readonly double[] _sorted;

    /// <summary>Copies and sorts <paramref name="values"/>; at least one, all finite.</summary>
    public ForecastSample(ReadOnlySpan<double> values)
    {
        if (values.Length < 1) throw new ArgumentException("A forecast sample needs at least one value.", nameof(values));
        _sorted = values.ToArray();
        foreach (double x in _sorted)
            if (!double.IsFinite(x)) throw new ArgumentException("Every value of a forecast sample must be finite.", nameof(values));
        Array.Sort(_sorted);
    }

    /// <summary>Number of values.</summary>
    public int Count => _sorted.Length;

    /// <summary>The values in increasing order.</summary>
    public ReadOnlySpan<double> Sorted => _sorted;

    /// <summary>The sample mean.</summary>
    public double Mean
    {
        get
        {
            double sum = 0;
            foreach (double x in _sorted) sum += x;
            return sum / _sorted.Length;
        }
    }

    /// <summary>The <paramref name="p"/>-quantile, p in [0, 1] (type 7: h = (n − 1)p, linear between neighbours).</summary>
    public double Quantile(double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in [0, 1].");
        double h = (_sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, _sorted.Length - 1);
        return _sorted[lo] + (h - lo) * (_sorted[hi] - _sorted[lo]);
    }

    /// <summary>
    /// The continuous ranked probability score of the empirical distribution at <paramref name="outcome"/>:
    /// CRPS = (1/n) Σ|x_i − y| − (1/(2n²)) Σ_i Σ_j |x_i − x_j| (Gneiting &amp; Raftery 2007, eq. 21). It has the unit of
    /// the outcome and equals the absolute error for a one-value sample, so it compares directly with an MAE.
    /// </summary>
    public double Crps(double outcome)
    {
        int n = _sorted.Length;
        double absolute = 0, spread = 0;
        for (int i = 0; i < n; i++)
        {
            absolute += Math.Abs(_sorted[i] - outcome);
            // Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n + 1) x_(i) for the sorted sample (0-based i).
            spread += (2.0 * i - n + 1) * _sorted[i];
        }
        return absolute / n - spread / ((double)n * n);
    }

    /// <summary>
    /// The probability integral transform of <paramref name="outcome"/>: the share of the sample below it plus half the
    /// share equal to it (the mid-PIT, which keeps the transform deterministic when many replicates share a value, e.g.
    /// the reference point). Uniform on [0, 1] when the forecasts are calibrated.
    /// </summary>
    public double Pit(double outcome)
    {
        int below = LowerBound(outcome), notAbove = UpperBound(outcome);
        return (below + 0.5 * (notAbove - below)) / _sorted.Length;
    }

    /// <summary>True when <paramref name="outcome"/> lies in the central interval of probability <paramref name="level"/> (ends included).</summary>
    public bool Covers(double outcome, double level)
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1).");
        double tail = (1 - level) / 2;
        return outcome >= Quantile(tail) && outcome <= Quantile(1 - tail);
    }

    private int LowerBound(double y)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (_sorted[mid] < y) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private int UpperBound(double y)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (_sorted[mid] <= y) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
