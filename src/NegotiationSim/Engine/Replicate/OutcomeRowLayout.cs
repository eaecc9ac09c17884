using NegotiationSim.Engine.Compilation;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// The one format in which a replicate's outcome leaves the play phase (docs/architecture.md, "Three phases"): a row of
/// doubles at fixed offsets. Flags are 0 or 1, counts and indices are small integers (exact in a double), values are
/// as computed. The reduce phase (<c>OutcomeAccumulator.Add</c>), the replicate sink's batches, the paired metrics of
/// comparisons and the pattern scores of inference all read rows, and nothing reads the play phase's scratch.
/// </summary>
/// <remarks>
/// Offers on the table are a list: a count, then one trajectory cell (<see cref="CompiledModel.OfferCell"/>) per
/// offer, with room for the most offers the model's meetings can make. Beliefs not recorded (after a war began) are NaN.
/// </remarks>
internal sealed class OutcomeRowLayout
{
    /// <summary>The row layout of <paramref name="model"/>'s replicates.</summary>
    public OutcomeRowLayout(CompiledModel model)
    {
        int p = model.Parties, n = model.Items, m = model.Meetings;
        Parties = p; Items = n; Meetings = m;
        BeliefPairs = model.BeliefPairs;
        TracksVetoes = model.TracksVetoes;
        Blocs = model.TracksVetoes ? model.Blocs : 0;
        int at = 0;
        int Take(int count) { int s = at; at += count; return s; }
        Ending = Take(1);
        MeetingsHeld = Take(1);
        AnyAgreement = Take(1);
        Escalation = Take(1);
        EscalatedAt = Take(1);
        WarPrevailed = Take(1);
        BargainingRange = Take(1);
        Misperceived = Take(1);
        NashDistance = Take(1);
        NashProductRatio = Take(1);
        ParetoDominated = Take(1);
        NashFound = Take(1);
        ParetoGap = Take(1);
        ItemAgreed = Take(n);
        ItemRound = Take(n);
        ItemMeeting = Take(n);
        ItemValue = Take(n);
        ItemCompromise = Take(n);
        ItemNash = Take(n);
        PartyUtility = Take(p);
        PartyStatusQuoUtility = Take(p);
        PartyWalkedOut = Take(p);
        PartyEscalated = Take(p);
        PartyOutsideOption = Take(p);
        PartyVetoed = Take(p);
        PartyResolute = Take(p);
        MeetingReached = Take(m);
        MeetingDeclined = Take(m);
        MeetingHeld = Take(m);
        MeetingAgreement = Take(m);
        MeetingWalkout = Take(m);
        MeetingRounds = Take(m);
        MeetingLinkageBlocked = Take(m);
        MeetingVetoes = Take(TracksVetoes ? m * p : 0);
        BlocJudged = Take(Blocs);
        BlocSplits = Take(Blocs);
        Fixed = at;
        Beliefs = Take(BeliefPairs * (m + 1));
        OfferCount = Take(1);
        int capacity = 0;
        for (int k = 0; k < m; k++)
        {
            int agenda = model.AgendaStart[k + 1] - model.AgendaStart[k];
            int sides = Math.Max(1, model.SideStart[k + 1] - model.SideStart[k]);
            // Every side offers on every unit item in every round at most; the expected-utility model adds its round 0.
            capacity += (model.Rounds[k] + 1) * agenda * sides;
        }
        OfferCapacity = capacity;
        Offers = Take(capacity);
        Width = at;
    }

    /// <summary>Doubles per row.</summary>
    public readonly int Width;
    /// <summary>The part of the row every replicate overwrites or zeroes: everything before the beliefs.</summary>
    public readonly int Fixed;
    public readonly int Parties, Items, Meetings, BeliefPairs, Blocs;
    public readonly bool TracksVetoes;

    /// <summary>How the sequence ended: the <c>Ending</c> enum's value.</summary>
    public readonly int Ending;
    public readonly int MeetingsHeld;
    public readonly int AnyAgreement;
    /// <summary>Whether war began, before a meeting or at the final decision (§13.3).</summary>
    public readonly int Escalation;
    /// <summary>Where war began: before meeting m (m), at the final decision (Meetings), or −1.</summary>
    public readonly int EscalatedAt;
    public readonly int WarPrevailed;
    public readonly int BargainingRange;
    /// <summary>Whether some belief favoured the wrong type at a table or at the decision for war (§14.5).</summary>
    public readonly int Misperceived;
    public readonly int NashDistance;
    /// <summary>The Nash product ratio, or −1 where it is undefined (§7).</summary>
    public readonly int NashProductRatio;
    public readonly int ParetoDominated;
    public readonly int NashFound;
    public readonly int ParetoGap;

    /// <summary>Per item: agreed (0/1), the round (1-based, 0 if not agreed), the meeting (−1 if not agreed), the final value.</summary>
    public readonly int ItemAgreed, ItemRound, ItemMeeting, ItemValue;
    /// <summary>Per item: the compromise model's and the Nash bargaining solution's value (§7).</summary>
    public readonly int ItemCompromise, ItemNash;

    /// <summary>Per party: final utility (unclamped), utility of the initial status quo, walked out, escalated.</summary>
    public readonly int PartyUtility, PartyStatusQuoUtility, PartyWalkedOut, PartyEscalated;
    /// <summary>Per party: its outside option at the last escalation decision (where it has one), vetoed some offer (§15.5), resolute (§14).</summary>
    public readonly int PartyOutsideOption, PartyVetoed, PartyResolute;

    /// <summary>Per meeting: reached, declined, held, agreed something, ended in a walkout (0/1), rounds played, blocked by a linkage.</summary>
    public readonly int MeetingReached, MeetingDeclined, MeetingHeld, MeetingAgreement, MeetingWalkout, MeetingRounds, MeetingLinkageBlocked;
    /// <summary>[meeting, party]: negotiations of the meeting in which the party vetoed some offer (§15.5).</summary>
    public readonly int MeetingVetoes;
    /// <summary>Per bloc: offers its counting members judged, and those on which they split (§15.5).</summary>
    public readonly int BlocJudged, BlocSplits;

    /// <summary>[pair, slot]: each observer–initiator pair's belief after the signal (slot 0) and after meeting m (slot m + 1); NaN where not reached (§14).</summary>
    public readonly int Beliefs;
    /// <summary>How many offers the list below holds.</summary>
    public readonly int OfferCount;
    /// <summary>The offers made, as trajectory cells.</summary>
    public readonly int Offers;
    /// <summary>Room for offers.</summary>
    public readonly int OfferCapacity;

    /// <summary>Appends an offer's trajectory cell to <paramref name="row"/>'s list (a full list is a bug in <see cref="OfferCapacity"/>, and throws).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddOffer(Span<double> row, int cell)
    {
        int count = (int)row[OfferCount];
        row[Offers + count] = cell;
        row[OfferCount] = count + 1;
    }

    /// <summary>Readies <paramref name="row"/> for a replicate: zeroes the fixed part and the offer count, and marks every belief unrecorded.</summary>
    public void Clear(Span<double> row)
    {
        row[..Fixed].Clear();
        row.Slice(Beliefs, OfferCount - Beliefs).Fill(double.NaN);
        row[OfferCount] = 0;
    }
}
