using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NegotiationSim.Peer;

/// <summary>
/// The peer-scenario kernel with one AVX-512 register per 8-issue vector (x64 with AVX-512 F, DQ and VL). It performs
/// exactly the IEEE operations of the scalar kernel (<see cref="PeerScenario.RunScalarKernel"/>), lane by lane and
/// in the same order (no fused multiply-add), so its outcomes are bit-identical; the scalar kernel stays the portable
/// reference (and the shape a GPU port takes). Per round, the three parties' thresholds and concessions λ are computed
/// together in one 4-lane vector (lane p = party p).
/// </summary>
internal static class PeerVectorKernel
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const int DrawsPerParty = 17;

    /// <summary>1.5 · 2^52: adding it to |x| &lt; 2^51 rounds x to an integer, half to even.</summary>
    private const double RoundingShift = 6755399441055744.0;

    /// <summary>Golden · (first + 1 + lane): added to the state j these give the SplitMix states of 8 draws.</summary>
    private static readonly Vector512<ulong> s_weightStates0 = States(0 * DrawsPerParty, 1);
    private static readonly Vector512<ulong> s_idealStates0 = States(0 * DrawsPerParty + 8, 1);
    private static readonly Vector512<ulong> s_weightStates1 = States(1 * DrawsPerParty, 1);
    private static readonly Vector512<ulong> s_idealStates1 = States(1 * DrawsPerParty + 8, 1);
    private static readonly Vector512<ulong> s_weightStates2 = States(2 * DrawsPerParty, 1);
    private static readonly Vector512<ulong> s_idealStates2 = States(2 * DrawsPerParty + 8, 1);

    /// <summary>The states of the three reserved-value draws (draws 16, 33, 50), in lanes 0..2.</summary>
    private static readonly Vector256<ulong> s_reservedStates = States(DrawsPerParty - 1, DrawsPerParty).GetLower();

    /// <summary>1 − d / 10 for d = 0..7, and for d = 8..10 (then zeros): a 16-entry table for one permute.</summary>
    private static readonly Vector512<double> s_closenessLow = Closeness(0);
    private static readonly Vector512<double> s_closenessHigh = Closeness(8);

    /// <summary>Whether this machine runs the kernel in hardware (else callers use the scalar kernel).</summary>
    public static bool IsSupported => Avx512F.IsSupported && Avx512DQ.IsSupported && Avx512F.VL.IsSupported;

    /// <summary>A sampled party's vectors over the 8 issues.</summary>
    public readonly struct Party
    {
        public readonly Vector512<double> Weight;
        public readonly Vector512<double> Ideal;

        /// <summary>target − ideal, the target being the mean of the other two parties' ideals.</summary>
        public readonly Vector512<double> Step;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Party(Vector512<double> weight, Vector512<double> ideal, Vector512<double> otherIdealA, Vector512<double> otherIdealB)
        {
            Weight = weight;
            Ideal = ideal;
            Step = (otherIdealA + otherIdealB) * Vector512.Create(0.5) - ideal;
        }

        /// <summary>Σ_k w_k max(ideal_k, 10 − ideal_k) (u_min = 1 − this / 10).</summary>
        public double WorstLoss
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Sum(Weight * Vector512.Max(Ideal, Vector512.Create((double)PeerScenario.MaxIssueValue) - Ideal));
        }

        /// <summary>Σ_k w_k |target_k − ideal_k| (D = this / 10).</summary>
        public double TargetLoss
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Sum(Weight * Vector512.Abs(Step));
        }
    }

    /// <summary>A drawn scenario: the three parties, and their scalars as 4-lane vectors (lane p = party p).</summary>
    public readonly struct Parties
    {
        public readonly Party A, B, C;

        /// <summary>m_p = max(r_p, u_min_p).</summary>
        public readonly Vector256<double> Floors;

        /// <summary>1 − m_p.</summary>
        public readonly Vector256<double> Rooms;

        /// <summary>D_p, or +∞ where D_p = 0 (then (1 − T) / D is ±0 and the offer the ideal, as with λ = 0); lane 3 is 1.</summary>
        public readonly Vector256<double> Divisors;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Parties(in Party a, in Party b, in Party c, Vector256<double> reservedValues)
        {
            A = a;
            B = b;
            C = c;
            Vector256<double> ten = Vector256.Create(10.0);
            Vector256<double> minUtilities =
                Vector256<double>.One - Vector256.Create(a.WorstLoss, b.WorstLoss, c.WorstLoss, 0.0) / ten;
            Floors = Avx.Max(reservedValues, minUtilities);
            Rooms = Vector256<double>.One - Floors;
            Vector256<double> distances = Vector256.Create(a.TargetLoss, b.TargetLoss, c.TargetLoss, 10.0) / ten;
            Divisors = Vector256.ConditionalSelect(
                Vector256.Equals(distances, Vector256<double>.Zero), Vector256.Create(double.PositiveInfinity), distances);
        }
    }

    /// <summary>Replicate <paramref name="scenarioIndex"/>; see <see cref="PeerScenario.RunScalarKernel"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PeerOutcome Run(long scenarioIndex, int steps, ReadOnlySpan<double> concession)
    {
        Parties parties = Setup(scenarioIndex);
        return Play(in parties, steps, concession);
    }

    /// <summary>Draws scenario <paramref name="scenarioIndex"/> (the 51 draws, 8 at a time) and derives each party's data.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Parties Setup(long scenarioIndex)
    {
        ulong state = (ulong)scenarioIndex;
        Vector512<double> w0 = Weights(state, s_weightStates0), i0 = Ideals(state, s_idealStates0);
        Vector512<double> w1 = Weights(state, s_weightStates1), i1 = Ideals(state, s_idealStates1);
        Vector512<double> w2 = Weights(state, s_weightStates2), i2 = Ideals(state, s_idealStates2);
        Vector256<double> reserved = Vector256.Create(0.30) + Vector256.Create(0.30) * Uniform(state, s_reservedStates);
        return new Parties(new Party(w0, i0, i1, i2), new Party(w1, i1, i0, i2), new Party(w2, i2, i0, i1), reserved);
    }

    /// <summary>
    /// The protocol for a drawn scenario. <paramref name="concession"/> is <see cref="PeerSchedule"/>'s, which ends
    /// with one padding element so that each round's three entries load as four lanes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PeerOutcome Play(in Parties parties, int steps, ReadOnlySpan<double> concession)
    {
        concession = concession[..(PeerScenario.PartyCount * steps + 1)];
        ref readonly Party a = ref parties.A;
        ref readonly Party b = ref parties.B;
        ref readonly Party c = ref parties.C;
        Vector512<long> lane1 = Vector512.Create(1L), lane2 = Vector512.Create(2L);

        // Round 0: party 0 opens; the utility of a new offer to the next party is computed with it.
        Vector256<double> thresholds = Thresholds(in parties, concession, 0, out Vector512<double> lambdas);
        Vector512<double> standing = Offer(in a, Vector512.Create(lambdas.ToScalar()));
        double nextUtility = Utility(in b, standing);
        int acceptances = 1;
        Act(in b, in c, thresholds.GetElement(1), Avx512F.PermuteVar8x64(lambdas, lane1), ref standing,
            ref nextUtility, ref acceptances);
        if (Act(in c, in a, thresholds.GetElement(2), Avx512F.PermuteVar8x64(lambdas, lane2), ref standing,
                ref nextUtility, ref acceptances))
            return Agreement(1, standing, in a, in b, in c);

        for (int k = 1; k < steps; k++)
        {
            thresholds = Thresholds(in parties, concession, k, out lambdas);
            if (Act(in a, in b, thresholds.ToScalar(), Vector512.Create(lambdas.ToScalar()),
                    ref standing, ref nextUtility, ref acceptances) ||
                Act(in b, in c, thresholds.GetElement(1), Avx512F.PermuteVar8x64(lambdas, lane1),
                    ref standing, ref nextUtility, ref acceptances) ||
                Act(in c, in a, thresholds.GetElement(2), Avx512F.PermuteVar8x64(lambdas, lane2),
                    ref standing, ref nextUtility, ref acceptances))
                return Agreement(k + 1, standing, in a, in b, in c);
        }

        return new PeerOutcome(false, steps, default, 0.0, 0.0, 0.0);
    }

    /// <summary>
    /// Round <paramref name="round"/>'s thresholds T_p = m_p + (1 − t^e_p)(1 − m_p), and
    /// λ_p = clip((1 − T_p) / D_p, 0, 1) in <paramref name="lambdas"/>' lanes 0..2. The clip is vmaxpd/vminpd, which
    /// differs from Math.Clamp only in turning −0 into +0, and ideal ± 0 is the ideal either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Thresholds(
        in Parties parties, ReadOnlySpan<double> concession, int round, out Vector512<double> lambdas)
    {
        Vector256<double> g = Vector256.Create(concession.Slice(PeerScenario.PartyCount * round, 4));
        Vector256<double> thresholds = parties.Floors + g * parties.Rooms;
        Vector256<double> lambda = (Vector256<double>.One - thresholds) / parties.Divisors;
        lambda = Avx.Min(Avx.Max(lambda, Vector256<double>.Zero), Vector256<double>.One);
        lambdas = lambda.ToVector512Unsafe();
        return thresholds;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Act(
        in Party party, in Party next, double threshold, Vector512<double> lambda, ref Vector512<double> standing,
        ref double nextUtility, ref int acceptances)
    {
        double utility = acceptances == 1 ? nextUtility : Utility(in party, standing);
        if (utility >= threshold)
            return ++acceptances == PeerScenario.PartyCount;

        standing = Offer(in party, lambda);
        nextUtility = Utility(in next, standing);
        acceptances = 1;
        return false;
    }

    /// <summary>The closed-form offer round-half-to-even(ideal + λ · step), as exact integer doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Offer(in Party party, Vector512<double> lambda)
    {
        Vector512<double> shift = Vector512.Create(RoundingShift);
        Vector512<double> value = party.Ideal + lambda * party.Step;
        return (value + shift) - shift;
    }

    /// <summary>u(x) = Σ_k w_k (1 − |x_k − ideal_k| / 10), the closeness from a 16-entry table by one permute.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Utility(in Party party, Vector512<double> offer)
    {
        Vector512<double> distance = Vector512.Abs(offer - party.Ideal);
        // The low 4 bits of (d + 1.5 · 2^52) are d; the permute reads only those.
        Vector512<long> index = (distance + Vector512.Create(RoundingShift)).AsInt64();
        Vector512<double> closeness = Avx512F.PermuteVar8x64x2(s_closenessLow, index, s_closenessHigh);
        return Sum(party.Weight * closeness);
    }

    /// <summary>((e0 + e1) + (e2 + e3)) + ((e4 + e5) + (e6 + e7)), the scalar kernel's order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Sum(Vector512<double> v)
    {
        Vector512<double> pairs = v + Vector512.Shuffle(v, Vector512.Create(1L, 0, 3, 2, 5, 4, 7, 6));
        Vector512<double> quads = pairs + Vector512.Shuffle(pairs, Vector512.Create(2L, 3, 0, 1, 6, 7, 4, 5));
        return quads.ToScalar() + quads.GetUpper().ToScalar();
    }

    private static PeerOutcome Agreement(int rounds, Vector512<double> offer, in Party a, in Party b, in Party c) => new(
        true,
        rounds,
        AsOffer(Avx512F.ConvertToVector256Int32WithTruncation(offer)),
        Utility(in a, offer),
        Utility(in b, offer),
        Utility(in c, offer));

    /// <summary>The 8 ints of <paramref name="values"/> as an offer (same layout: 8 sequential ints).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PeerOffer AsOffer(Vector256<int> values) => Unsafe.As<Vector256<int>, PeerOffer>(ref values);

    /// <summary>8 SplitMix64 doubles in [0, 1) for the states j + <paramref name="states"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Uniform(ulong state, Vector512<ulong> states)
    {
        Vector512<ulong> z = Vector512.Create(state) + states;
        z = (z ^ (z >>> 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >>> 27)) * Vector512.Create(0x94D049BB133111EBUL);
        z ^= z >>> 31;
        return Vector512.ConvertToDouble(z >>> 11) * Vector512.Create(1.0 / 9007199254740992.0);
    }

    /// <summary>4 SplitMix64 doubles in [0, 1) for the states j + <paramref name="states"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Uniform(ulong state, Vector256<ulong> states)
    {
        Vector256<ulong> z = Vector256.Create(state) + states;
        z = (z ^ (z >>> 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >>> 27)) * Vector256.Create(0x94D049BB133111EBUL);
        z ^= z >>> 31;
        return Vector256.ConvertToDouble(z >>> 11) * Vector256.Create(1.0 / 9007199254740992.0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Weights(ulong state, Vector512<ulong> states)
    {
        Vector512<double> raw = Uniform(state, states);
        return raw / Vector512.Create(Sum(raw));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Ideals(ulong state, Vector512<ulong> states) =>
        Vector512.Min(
            Vector512.Floor(Vector512.Create(11.0) * Uniform(state, states)),
            Vector512.Create((double)PeerScenario.MaxIssueValue));

    /// <summary>Golden · (first + 1 + stride · lane) for lanes 0..7 (the SplitMix state offsets of those draws).</summary>
    private static Vector512<ulong> States(int first, int stride)
    {
        Span<ulong> states = stackalloc ulong[8];
        for (int lane = 0; lane < 8; lane++)
            states[lane] = Golden * (ulong)(first + 1 + stride * lane);
        return Vector512.Create<ulong>(states);
    }

    private static Vector512<double> Closeness(int first)
    {
        Span<double> table = stackalloc double[8];
        for (int lane = 0; lane < 8; lane++)
        {
            int d = first + lane;
            table[lane] = d <= PeerScenario.MaxIssueValue ? 1.0 - d / 10.0 : 0.0;
        }
        return Vector512.Create<double>(table);
    }
}
