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

    /// <summary>
    /// Every sum as raw 64-bit words (the replicate count, then each array in turn), so that a shard of a run can
    /// save its partial sums and a merge add them back exactly (docs/model.md §8). Words of several shards may be
    /// added element by element as plain 64-bit integers: an <see cref="Int128"/> is split into two 32-bit limbs and
    /// the rest (x = w₂·2⁶⁴ + w₁·2³² + w₀), so no carry is lost while fewer than 2³¹ shards are added. The length
    /// follows from the layout alone, so new metrics need no change here.
    /// </summary>
    public long[] ToWords()
    {
        var words = new long[WordCount];
        int at = 0;
        words[at++] = Replicates;
        foreach (var x in Sum) words[at++] = x;
        foreach (var x in SumOfSquares) at = Split(x, words, at);
        foreach (var x in DifferenceSum) words[at++] = x;
        foreach (var x in DifferenceSumOfSquares) at = Split(x, words, at);
        return words;
    }

    /// <summary>Adds sums saved by <see cref="ToWords"/> (of one accumulator, or added up over several) of the same layout into this one.</summary>
    /// <exception cref="ArgumentException">The words are of another layout (their number differs).</exception>
    public void AddWords(ReadOnlySpan<long> words)
    {
        if (words.Length != WordCount) throw new ArgumentException($"expected {WordCount} words, got {words.Length}", nameof(words));
        int at = 0;
        Replicates += words[at++];
        for (int i = 0; i < Sum.Length; i++) Sum[i] += words[at++];
        for (int i = 0; i < SumOfSquares.Length; i++, at += 3) SumOfSquares[i] += Join(words, at);
        for (int i = 0; i < DifferenceSum.Length; i++) DifferenceSum[i] += words[at++];
        for (int i = 0; i < DifferenceSumOfSquares.Length; i++, at += 3) DifferenceSumOfSquares[i] += Join(words, at);
    }

    /// <summary>The number of words <see cref="ToWords"/> gives: the count, two long arrays and two Int128 arrays of three words each.</summary>
    private int WordCount => 1 + 2 * Sum.Length + 6 * SumOfSquares.Length;

    private static int Split(Int128 x, long[] words, int at)
    {
        words[at] = (long)(x & uint.MaxValue);
        words[at + 1] = (long)((x >> 32) & uint.MaxValue);
        words[at + 2] = (long)(x >> 64);
        return at + 3;
    }

    private static Int128 Join(ReadOnlySpan<long> words, int at) =>
        ((Int128)words[at + 2] << 64) + ((Int128)words[at + 1] << 32) + words[at];

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
