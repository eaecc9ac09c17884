using System.Runtime.CompilerServices;
using NegotiationSim.Engine.Sampling;

namespace NegotiationSim.Peer;

/// <summary>
/// The peer scenario (docs/peer-scenario.md), the workload that NegotiationSim, NegMAS and a numpy
/// model run identically: 3 parties, 8 integer issues on 0..10, linear additive utilities, time-dependent concession
/// (Boulware e = 4, linear e = 1, Conceder e = 0.25) in stacked alternating offers. Replicate j is scenario j, drawn
/// from SplitMix64 with state j, so a replicate depends on its index alone.
/// </summary>
/// <remarks>
/// <para>
/// Kernels are static methods over value types: no allocation, no LINQ, no interfaces or delegates. There are three,
/// with bit-identical outcomes (tested replicate by replicate): the portable scalar kernel here, the reference and the
/// shape a GPU port takes; <see cref="PeerVectorKernel"/> (one replicate, 8 issues in one AVX-512 register), which
/// <see cref="Run(long, int)"/> uses where the hardware has AVX-512; and <see cref="PeerLaneKernel"/> (8 replicates,
/// one per lane, branch-free), which <see cref="PeerBatch"/> uses.
/// </para>
/// <para>
/// Arithmetic the definition leaves open (docs/peer-scenario.md, "Arithmetic left open, and fixed here") is fixed here
/// and followed by every kernel: every sum over issues adds in numpy's pairwise order for 8 elements,
/// ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7)); u_min and D divide the sum by 10 once; powers t^e come from
/// <see cref="Math.Pow(double, double)"/> (the C library's pow, as numpy's), computed once per step count. Such last-bit choices do not change outcomes (tested on 3,000 seeds).
/// </para>
/// </remarks>
public static class PeerScenario
{
    /// <summary>Number of parties (3).</summary>
    public const int PartyCount = 3;

    /// <summary>Number of issues (8).</summary>
    public const int IssueCount = 8;

    /// <summary>Largest value of an issue (10); values are the integers 0..10.</summary>
    public const int MaxIssueValue = 10;

    /// <summary>Random draws per scenario (51): per party 8 raw weights, 8 ideals, 1 reserved value.</summary>
    public const int DrawsPerScenario = 51;

    /// <summary>Concession exponent of party 0 (Boulware).</summary>
    public const double BoulwareExponent = 4.0;

    /// <summary>Concession exponent of party 1 (linear).</summary>
    public const double LinearExponent = 1.0;

    /// <summary>Concession exponent of party 2 (Conceder).</summary>
    public const double ConcederExponent = 0.25;

    /// <summary>1.5 · 2^52: adding it to |x| &lt; 2^51 rounds x to an integer, half to even.</summary>
    private const double RoundingShift = 6755399441055744.0;

    /// <summary>Closeness[d + 10] = 1 − |d| / 10 for an issue distance d in −10..10, computed by that formula.</summary>
    private static readonly double[] s_closeness = BuildCloseness();

    /// <summary>The concession exponent e_p of party <paramref name="party"/> (0..2): 4, 1, 0.25.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is not in 0..2.</exception>
    public static double ConcessionExponent(int party) => party switch
    {
        0 => BoulwareExponent,
        1 => LinearExponent,
        2 => ConcederExponent,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "A party index is in 0..2."),
    };

    /// <summary>
    /// Runs replicate <paramref name="scenarioIndex"/> (scenario j: SplitMix64 with state j) for at most
    /// <paramref name="steps"/> rounds. Allocation-free (the table of t^e for a step count is built on its first use
    /// and cached); thread-safe.
    /// </summary>
    /// <param name="scenarioIndex">The scenario j, ≥ 0.</param>
    /// <param name="steps">The deadline n_steps in rounds, ≥ 1 (the reference uses 100 and 20).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PeerOutcome Run(long scenarioIndex, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scenarioIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        return RunKernel(scenarioIndex, steps, PeerSchedule.Get(steps));
    }

    /// <summary>
    /// The kernel: replicate <paramref name="scenarioIndex"/> with the concession schedule
    /// <paramref name="concession"/>[3k + p] = 1 − t_k^e_p, t_k = (k + 1) / (steps + 1) (see <see cref="PeerSchedule"/>).
    /// Runs the AVX-512 kernel where the hardware has it, else the scalar one; their outcomes are bit-identical.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PeerOutcome RunKernel(long scenarioIndex, int steps, ReadOnlySpan<double> concession) =>
        PeerVectorKernel.IsSupported
            ? PeerVectorKernel.Run(scenarioIndex, steps, concession)
            : RunScalarKernel(scenarioIndex, steps, concession);

    /// <summary>
    /// The portable scalar kernel, the reference: plain arithmetic over value types, in the shape a GPU port takes.
    /// </summary>
    internal static PeerOutcome RunScalarKernel(long scenarioIndex, int steps, ReadOnlySpan<double> concession)
    {
        Sample(scenarioIndex, out PeerParty a, out PeerParty b, out PeerParty c);
        return Play(in a, in b, in c, steps, concession);
    }

    /// <summary>The protocol (scalar kernel) for the drawn parties <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PeerOutcome Play(in PeerParty a, in PeerParty b, in PeerParty c, int steps, ReadOnlySpan<double> concession)
    {
        concession = concession[..(PartyCount * steps)];

        // Round 0: party 0 opens; its offer stands with one acceptance (its own). The utility of a new offer to the
        // next party is computed with the offer: that party acts on it next.
        PeerOffer standing = Offer(in a, a.Floor + concession[0] * a.Room);
        double nextUtility = Utility(in b, in standing);
        int acceptances = 1;
        // Party 1 cannot make the third acceptance in round 0.
        Act(in b, in c, concession[1], ref standing, ref nextUtility, ref acceptances);
        if (Act(in c, in a, concession[2], ref standing, ref nextUtility, ref acceptances))
            return Agreement(1, in standing, in a, in b, in c);

        for (int k = 1; k < steps; k++)
        {
            int i = PartyCount * k;
            if (Act(in a, in b, concession[i], ref standing, ref nextUtility, ref acceptances) ||
                Act(in b, in c, concession[i + 1], ref standing, ref nextUtility, ref acceptances) ||
                Act(in c, in a, concession[i + 2], ref standing, ref nextUtility, ref acceptances))
                return Agreement(k + 1, in standing, in a, in b, in c);
        }

        return new PeerOutcome(false, steps, default, 0.0, 0.0, 0.0);
    }

    /// <summary>Draws scenario <paramref name="scenarioIndex"/>'s three parties (51 draws, in the order of docs/peer-scenario.md, "Parties, issues and their draws").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Sample(long scenarioIndex, out PeerParty party0, out PeerParty party1, out PeerParty party2)
    {
        var rng = new RandomStream((ulong)scenarioIndex);
        DrawParty(ref rng, out IssueVector w0, out PeerOffer i0, out double r0);
        DrawParty(ref rng, out IssueVector w1, out PeerOffer i1, out double r1);
        DrawParty(ref rng, out IssueVector w2, out PeerOffer i2, out double r2);
        party0 = new PeerParty(w0, i0, r0, i1, i2);
        party1 = new PeerParty(w1, i1, r1, i0, i2);
        party2 = new PeerParty(w2, i2, r2, i0, i1);
    }

    /// <summary>u_p(x) = Σ_k w_pk (1 − |x_k − ideal_pk| / 10).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Utility(in PeerParty party, in PeerOffer offer)
    {
        double[] closeness = s_closeness;
        ref readonly IssueVector w = ref party.Weight;
        ref readonly PeerOffer ideal = ref party.Ideal;
        return IssueVector.Sum(
            w.E0 * closeness[offer.Issue0 - ideal.Issue0 + MaxIssueValue],
            w.E1 * closeness[offer.Issue1 - ideal.Issue1 + MaxIssueValue],
            w.E2 * closeness[offer.Issue2 - ideal.Issue2 + MaxIssueValue],
            w.E3 * closeness[offer.Issue3 - ideal.Issue3 + MaxIssueValue],
            w.E4 * closeness[offer.Issue4 - ideal.Issue4 + MaxIssueValue],
            w.E5 * closeness[offer.Issue5 - ideal.Issue5 + MaxIssueValue],
            w.E6 * closeness[offer.Issue6 - ideal.Issue6 + MaxIssueValue],
            w.E7 * closeness[offer.Issue7 - ideal.Issue7 + MaxIssueValue]);
    }

    /// <summary>
    /// The closed-form offer at threshold T: λ = clip((1 − T) / D, 0, 1) (0 when D = 0);
    /// x_k = round-half-to-even(ideal_k + λ (target_k − ideal_k)).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PeerOffer Offer(in PeerParty party, double threshold)
    {
        double lambda = 0.0;
        if (party.Distance != 0.0)
            lambda = Math.Clamp((1.0 - threshold) / party.Distance, 0.0, 1.0);
        ref readonly IssueVector ideal = ref party.IdealValue;
        ref readonly IssueVector step = ref party.Step;
        return new PeerOffer(
            RoundHalfToEven(ideal.E0 + lambda * step.E0),
            RoundHalfToEven(ideal.E1 + lambda * step.E1),
            RoundHalfToEven(ideal.E2 + lambda * step.E2),
            RoundHalfToEven(ideal.E3 + lambda * step.E3),
            RoundHalfToEven(ideal.E4 + lambda * step.E4),
            RoundHalfToEven(ideal.E5 + lambda * step.E5),
            RoundHalfToEven(ideal.E6 + lambda * step.E6),
            RoundHalfToEven(ideal.E7 + lambda * step.E7));
    }

    /// <summary>
    /// One party's move on the standing offer: accept when u_p(offer) ≥ T_p(t) = m_p + (1 − t^e_p)(1 − m_p), adding
    /// one acceptance, else counter-offer (the counter-offer then stands with one acceptance). With one acceptance the
    /// offer's utility to this party is <paramref name="nextUtility"/>, computed with the offer; with two it is
    /// computed here. Returns true on the third acceptance.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Act(
        in PeerParty party, in PeerParty next, double concession, ref PeerOffer standing, ref double nextUtility,
        ref int acceptances)
    {
        double threshold = party.Floor + concession * party.Room;
        double utility = acceptances == 1 ? nextUtility : Utility(in party, in standing);
        if (utility >= threshold)
            return ++acceptances == PartyCount;

        standing = Offer(in party, threshold);
        nextUtility = Utility(in next, in standing);
        acceptances = 1;
        return false;
    }

    private static PeerOutcome Agreement(int rounds, in PeerOffer offer, in PeerParty a, in PeerParty b, in PeerParty c) =>
        new(true, rounds, offer, Utility(in a, in offer), Utility(in b, in offer), Utility(in c, in offer));

    /// <summary>One party's 17 draws: 8 raw weights (normalised), 8 ideals min(10, ⌊11 u⌋), reserved value 0.3 + 0.3 u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DrawParty(ref RandomStream rng, out IssueVector weight, out PeerOffer ideal, out double reservedValue)
    {
        double r0 = rng.NextDouble(), r1 = rng.NextDouble(), r2 = rng.NextDouble(), r3 = rng.NextDouble();
        double r4 = rng.NextDouble(), r5 = rng.NextDouble(), r6 = rng.NextDouble(), r7 = rng.NextDouble();
        double sum = IssueVector.Sum(r0, r1, r2, r3, r4, r5, r6, r7);
        weight = new IssueVector(r0 / sum, r1 / sum, r2 / sum, r3 / sum, r4 / sum, r5 / sum, r6 / sum, r7 / sum);
        ideal = new PeerOffer(
            DrawIdeal(ref rng), DrawIdeal(ref rng), DrawIdeal(ref rng), DrawIdeal(ref rng),
            DrawIdeal(ref rng), DrawIdeal(ref rng), DrawIdeal(ref rng), DrawIdeal(ref rng));
        reservedValue = 0.30 + 0.30 * rng.NextDouble();
    }

    /// <summary>min(10, ⌊11 u⌋); 11 u is non-negative, so truncation is the floor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DrawIdeal(ref RandomStream rng) => Math.Min(MaxIssueValue, (int)(11.0 * rng.NextDouble()));

    /// <summary>
    /// <see cref="Math.Round(double)"/> (half to even) as an int, for |<paramref name="value"/>| &lt; 2^31: adding
    /// 1.5 · 2^52 leaves no fraction bits, so the IEEE addition itself rounds half to even, and the integer is the low
    /// 32 bits of the sum. Two instructions instead of a round and a checked conversion.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int RoundHalfToEven(double value) => (int)BitConverter.DoubleToInt64Bits(value + RoundingShift);

    private static double[] BuildCloseness()
    {
        var table = new double[2 * MaxIssueValue + 1];
        for (int d = -MaxIssueValue; d <= MaxIssueValue; d++)
            table[d + MaxIssueValue] = 1.0 - Math.Abs(d) / 10.0;
        return table;
    }
}
