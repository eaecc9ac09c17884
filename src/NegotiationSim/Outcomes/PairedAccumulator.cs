namespace NegotiationSim.Outcomes;

/// <summary>
/// Integer sums of the headline metrics of several arms run on the same replicates, and of each arm's
/// replicate-by-replicate difference to arm 0 (the base): Σx and Σx² per arm and metric, Σd and Σd² per arm ≠ 0
/// and metric, in fixed point (2⁻³²; squares held in <see cref="Int128"/>). Because everything is an integer,
/// merging is exact and order-free: the paired means and intervals are bit-identical for any thread count.
/// </summary>
public sealed class PairedAccumulator
{
    /// <summary>An empty accumulator for <paramref name="layout"/>.</summary>
    public PairedAccumulator(MetricLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        int cells = layout.Arms * layout.Metrics.Count;
        Sum = new long[cells];
        SumOfSquares = new Int128[cells];
        DifferenceSum = new long[cells];
        DifferenceSumOfSquares = new Int128[cells];
    }

    /// <summary>Which metric each column holds, per arm.</summary>
    public MetricLayout Layout { get; }

    /// <summary>Replicates recorded (each counts once, however many arms).</summary>
    public long Replicates { get; private set; }

    internal long[] Sum { get; }
    internal Int128[] SumOfSquares { get; }
    internal long[] DifferenceSum { get; }
    internal Int128[] DifferenceSumOfSquares { get; }

    /// <summary>Records one replicate: <paramref name="values"/>[arm] holds each arm's fixed-point metrics (see <see cref="MetricLayout"/>).</summary>
    internal void Add(long[][] values)
    {
        int metrics = Layout.Metrics.Count;
        var baseline = values[0];
        for (int a = 0; a < values.Length; a++)
        {
            var v = values[a];
            int row = a * metrics;
            for (int k = 0; k < metrics; k++)
            {
                if (!Layout.Has(a, k)) continue;
                long x = v[k];
                Sum[row + k] += x;
                SumOfSquares[row + k] += (Int128)x * x;
                if (a == 0 || !Layout.Has(0, k)) continue;
                long d = x - baseline[k];
                DifferenceSum[row + k] += d;
                DifferenceSumOfSquares[row + k] += (Int128)d * d;
            }
        }
        Replicates++;
    }

    /// <summary>Adds every sum of <paramref name="other"/> (same layout) into this one.</summary>
    public void Merge(PairedAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Sum.Length != Sum.Length) throw new ArgumentException("accumulators of different shapes", nameof(other));
        for (int i = 0; i < Sum.Length; i++)
        {
            Sum[i] += other.Sum[i];
            SumOfSquares[i] += other.SumOfSquares[i];
            DifferenceSum[i] += other.DifferenceSum[i];
            DifferenceSumOfSquares[i] += other.DifferenceSumOfSquares[i];
        }
        Replicates += other.Replicates;
    }
}
