using NegotiationSim.Engine.Compilation;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// Scratch memory for one worker thread, sized once from a <see cref="CompiledModel"/> and reused for every
/// replicate the worker runs: the kernel allocates nothing. Arrays of primitives only.
/// </summary>
internal sealed class Workspace
{
    /// <summary>Scratch shaped for <paramref name="model"/>.</summary>
    public Workspace(CompiledModel model)
    {
        int p = model.Parties, n = model.Items, mp = model.MaxParticipants, ma = model.MaxAgenda;
        Parameters = new double[model.Layout.Count];
        Weight = new double[p * n];
        Ideal = new double[p * n];
        StatusQuo = new double[n];
        InitialStatusQuo = new double[n];
        Reservation = new double[p];
        Agreed = new bool[n];
        AgreedRound = new int[n];
        AgreedMeeting = new int[n];
        Utility = new double[p];
        StatusQuoUtility = new double[p];
        WalkedOut = new bool[p];
        Escalated = new bool[p];
        Compromise = new double[n];
        Nash = new double[n];
        NashUtility = new double[p];

        Unit = new int[ma];
        UnitSlot = new int[ma];
        LocalWeight = new double[2 * mp * ma];
        LocalIdeal = new double[2 * mp * ma];
        LocalRedLineMin = new double[2 * mp * ma];
        LocalRedLineMax = new double[2 * mp * ma];
        Floor = new double[mp];
        Indifferent = new bool[mp];
        Disagreement = new double[mp];
        InverseExponent = new double[mp];
        InitialConcession = new double[mp];
        ResponderUtility = new double[mp];
        Gap = new double[mp * ma];
        FullLoss = new double[mp * ma];
        ConcessionOrder = new int[mp * ma];
        Offer = new double[ma];
        EscalationUniform = new double[p];
        TableUtility = new double[p];
        TableOutsideOption = new double[p];
        OutsideOptionNow = new double[p];
        LinkageHolds = new bool[model.Linkages];
        AcceptanceThreshold = new double[mp];
        LocalStopMin = new double[2 * mp * ma];
        LocalStopMax = new double[2 * mp * ma];
        RangePoint = new double[n];
        SideOffer = new double[mp * ma];
        BestOnTable = new double[mp];
        AcceptedSides = new int[mp];
        RangeSlack = new double[p];
        RangeOutside = new double[p];
        Belief = new double[p * p];
        Resolute = new bool[p];
        Mobilised = new bool[p];
        TypeCost = new double[2 * p];
        TypeEscalation = new double[2 * p];
        EscalationSoFar = new double[2 * p];
        TableLottery = new double[p];
        NoDealWarOf = new double[p];
        PeaceFromOthers = new double[p];
        TypeFloor = new double[2 * mp];
        TypeRejectedMax = new double[2 * mp];
        TypeAcceptedMin = new double[2 * mp];
        TypeLikelihood = new double[2 * mp];
        Observed = new bool[mp];
        int blocs = model.Blocs;
        SideHasOffered = new bool[mp];
        SideAccepting = new double[mp];
        SideCapability = new double[mp];
        SideYes = new int[mp];
        Hazard = new double[mp];
        Fraction = new double[mp];
        FractionRound = new int[mp];
        SideNo = new int[mp];
        Refused = new bool[mp];
        VetoInUnit = new bool[mp];
        Vetoed = new bool[p];
        BlocCommon = new double[blocs * n];
        BlocWeight = new double[blocs * n];
        BlocSplits = new long[blocs];
        BlocJudged = new long[blocs];

        // The expected-utility protocol's scratch, only for scenarios that use it.
        if (model.ExpectedUtility.Any(x => x))
        {
            int rows = model.MaxRounds + 1;
            EuWorkspace = new Protocols.ExpectedUtility.ExpectedUtilityWorkspace(mp);
            EuCapability = new double[mp];
            EuPosition = new double[mp];
            EuSalience = new double[mp];
            EuPositions = new double[rows * mp];
            EuMedianVoter = new double[rows];
            EuWeightedMean = new double[rows];
            EuWeightedMedian = new double[rows];
        }
    }

    internal Protocols.ExpectedUtility.ExpectedUtilityWorkspace? EuWorkspace { get; }
    internal double[] EuCapability { get; } = [];
    internal double[] EuPosition { get; } = [];
    internal double[] EuSalience { get; } = [];
    internal double[] EuPositions { get; } = [];
    internal double[] EuMedianVoter { get; } = [];
    internal double[] EuWeightedMean { get; } = [];
    internal double[] EuWeightedMedian { get; } = [];

    // Replicate state.
    internal double[] Parameters { get; }
    internal double[] Weight { get; }
    internal double[] Ideal { get; }
    internal double[] StatusQuo { get; }
    internal double[] InitialStatusQuo { get; }
    internal double[] Reservation { get; }
    internal bool[] Agreed { get; }
    internal int[] AgreedRound { get; }
    internal int[] AgreedMeeting { get; }
    internal double[] Utility { get; }
    internal double[] StatusQuoUtility { get; }
    internal bool[] WalkedOut { get; }
    internal bool[] Escalated { get; }
    internal double[] Compromise { get; }
    internal double[] Nash { get; }
    internal double[] NashUtility { get; }
    internal double NashDistance { get; set; }
    internal double NashProductRatio { get; set; }
    internal bool NashFound { get; set; }
    internal bool ParetoDominated { get; set; }
    internal double ParetoGap { get; set; }

    // One negotiation (a package, or one item), indexed [participant, unit item] or [side, unit item].
    internal int[] Unit { get; }
    internal int[] UnitSlot { get; }
    internal double[] LocalWeight { get; }
    internal double[] LocalIdeal { get; }
    internal double[] LocalRedLineMin { get; }
    internal double[] LocalRedLineMax { get; }
    internal double[] Floor { get; }
    internal bool[] Indifferent { get; }
    internal double[] Disagreement { get; }
    internal double[] InverseExponent { get; }
    internal double[] InitialConcession { get; }
    internal double[] ResponderUtility { get; }
    internal double[] Gap { get; }
    internal double[] FullLoss { get; }
    internal int[] ConcessionOrder { get; }
    internal double[] Offer { get; }

    // The shadow of war (docs/model.md §13), per replicate.
    /// <summary>Each party's resolve uniform for every escalation decision of the replicate (§13.3).</summary>
    internal double[] EscalationUniform { get; }
    /// <summary>Each party's utility of the current status quo, with bloc-adjusted ideals, at the current negotiation.</summary>
    internal double[] TableUtility { get; }
    /// <summary>Each party's outside option at the current negotiation (§13.2).</summary>
    internal double[] TableOutsideOption { get; }
    /// <summary>Each party's outside option at the last escalation decision (own ideals), for the summary.</summary>
    internal double[] OutsideOptionNow { get; }
    /// <summary>Probability that no deal at the current negotiation leads to war (eq. 30).</summary>
    internal double NoDealWar { get; set; }
    /// <summary>Whether each declared linkage holds in this replicate (§13.4).</summary>
    internal bool[] LinkageHolds { get; }
    /// <summary>Per participant: its logistic acceptance threshold for the whole negotiation (§13.5).</summary>
    internal double[] AcceptanceThreshold { get; }
    /// <summary>Per participant and unit item: the status-quo bound on its own offers (§13.6).</summary>
    internal double[] LocalStopMin { get; }
    internal double[] LocalStopMax { get; }
    /// <summary>Where war started: before meeting m (m), at the final decision (Meetings), or −1 for no war.</summary>
    internal int EscalatedAt { get; set; }
    /// <summary>Whether a war was fought and its initiators prevailed.</summary>
    internal bool WarPrevailed { get; set; }
    /// <summary>Scratch of the bargaining-range search: the point, each party's utility minus its war payoff there, the war payoffs.</summary>
    internal double[] RangePoint { get; }
    /// <summary>Simultaneous offers (§13.5): each side's offer of the round, the best other sides' offer per participant, the accepted sides.</summary>
    internal double[] SideOffer { get; }
    internal double[] BestOnTable { get; }
    internal int[] AcceptedSides { get; }
    internal double[] RangeSlack { get; }
    internal double[] RangeOutside { get; }

    // Private information (docs/model.md §14), per replicate. Index 2k is the resolute type, 2k + 1 the irresolute.
    /// <summary>[observer, initiator]: the observer's current belief that the initiator is resolute.</summary>
    internal double[] Belief { get; }
    /// <summary>Per party: its true type in this replicate (resolute or not).</summary>
    internal bool[] Resolute { get; }
    /// <summary>Per party: whether it mobilised (the signal).</summary>
    internal bool[] Mobilised { get; }
    /// <summary>[initiator, type]: the cost of war of each type.</summary>
    internal double[] TypeCost { get; }
    /// <summary>[initiator, type]: each type's probability of starting the war if no deal is made (eq. 30's terms), at the current table.</summary>
    internal double[] TypeEscalation { get; }
    /// <summary>[initiator, type]: the largest escalation probability met at the decisions so far (eq. 33), for the likelihood of "no war yet".</summary>
    internal double[] EscalationSoFar { get; }
    /// <summary>Per party: its war lottery's value before its cost, at the current table.</summary>
    internal double[] TableLottery { get; }
    /// <summary>Per party: the probability that no deal leads to war, as that party believes it (eq. 30 under beliefs).</summary>
    internal double[] NoDealWarOf { get; }
    /// <summary>Per party: the probability, as it believes, that no initiator other than itself starts the war if no deal is made.</summary>
    internal double[] PeaceFromOthers { get; }
    /// <summary>[participant, type]: a typed initiator's floor under each type, at the current negotiation.</summary>
    internal double[] TypeFloor { get; }
    /// <summary>[participant, type]: the largest U − α among the offers it rejected, the smallest among those it accepted.</summary>
    internal double[] TypeRejectedMax { get; }
    internal double[] TypeAcceptedMin { get; }
    /// <summary>[participant, type]: the likelihood of its responses so far, with a fresh coin per offer.</summary>
    internal double[] TypeLikelihood { get; }
    /// <summary>Per participant: whether one of its responses was observed in the current negotiation.</summary>
    internal bool[] Observed { get; }
    /// <summary>Whether some observer's belief favoured the wrong type at a table or at the decision for war so far (§14.5).</summary>
    internal bool MisperceivedSoFar { get; set; }

    // The alliance as its members (docs/model.md §15). The Local* rows past the participants' hold each side's common offer.
    /// <summary>Per side: whether it has made an offer in the current negotiation (its latest is in <see cref="SideOffer"/>), for a mediator.</summary>
    internal bool[] SideHasOffered { get; }
    /// <summary>Per side (weighted rule): the capability of its members accepting the offer judged, and of all its present members.</summary>
    internal double[] SideAccepting { get; }
    internal double[] SideCapability { get; }
    /// <summary>Per side: how many of its counting members accepted and refused the offer just judged (for splits, §15.5).</summary>
    internal int[] SideYes { get; }
    /// <summary>Per participant: its walkout chance per round in the current negotiation (eq. 16, §13.5).</summary>
    internal double[] Hazard { get; }
    /// <summary>Per participant: its concession fraction F(τ) at round <see cref="FractionRound"/> of the current negotiation (−1: none yet).</summary>
    internal double[] Fraction { get; }
    internal int[] FractionRound { get; }
    internal int[] SideNo { get; }
    /// <summary>Per participant: whether it refused the offer just judged.</summary>
    internal bool[] Refused { get; }
    /// <summary>Per participant: whether its refusal alone kept an offer of the current negotiation from agreement (§15.5).</summary>
    internal bool[] VetoInUnit { get; }
    /// <summary>Per party: whether it vetoed some offer in this replicate.</summary>
    internal bool[] Vetoed { get; }
    /// <summary>[bloc, item]: the members' common position (eq. 5) and the bloc's capability-weighted salience (eq. 41).</summary>
    internal double[] BlocCommon { get; }
    internal double[] BlocWeight { get; }
    /// <summary>Per bloc, this replicate: offers its members judged, and those on which they split (§15.5).</summary>
    internal long[] BlocSplits { get; }
    internal long[] BlocJudged { get; }
}
