using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NegotiationSim.Peer;

/// <summary>
/// The peer-scenario kernel for batches, eight replicates at a time, one per lane of an AVX-512 register: the CPU
/// form of a GPU's one-replicate-per-thread kernel. Every lane performs exactly the scalar kernel's IEEE operations
/// (<see cref="PeerScenario.RunScalarKernel"/>) in the same order, so outcomes are bit-identical; where a replicate
/// branches (accept or counter-offer, stop at agreement) the lanes compute both and select by mask. The group runs
/// until its last lane agrees or times out; lanes already done keep their outcome.
/// </summary>
/// <remarks>
/// Why lanes rather than issues: with one replicate per call, accepting and rejecting alternate unpredictably near
/// the end of a negotiation (about 11 acceptances, 9 of them undone, in the 38 moves of a 20-round replicate), and
/// every utility needs a horizontal sum. Across lanes there are neither branches nor horizontal sums.
/// </remarks>
internal static class PeerLaneKernel
{
    /// <summary>Replicates per group (lanes of a 512-bit register of doubles).</summary>
    public const int Lanes = 8;

    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const int DrawsPerParty = 17;

    /// <summary>1.5 · 2^52: adding it to |x| &lt; 2^51 rounds x to an integer, half to even.</summary>
    private const double RoundingShift = 6755399441055744.0;

    /// <summary>1 − d / 10 for d = 0..7, and for d = 8..10 (then zeros): a 16-entry table for one permute.</summary>
    private static readonly Vector512<double> s_closenessLow = Closeness(0);
    private static readonly Vector512<double> s_closenessHigh = Closeness(8);

    /// <summary>Whether this machine runs the kernel in hardware (x64 with AVX-512 F, DQ and VL).</summary>
    public static bool IsSupported => PeerVectorKernel.IsSupported;

    /// <summary>One vector per issue; lane ℓ belongs to replicate first + ℓ.</summary>
    [InlineArray(PeerScenario.IssueCount)]
    public struct IssueVectors
    {
        private Vector512<double> _issue;
    }

    /// <summary>One party of eight scenarios.</summary>
    public struct Party
    {
        public IssueVectors Weight;
        public IssueVectors Ideal;

        /// <summary>Ideal + 1.5 · 2^52 (standing offers are kept in that shifted form).</summary>
        public IssueVectors ShiftedIdeal;

        /// <summary>target − ideal, the target being the mean of the other two parties' ideals.</summary>
        public IssueVectors Step;

        /// <summary>m = max(r, u_min).</summary>
        public Vector512<double> Floor;

        /// <summary>1 − m.</summary>
        public Vector512<double> Room;

        /// <summary>D, or +∞ where D = 0 (then (1 − T) / D is ±0 and the offer the ideal, as with λ = 0).</summary>
        public Vector512<double> Divisor;
    }

    /// <summary>Eight scenarios: replicates first .. first + 7.</summary>
    public struct Group
    {
        public Party A, B, C;
    }

    /// <summary>
    /// Runs replicates <paramref name="first"/> .. <paramref name="first"/> + 7 into <paramref name="outcomes"/>
    /// (length ≥ 8); <paramref name="concession"/> is <see cref="PeerSchedule"/>'s. (Batches reuse one
    /// <see cref="Group"/> through <see cref="Setup"/> and <see cref="Play"/>.)
    /// </summary>
    public static void Run(long first, int steps, ReadOnlySpan<double> concession, Span<PeerOutcome> outcomes)
    {
        var group = new Group();
        Setup(first, ref group);
        Play(ref group, steps, concession, outcomes);
    }

    /// <summary>Draws the eight scenarios (51 draws each, in the order of docs/peer-scenario.md, "Parties, issues and their draws") and derives each party's data.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Setup(long first, ref Group group)
    {
        Vector512<ulong> states = Vector512.Create((ulong)first) + Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
        Vector512<double> reservedA = DrawParty(states, 0, ref group.A);
        Vector512<double> reservedB = DrawParty(states, 1, ref group.B);
        Vector512<double> reservedC = DrawParty(states, 2, ref group.C);
        Derive(ref group.A, ref group.B.Ideal, ref group.C.Ideal, reservedA);
        Derive(ref group.B, ref group.A.Ideal, ref group.C.Ideal, reservedB);
        Derive(ref group.C, ref group.A.Ideal, ref group.B.Ideal, reservedC);
    }

    /// <summary>The protocol for the eight drawn scenarios; writes 8 outcomes in replicate order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Play(ref Group group, int steps, ReadOnlySpan<double> concession, Span<PeerOutcome> outcomes)
    {
        concession = concession[..(PeerScenario.PartyCount * steps)];
        outcomes = outcomes[..Lanes];
        ref Party a = ref group.A;
        ref Party b = ref group.B;
        ref Party c = ref group.C;

        // Round 0: party 0 opens in every lane; its offer stands with one acceptance.
        IssueVectors standing = default;
        Vector512<double> threshold = a.Floor + Vector512.Create(concession[0]) * a.Room;
        Propose(ref a, Lambda(ref a, threshold), Vector512<double>.AllBitsSet, ref standing);
        Vector512<double> acceptances = Vector512<double>.One;
        Vector512<double> done = Vector512<double>.Zero;
        Vector512<double> rounds = Vector512<double>.Zero;
        bool finished = Act(ref b, concession[1], 1.0, ref standing, ref acceptances, ref done, ref rounds) ||
            Act(ref c, concession[2], 1.0, ref standing, ref acceptances, ref done, ref rounds);

        for (int k = 1; k < steps && !finished; k++)
        {
            ReadOnlySpan<double> round = concession.Slice(PeerScenario.PartyCount * k, PeerScenario.PartyCount);
            double roundNumber = k + 1;
            finished = Act(ref a, round[0], roundNumber, ref standing, ref acceptances, ref done, ref rounds) ||
                Act(ref b, round[1], roundNumber, ref standing, ref acceptances, ref done, ref rounds) ||
                Act(ref c, round[2], roundNumber, ref standing, ref acceptances, ref done, ref rounds);
        }

        Write(ref group, ref standing, done, rounds, steps, outcomes);
    }

    /// <summary>
    /// One move in every lane not yet done: accept (one more acceptance) when the standing offer's utility to the
    /// party is at least its threshold m + g (1 − m), else counter-offer (one acceptance). Lanes reaching three
    /// acceptances are done in round <paramref name="roundNumber"/>. Returns true when every lane is done.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Act(
        ref Party party, double concession, double roundNumber, ref IssueVectors standing,
        ref Vector512<double> acceptances, ref Vector512<double> done, ref Vector512<double> rounds)
    {
        Vector512<double> threshold = party.Floor + Vector512.Create(concession) * party.Room;
        Vector512<double> accepts = Vector512.GreaterThanOrEqual(Utility(ref party, ref standing), threshold);
        Vector512<double> accepting = Vector512.AndNot(accepts, done);
        Vector512<double> rejecting = Vector512.AndNot(Vector512.AndNot(Vector512<double>.AllBitsSet, accepts), done);
        Propose(ref party, Lambda(ref party, threshold), rejecting, ref standing);
        acceptances = Vector512.ConditionalSelect(
            accepting, acceptances + Vector512<double>.One,
            Vector512.ConditionalSelect(rejecting, Vector512<double>.One, acceptances));
        Vector512<double> agreed = Vector512.AndNot(
            Vector512.Equals(acceptances, Vector512.Create((double)PeerScenario.PartyCount)), done);
        rounds = Vector512.ConditionalSelect(agreed, Vector512.Create(roundNumber), rounds);
        done |= agreed;
        return done.ExtractMostSignificantBits() == (1UL << Lanes) - 1;
    }

    /// <summary>λ = clip((1 − T) / D, 0, 1) (vmaxpd/vminpd: as Math.Clamp but −0 becomes +0; ideal ± 0 is the ideal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Lambda(ref Party party, Vector512<double> threshold) =>
        Avx512F.Min(
            Avx512F.Max((Vector512<double>.One - threshold) / party.Divisor, Vector512<double>.Zero),
            Vector512<double>.One);

    /// <summary>
    /// Where <paramref name="mask"/> is set, the standing offer becomes round-half-to-even(ideal + λ · step),
    /// kept shifted by 1.5 · 2^52 (which is what does the rounding).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Propose(ref Party party, Vector512<double> lambda, Vector512<double> mask, ref IssueVectors standing)
    {
        Vector512<double> shift = Vector512.Create(RoundingShift);
        for (int k = 0; k < PeerScenario.IssueCount; k++)
            standing[k] = Vector512.ConditionalSelect(mask, (party.Ideal[k] + lambda * party.Step[k]) + shift, standing[k]);
    }

    /// <summary>u(x) = Σ_k w_k (1 − |x_k − ideal_k| / 10) per lane, summed in the scalar kernel's order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Utility(ref Party party, ref IssueVectors shiftedOffer)
    {
        Vector512<double> t0 = Term(ref party, ref shiftedOffer, 0), t1 = Term(ref party, ref shiftedOffer, 1);
        Vector512<double> t2 = Term(ref party, ref shiftedOffer, 2), t3 = Term(ref party, ref shiftedOffer, 3);
        Vector512<double> t4 = Term(ref party, ref shiftedOffer, 4), t5 = Term(ref party, ref shiftedOffer, 5);
        Vector512<double> t6 = Term(ref party, ref shiftedOffer, 6), t7 = Term(ref party, ref shiftedOffer, 7);
        return ((t0 + t1) + (t2 + t3)) + ((t4 + t5) + (t6 + t7));
    }

    /// <summary>
    /// w_k (1 − |x_k − ideal_k| / 10), the closeness from a 16-entry table by one permute. Offer and ideal are both
    /// integers shifted by 1.5 · 2^52, so their bit patterns differ by the integer x − ideal: a 64-bit subtraction and
    /// absolute value give the table index directly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Term(ref Party party, ref IssueVectors shiftedOffer, int issue)
    {
        Vector512<long> index = Vector512.Abs(shiftedOffer[issue].AsInt64() - party.ShiftedIdeal[issue].AsInt64());
        return party.Weight[issue] * Avx512F.PermuteVar8x64x2(s_closenessLow, index, s_closenessHigh);
    }

    /// <summary>((e0 + e1) + (e2 + e3)) + ((e4 + e5) + (e6 + e7)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Sum(ref IssueVectors e) => ((e[0] + e[1]) + (e[2] + e[3])) + ((e[4] + e[5]) + (e[6] + e[7]));

    /// <summary>Draws one party (17 draws per lane) and returns its reserved values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> DrawParty(Vector512<ulong> states, int partyIndex, ref Party party)
    {
        int firstDraw = partyIndex * DrawsPerParty;
        IssueVectors raw = default;
        for (int k = 0; k < PeerScenario.IssueCount; k++)
            raw[k] = Uniform(states, firstDraw + k);
        Vector512<double> sum = Sum(ref raw);
        Vector512<double> eleven = Vector512.Create(11.0), ten = Vector512.Create((double)PeerScenario.MaxIssueValue);
        for (int k = 0; k < PeerScenario.IssueCount; k++)
        {
            party.Weight[k] = raw[k] / sum;
            party.Ideal[k] = Vector512.Min(Vector512.Floor(eleven * Uniform(states, firstDraw + 8 + k)), ten);
        }
        return Vector512.Create(0.30) + Vector512.Create(0.30) * Uniform(states, firstDraw + 16);
    }

    /// <summary>Target steps, u_min, D, m = max(r, u_min) and 1 − m, by the scalar kernel's formulas.</summary>
    private static void Derive(ref Party party, ref IssueVectors idealA, ref IssueVectors idealB, Vector512<double> reserved)
    {
        Vector512<double> ten = Vector512.Create((double)PeerScenario.MaxIssueValue);
        IssueVectors worst = default, gap = default;
        for (int k = 0; k < PeerScenario.IssueCount; k++)
        {
            Vector512<double> ideal = party.Ideal[k];
            party.ShiftedIdeal[k] = ideal + Vector512.Create(RoundingShift);
            Vector512<double> step = (idealA[k] + idealB[k]) * Vector512.Create(0.5) - ideal;
            party.Step[k] = step;
            worst[k] = party.Weight[k] * Vector512.Max(ideal, ten - ideal);
            gap[k] = party.Weight[k] * Vector512.Abs(step);
        }
        Vector512<double> minUtility = Vector512<double>.One - Sum(ref worst) / ten;
        party.Floor = Vector512.Max(reserved, minUtility);
        party.Room = Vector512<double>.One - party.Floor;
        Vector512<double> distance = Sum(ref gap) / ten;
        party.Divisor = Vector512.ConditionalSelect(
            Vector512.Equals(distance, Vector512<double>.Zero), Vector512.Create(double.PositiveInfinity), distance);
    }

    /// <summary>SplitMix64 draw number <paramref name="draw"/> (0-based) of each lane's scenario, as a double in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Uniform(Vector512<ulong> states, int draw)
    {
        Vector512<ulong> z = states + Vector512.Create(Golden * (ulong)(draw + 1));
        z = (z ^ (z >>> 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >>> 27)) * Vector512.Create(0x94D049BB133111EBUL);
        z ^= z >>> 31;
        return Vector512.ConvertToDouble(z >>> 11) * Vector512.Create(1.0 / 9007199254740992.0);
    }

    /// <summary>Writes the eight outcomes: agreement, rounds, offer and utilities, or a timeout after all steps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Write(
        ref Group group, ref IssueVectors standing, Vector512<double> done, Vector512<double> rounds, int steps,
        Span<PeerOutcome> outcomes)
    {
        Vector512<double> u0 = Utility(ref group.A, ref standing) & done;
        Vector512<double> u1 = Utility(ref group.B, ref standing) & done;
        Vector512<double> u2 = Utility(ref group.C, ref standing) & done;
        Span<int> values = stackalloc int[PeerScenario.IssueCount * Lanes];
        Vector512<double> shift = Vector512.Create(RoundingShift);
        for (int k = 0; k < PeerScenario.IssueCount; k++)
        {
            Vector256<int> issue = Avx512F.ConvertToVector256Int32WithTruncation(standing[k] - shift);
            issue.CopyTo(values.Slice(k * Lanes, Lanes));
        }

        ulong agreed = done.ExtractMostSignificantBits();
        for (int lane = 0; lane < Lanes; lane++)
        {
            if ((agreed & (1UL << lane)) == 0)
            {
                outcomes[lane] = new PeerOutcome(false, steps, default, 0.0, 0.0, 0.0);
                continue;
            }
            var offer = new PeerOffer(
                values[lane], values[Lanes + lane], values[2 * Lanes + lane], values[3 * Lanes + lane],
                values[4 * Lanes + lane], values[5 * Lanes + lane], values[6 * Lanes + lane], values[7 * Lanes + lane]);
            outcomes[lane] = new PeerOutcome(
                true, (int)rounds.GetElement(lane), offer, u0.GetElement(lane), u1.GetElement(lane), u2.GetElement(lane));
        }
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
