using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NegotiationSim.Engine.Sampling;

/// <summary>
/// Exact Beta(α, β) sampling for α, β ≥ 1 (every PERT) by rejection from a piecewise-constant hat over
/// <see cref="Intervals"/> equal intervals of [0, 1], with a piecewise-constant squeeze: the density
/// x^(α−1)(1−x)^(β−1) is unimodal, so on each interval its maximum is at an end (or at the mode, on the interval
/// holding it) and its minimum at an end. An interval is chosen by Walker's alias method, a point in it uniformly,
/// and the point is kept when a uniform height falls under the density — under the squeeze, for most draws, without
/// evaluating it. The draws follow the Beta exactly (rejection sampling, Devroye 1986 §II.3); about three uniforms a
/// draw instead of two gamma variates. Tables live in <see cref="CompiledModel"/>'s lookup table: per interval
/// (alias probability, alias index, hat, squeeze).
/// </summary>
internal static class BetaHat
{
    /// <summary>Intervals of the hat: 64 keeps a table at 2 KiB (89 of them fit in a core's L2) and the squeeze accepts about 95% of draws.</summary>
    public const int Intervals = 64;

    private const int Stride = 4;

    /// <summary>Appends the table for Beta(α, β), α, β ≥ 1, to <paramref name="table"/>; returns its offset.</summary>
    public static int Build(double alpha, double beta, List<double> table)
    {
        double Density(double x) => Math.Pow(x, alpha - 1) * Math.Pow(1 - x, beta - 1);
        double mode = alpha + beta > 2 ? (alpha - 1) / (alpha + beta - 2) : 0.5;
        var hat = new double[Intervals];
        var squeeze = new double[Intervals];
        for (int i = 0; i < Intervals; i++)
        {
            double lo = (double)i / Intervals, hi = (double)(i + 1) / Intervals;
            double fLo = Density(lo), fHi = Density(hi);
            double top = mode >= lo && mode <= hi ? Density(mode) : Math.Max(fLo, fHi);
            // A hair above the maximum, so that rounding in the density's evaluation can never poke above the hat.
            hat[i] = top * (1 + 1e-12);
            squeeze[i] = Math.Min(fLo, fHi);
        }

        // Walker's alias method (Vose's stable construction): interval i is chosen with probability ∝ hat[i].
        double total = hat.Sum();
        var probability = hat.Select(h => h * Intervals / total).ToArray();
        var alias = new int[Intervals];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (int i = 0; i < Intervals; i++) (probability[i] < 1 ? small : large).Push(i);
        while (small.Count > 0 && large.Count > 0)
        {
            int s = small.Pop(), l = large.Pop();
            alias[s] = l;
            probability[l] -= 1 - probability[s];
            (probability[l] < 1 ? small : large).Push(l);
        }
        while (large.Count > 0) { int l = large.Pop(); probability[l] = 1; alias[l] = l; }
        while (small.Count > 0) { int s = small.Pop(); probability[s] = 1; alias[s] = s; }

        int offset = table.Count;
        for (int i = 0; i < Intervals; i++)
        {
            table.Add(probability[i]);
            table.Add(alias[i]);
            table.Add(hat[i]);
            table.Add(squeeze[i]);
        }
        return offset;
    }

    /// <summary>One Beta(α, β) draw on [0, 1]; <paramref name="alphaMinusOne"/> = α − 1, <paramref name="betaMinusOne"/> = β − 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Draw(double alphaMinusOne, double betaMinusOne, int offset, ReadOnlySpan<double> table, ref RandomStream rng)
    {
        while (true)
        {
            ulong bits = rng.NextUInt64();
            int i = (int)(bits >> 58);                                              // top 6 bits: the interval
            double coin = (bits & ((1UL << 53) - 1)) * (1.0 / 9007199254740992.0);  // low 53 bits: the alias coin
            int at = offset + i * Stride;
            if (coin >= table[at]) { i = (int)table[at + 1]; at = offset + i * Stride; }
            double x = (i + rng.NextDouble()) * (1.0 / Intervals);
            double height = rng.NextDouble() * table[at + 2];
            if (height <= table[at + 3]) return x;
            if (height <= Math.Pow(x, alphaMinusOne) * Math.Pow(1 - x, betaMinusOne)) return x;
        }
    }

    /// <summary>
    /// One slot's Beta draws for a block of replicates, scaled to [lower, upper] and clamped into [min, max]: the same
    /// numbers as <see cref="Draw"/> on each replicate's own stream, four replicates at a time. The first attempt's
    /// three words of every lane (and the stream's start) come from one vector of SplitMix64 states, so their eight
    /// 64-bit multiplies run in vector registers; the table lookups and the squeeze test are per lane, and a lane whose
    /// first point is not accepted by the squeeze finishes with the scalar sampler from where its stream stands.
    /// </summary>
    /// <param name="replicateMix">Each replicate's stream half (<see cref="RandomStream.ReplicateMix"/>).</param>
    /// <param name="keyBase">The slot's stream half (<see cref="RandomStream.KeyBase"/>).</param>
    /// <param name="output">Receives one value per replicate.</param>
    public static void DrawBlock(double alphaMinusOne, double betaMinusOne, double lower, double upper, int offset, ReadOnlySpan<double> table,
        ulong keyBase, ReadOnlySpan<ulong> replicateMix, Span<double> output, double min, double max)
    {
        int count = output.Length, j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var key = Vector256.Create(keyBase);
            var golden = Vector256.Create(RandomStream.Golden);
            for (; j + 4 <= count; j += 4)
            {
                // RandomStream.For(keyBase, mix) starts at Mix(keyBase + mix); each output adds the increment, then mixes.
                var state = RandomStream.Mix(key + Vector256.Create(replicateMix.Slice(j, 4)));
                var first = RandomStream.Mix(state += golden);
                var second = RandomStream.Mix(state += golden);
                var third = RandomStream.Mix(state += golden);
                for (int k = 0; k < 4; k++)
                {
                    double x = FirstAttempt(first[k], second[k], third[k], state[k], alphaMinusOne, betaMinusOne, offset, table);
                    output[j + k] = Math.Clamp(lower + (upper - lower) * x, min, max);
                }
            }
        }
        for (; j < count; j++)
        {
            var rng = RandomStream.For(keyBase, replicateMix[j]);
            output[j] = Math.Clamp(lower + (upper - lower) * Draw(alphaMinusOne, betaMinusOne, offset, table, ref rng), min, max);
        }
    }

    /// <summary><see cref="Draw"/>'s first attempt from its three words; a rejected point goes on with the stream at <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double FirstAttempt(ulong bits, ulong second, ulong third, ulong state, double alphaMinusOne, double betaMinusOne, int offset,
        ReadOnlySpan<double> table)
    {
        int i = (int)(bits >> 58);
        double coin = (bits & ((1UL << 53) - 1)) * (1.0 / 9007199254740992.0);
        int at = offset + i * Stride;
        if (coin >= table[at]) { i = (int)table[at + 1]; at = offset + i * Stride; }
        double x = (i + (second >> 11) * (1.0 / 9007199254740992.0)) * (1.0 / Intervals);
        double height = (third >> 11) * (1.0 / 9007199254740992.0) * table[at + 2];
        if (height <= table[at + 3]) return x;
        if (height <= Math.Pow(x, alphaMinusOne) * Math.Pow(1 - x, betaMinusOne)) return x;
        var rng = new RandomStream(state);
        return Draw(alphaMinusOne, betaMinusOne, offset, table, ref rng);
    }
}
