using System.Runtime.CompilerServices;
using NegotiationSim.Engine.Replicate;

namespace NegotiationSim.Outcomes;

/// <summary>
/// Integer counters that summarise any number of replicates in constant memory: counts, fixed-bin
/// histograms on [0, 1], and sums and sums of squares in fixed point (2⁻³² resolution).
/// Because every counter is an integer, merging is exact and order-free: the merged totals are
/// bit-identical whatever the number of threads, the chunking or the sharding of a run.
/// </summary>
public sealed class OutcomeAccumulator
{
    /// <summary>Histogram bins for values on [0, 1].</summary>
    public const int Bins = 100;

    /// <summary>Fixed-point scale of sums (2³²): sums stay exact up to ~2×10⁹ replicates of values in [0, 1].</summary>
    public const double FixedPointScale = 4294967296.0;

    private const int ValueStride = Bins + 2; // histogram, Σx, Σx²

    /// <summary>An empty accumulator shaped for the given dimensions.</summary>
    /// <param name="parties">Parties.</param>
    /// <param name="items">Agenda items.</param>
    /// <param name="meetings">Meetings.</param>
    /// <param name="offerCells">Total trajectory cells (Σ over meetings of rounds × agenda length × offer bins).</param>
    /// <param name="beliefPairs">Observer–initiator pairs whose beliefs are reported (docs/model.md §14); 0 without private types.</param>
    /// <param name="vetoBlocs">Blocs, when vetoes and splits are recorded (docs/model.md §15.5); −1 when they are not.</param>
    public OutcomeAccumulator(int parties, int items, int meetings, int offerCells, int beliefPairs = 0, int vetoBlocs = -1)
    {
        Parties = parties; Items = items; Meetings = meetings;
        int at = 0;
        int Take(int n) { int s = at; at += n; return s; }
        ReplicatesAt = Take(1);
        EndingAt = Take(4);
        MeetingsHeldAt = Take(1);
        AnyAgreementAt = Take(1);
        EscalationAt = Take(1);
        ItemAgreedAt = Take(items);
        ItemRoundSumAt = Take(items);
        ItemAgreedInMeetingAt = Take(items * meetings);
        ItemAgreedValueAt = Take(items * ValueStride);
        ItemFinalValueAt = Take(items * ValueStride);
        ItemCompromiseAt = Take(items * ValueStride);
        ItemNashAt = Take(items * ValueStride);
        PartyUtilityAt = Take(parties * ValueStride);
        PartyStatusQuoUtilityAt = Take(parties * ValueStride);
        PartyWalkoutAt = Take(parties);
        PartyEscalatedAt = Take(parties);
        MeetingReachedAt = Take(meetings);
        MeetingHeldAt = Take(meetings);
        MeetingDeclinedAt = Take(meetings);
        MeetingWalkoutAt = Take(meetings);
        MeetingAgreementAt = Take(meetings);
        MeetingRoundsAt = Take(meetings);
        NashDistanceAt = Take(ValueStride);
        NashRatioAt = Take(ValueStride);
        ParetoDominatedAt = Take(1);
        NashFoundAt = Take(1);
        ParetoGapAt = Take(ValueStride);
        EscalationBeforeAt = Take(meetings + 1);
        MeetingLinkageBlockedAt = Take(meetings);
        BargainingRangeAt = Take(1);
        WarPrevailedAt = Take(1);
        PartyOutsideOptionAt = Take(parties * ValueStride);
        OffersAt = Take(offerCells);
        // Vetoes and splits (§15.5): only when every responder's decision is known.
        TracksVetoes = vetoBlocs >= 0;
        Blocs = Math.Max(vetoBlocs, 0);
        PartyVetoAt = Take(TracksVetoes ? parties : 0);
        MeetingVetoAt = Take(TracksVetoes ? meetings * parties : 0);
        BlocJudgedAt = Take(Blocs);
        BlocSplitAt = Take(Blocs);
        // Private information (§14): only scenarios with typed initiators carry these counters.
        BeliefPairs = beliefPairs;
        bool beliefs = beliefPairs > 0;
        BeliefAt = Take(beliefPairs * (meetings + 1) * ValueStride);
        MisperceivedAt = Take(beliefs ? 1 : 0);
        WarCellsAt = Take(beliefs ? 4 : 0);
        ResoluteAt = Take(beliefs ? parties : 0);
        Counters = new long[at];
    }

    /// <summary>Parties.</summary>
    public int Parties { get; }
    /// <summary>Observer–initiator belief pairs (§14).</summary>
    public int BeliefPairs { get; }
    /// <summary>Value groups of beliefs, [pair, slot] with slot 0 after the signal and m + 1 after meeting m (§14).</summary>
    internal int BeliefAt { get; }
    /// <summary>Replicates in which some observer's belief favoured the wrong type at a table or at the decision for war (§14.5).</summary>
    internal int MisperceivedAt { get; }
    /// <summary>Replicates with war, by (misperceived ? 2 : 0) + (bargaining range ? 1 : 0) (§14.5).</summary>
    internal int WarCellsAt { get; }
    /// <summary>Per party: replicates in which it was resolute (§14).</summary>
    internal int ResoluteAt { get; }
    /// <summary>Whether vetoes and bloc splits are recorded (§15.5).</summary>
    public bool TracksVetoes { get; }
    /// <summary>Blocs whose splits are recorded.</summary>
    public int Blocs { get; }
    /// <summary>Per party: replicates in which it vetoed some offer (§15.5).</summary>
    internal int PartyVetoAt { get; }
    /// <summary>[meeting, party]: negotiations in which the party vetoed some offer.</summary>
    internal int MeetingVetoAt { get; }
    /// <summary>Per bloc: offers judged by at least two of its counting members, and those on which they split.</summary>
    internal int BlocJudgedAt { get; }
    internal int BlocSplitAt { get; }
    /// <summary>Items.</summary>
    public int Items { get; }
    /// <summary>Meetings.</summary>
    public int Meetings { get; }

    /// <summary>All counters; the offsets below say what each holds.</summary>
    public long[] Counters { get; }

    internal int ReplicatesAt { get; }
    /// <summary>Escalations decided before meeting m (index m), or at the final decision (index Meetings), §13.3.</summary>
    internal int EscalationBeforeAt { get; }
    /// <summary>Held meetings in which a linkage kept some negotiated unit from agreement, §13.4.</summary>
    internal int MeetingLinkageBlockedAt { get; }
    /// <summary>Replicates whose war payoffs leave a bargaining range, §13.2.</summary>
    internal int BargainingRangeAt { get; }
    /// <summary>Replicates in which a war was fought and the initiators prevailed, §13.1.</summary>
    internal int WarPrevailedAt { get; }
    /// <summary>Each party's outside option at the last escalation decision, as a value group, §13.1.</summary>
    internal int PartyOutsideOptionAt { get; }
    internal int EndingAt { get; }
    internal int MeetingsHeldAt { get; }
    internal int AnyAgreementAt { get; }
    internal int EscalationAt { get; }
    internal int ItemAgreedAt { get; }
    internal int ItemRoundSumAt { get; }
    internal int ItemAgreedInMeetingAt { get; }
    internal int ItemAgreedValueAt { get; }
    internal int ItemFinalValueAt { get; }
    internal int ItemCompromiseAt { get; }
    internal int ItemNashAt { get; }
    internal int PartyUtilityAt { get; }
    internal int PartyStatusQuoUtilityAt { get; }
    internal int PartyWalkoutAt { get; }
    internal int PartyEscalatedAt { get; }
    internal int MeetingReachedAt { get; }
    internal int MeetingHeldAt { get; }
    internal int MeetingDeclinedAt { get; }
    internal int MeetingWalkoutAt { get; }
    internal int MeetingAgreementAt { get; }
    internal int MeetingRoundsAt { get; }
    internal int NashDistanceAt { get; }
    internal int NashRatioAt { get; }
    internal int ParetoDominatedAt { get; }
    internal int NashFoundAt { get; }
    internal int ParetoGapAt { get; }
    internal int OffersAt { get; }

    /// <summary>Offset of value group <paramref name="index"/> in a block of value groups starting at <paramref name="blockAt"/>.</summary>
    internal static int ValueGroup(int blockAt, int index) => blockAt + index * ValueStride;

    /// <summary>Adds a value on [0, 1] to the value group at <paramref name="at"/> (histogram, Σx, Σx²).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddValue(long[] c, int at, double x)
    {
        x = x < 0 ? 0 : x > 1 ? 1 : x;
        int bin = (int)(x * Bins);
        if (bin == Bins) bin = Bins - 1;
        c[at + bin]++;
        c[at + Bins] += (long)(x * FixedPointScale);
        c[at + Bins + 1] += (long)(x * x * FixedPointScale);
    }

    /// <summary>
    /// The reduce phase (docs/architecture.md, "Three phases"): counts one replicate's outcome row into the counters.
    /// Integer additions only, so rows reduced in any order and on any thread give the same totals.
    /// </summary>
    internal void Add(OutcomeRowLayout R, ReadOnlySpan<double> row)
    {
        var c = Counters;
        int items = Items, meetings = Meetings, parties = Parties;
        c[ReplicatesAt]++;
        c[EndingAt + (int)row[R.Ending]]++;
        c[MeetingsHeldAt] += (long)row[R.MeetingsHeld];
        bool escalation = row[R.Escalation] != 0;
        if (row[R.AnyAgreement] != 0) c[AnyAgreementAt]++;
        if (escalation) c[EscalationAt]++;
        int escalatedAt = (int)row[R.EscalatedAt];
        if (escalatedAt >= 0) c[EscalationBeforeAt + escalatedAt]++;
        if (row[R.WarPrevailed] != 0) c[WarPrevailedAt]++;
        if (row[R.BargainingRange] != 0) c[BargainingRangeAt]++;
        for (int m = 0; m < meetings; m++)
        {
            c[MeetingReachedAt + m] += (long)row[R.MeetingReached + m];
            c[MeetingDeclinedAt + m] += (long)row[R.MeetingDeclined + m];
            c[MeetingHeldAt + m] += (long)row[R.MeetingHeld + m];
            c[MeetingAgreementAt + m] += (long)row[R.MeetingAgreement + m];
            c[MeetingWalkoutAt + m] += (long)row[R.MeetingWalkout + m];
            c[MeetingRoundsAt + m] += (long)row[R.MeetingRounds + m];
            c[MeetingLinkageBlockedAt + m] += (long)row[R.MeetingLinkageBlocked + m];
        }
        for (int i = 0; i < items; i++)
        {
            double value = row[R.ItemValue + i];
            if (row[R.ItemAgreed + i] != 0)
            {
                c[ItemAgreedAt + i]++;
                c[ItemRoundSumAt + i] += (long)row[R.ItemRound + i];
                c[ItemAgreedInMeetingAt + i * meetings + (int)row[R.ItemMeeting + i]]++;
                AddValue(c, ValueGroup(ItemAgreedValueAt, i), value);
            }
            AddValue(c, ValueGroup(ItemFinalValueAt, i), value);
            AddValue(c, ValueGroup(ItemCompromiseAt, i), row[R.ItemCompromise + i]);
            AddValue(c, ValueGroup(ItemNashAt, i), row[R.ItemNash + i]);
        }
        for (int a = 0; a < parties; a++)
        {
            AddValue(c, ValueGroup(PartyUtilityAt, a), row[R.PartyUtility + a]);
            AddValue(c, ValueGroup(PartyStatusQuoUtilityAt, a), row[R.PartyStatusQuoUtility + a]);
            if (row[R.PartyWalkedOut + a] != 0) c[PartyWalkoutAt + a]++;
            if (row[R.PartyEscalated + a] != 0) c[PartyEscalatedAt + a]++;
            double outside = row[R.PartyOutsideOption + a];
            if (!double.IsNaN(outside)) AddValue(c, ValueGroup(PartyOutsideOptionAt, a), outside);
            if (TracksVetoes && row[R.PartyVetoed + a] != 0) c[PartyVetoAt + a]++;
        }
        if (TracksVetoes)
            for (int k = 0; k < meetings * parties; k++) c[MeetingVetoAt + k] += (long)row[R.MeetingVetoes + k];
        for (int b = 0; b < Blocs; b++)
        {
            c[BlocJudgedAt + b] += (long)row[R.BlocJudged + b];
            c[BlocSplitAt + b] += (long)row[R.BlocSplits + b];
        }
        AddValue(c, NashDistanceAt, row[R.NashDistance]);
        double ratio = row[R.NashProductRatio];
        if (ratio >= 0) AddValue(c, NashRatioAt, ratio);
        if (row[R.ParetoDominated] != 0) c[ParetoDominatedAt]++;
        if (row[R.NashFound] != 0) c[NashFoundAt]++;
        AddValue(c, ParetoGapAt, row[R.ParetoGap]);

        int offers = (int)row[R.OfferCount];
        for (int o = 0; o < offers; o++) c[OffersAt + (int)row[R.Offers + o]]++;
        if (BeliefPairs > 0)
        {
            // §14: beliefs after the signal and after each meeting reached; NaN where war ended the sequence first.
            int slots = BeliefPairs * (meetings + 1);
            for (int k = 0; k < slots; k++)
            {
                double belief = row[R.Beliefs + k];
                if (!double.IsNaN(belief)) AddValue(c, ValueGroup(BeliefAt, k), belief);
            }
            // §14.5: was the war (if any) preceded by a misperception, and was there a bargaining range?
            bool misperceived = row[R.Misperceived] != 0;
            if (misperceived) c[MisperceivedAt]++;
            if (escalation) c[WarCellsAt + (misperceived ? 2 : 0) + (row[R.BargainingRange] != 0 ? 1 : 0)]++;
            for (int a = 0; a < parties; a++)
                if (row[R.PartyResolute + a] != 0) c[ResoluteAt + a]++;
        }
    }

    /// <summary>Adds every counter of <paramref name="other"/> into this one.</summary>
    public void Merge(OutcomeAccumulator other)
    {
        if (other.Counters.Length != Counters.Length) throw new ArgumentException("accumulators of different shapes", nameof(other));
        var a = Counters; var b = other.Counters;
        for (int i = 0; i < a.Length; i++) a[i] += b[i];
    }

    /// <summary>Zeroes every counter, for reuse.</summary>
    public void Clear() => Array.Clear(Counters);

    /// <summary>Replicates recorded so far.</summary>
    public long Replicates => Counters[ReplicatesAt];

    internal Distribution01 ReadValue(int at)
    {
        var counts = new long[Bins];
        Array.Copy(Counters, at, counts, 0, Bins);
        long n = counts.Sum();
        if (n == 0) return new Distribution01(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, counts);
        double mean = Counters[at + Bins] / FixedPointScale / n;
        double meanSq = Counters[at + Bins + 1] / FixedPointScale / n;
        double sd = n > 1 ? Math.Sqrt(Math.Max(0, (meanSq - mean * mean) * n / (n - 1))) : 0;
        return new Distribution01(n, mean, sd,
            Distribution01.Quantile(counts, n, 0.05), Distribution01.Quantile(counts, n, 0.25), Distribution01.Quantile(counts, n, 0.5),
            Distribution01.Quantile(counts, n, 0.75), Distribution01.Quantile(counts, n, 0.95), counts);
    }
}
