using NegotiationSim.Engine.Sampling;
using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Engine.Compilation;

/// <summary>
/// A <see cref="Scenario"/> compiled once into flat arrays for the replicate kernel: the parameter vector
/// (fixed values plus one sampler slot per uncertain parameter), and the fixed structure of parties,
/// blocs, red lines and meetings. Immutable; shared read-only by all worker threads.
/// </summary>
public sealed class CompiledModel
{
    /// <summary>Compiles a validated scenario.</summary>
    public CompiledModel(Scenario scenario)
    {
        Scenario = scenario;
        int p = scenario.Parties.Count, n = scenario.Items.Count, b = scenario.Blocs.Count;
        Parties = p; Items = n; Meetings = scenario.Meetings.Count;
        LossExponent = scenario.LossExponent;
        var linkages = scenario.Parties.SelectMany((pt, a) => (pt.Linkages ?? []).Select(l => (Party: a, Linkage: l))).ToArray();
        var types = scenario.War?.Types;
        HasTypes = types is { Count: > 0 };
        Layout = new ParameterTable(p, n, b, linkages.Length, HasTypes);
        var rules = scenario.BargainingInForce;
        RandomProposer = rules.Proposer == Scenarios.ProposerRule.Random;
        SimultaneousOffers = rules.Proposer == Scenarios.ProposerRule.Simultaneous;
        AcceptancePerNegotiation = rules.Acceptance == Scenarios.AcceptanceNoise.PerNegotiation;
        ShadowOfWar = rules.ShadowOfWar;
        OffersStopAtStatusQuo = rules.OffersStopAtStatusQuo;
        BaseParameters = new double[Layout.Count];

        var itemIndex = scenario.Items.Select((it, i) => (it.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var partyIndex = scenario.Parties.Select((pt, i) => (pt.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var slots = new List<SamplerSpec>();
        var slotTarget = new List<int>();
        var slotKey = new List<ulong>();
        var slotPath = new List<string>();
        var slotMin = new List<double>();
        var slotMax = new List<double>();
        var choices = new List<double>();

        // Each parameter's stream key is derived from its path, so that two variants of a scenario draw the
        // same numbers for the parameters they share (common random numbers), whatever else they change.
        void Set(int index, Distribution d, string path, double min, double max)
        {
            BaseParameters[index] = Math.Clamp(d.Mean, min, max);
            if (d.IsFixed) return;
            slots.Add(Samplers.Compile(d, choices));
            slotTarget.Add(index);
            slotKey.Add(RandomStream.KeyOf(path));
            slotPath.Add(path);
            slotMin.Add(min);
            slotMax.Add(max);
        }

        for (int i = 0; i < n; i++)
            Set(Layout.StatusQuo + i, scenario.Items[i].StatusQuo, $"items.{scenario.Items[i].Id}.statusQuo", 0, 1);

        RedLineMin = new double[p * n];
        RedLineMax = new double[p * n];
        HasOutsideOption = new bool[p];
        FixedOutsideOption = new bool[p];
        HasWalkoutRate = new bool[p];
        Tradeable = new bool[p * n];
        var war = scenario.War;
        HasWar = war is not null;
        for (int a = 0; a < p; a++)
        {
            var party = scenario.Parties[a];
            string at = $"parties.{party.Id}";
            for (int i = 0; i < n; i++)
            {
                int k = a * n + i;
                if (party.Positions.TryGetValue(scenario.Items[i].Id, out var pos))
                {
                    Set(Layout.Ideal + k, pos.Ideal, $"{at}.positions.{scenario.Items[i].Id}.ideal", 0, 1);
                    Set(Layout.Salience + k, pos.Salience, $"{at}.positions.{scenario.Items[i].Id}.salience", 0, double.MaxValue);
                    RedLineMin[k] = pos.RedLine.Min;
                    RedLineMax[k] = pos.RedLine.Max;
                    Tradeable[k] = pos.Tradeable;
                }
                else
                {
                    // No stance: indifferent. Its ideal is irrelevant with salience 0; the status quo keeps targets sensible.
                    BaseParameters[Layout.Ideal + k] = BaseParameters[Layout.StatusQuo + i];
                    BaseParameters[Layout.Salience + k] = 0;
                    RedLineMin[k] = 0;
                    RedLineMax[k] = 1;
                }
            }
            Set(Layout.Capability + a, party.Capability, $"{at}.capability", 0, double.MaxValue);
            Set(Layout.Reservation + a, party.ReservationUtility, $"{at}.reservationUtility", 0, 1);
            Set(Layout.ConcessionExponent + a, party.Concession.Exponent, $"{at}.concession.exponent", 1e-6, 1e6);
            Set(Layout.InitialConcession + a, party.Concession.Initial, $"{at}.concession.initial", 0, 1);
            Set(Layout.AcceptanceTemperature + a, party.AcceptanceTemperature, $"{at}.acceptanceTemperature", 0, double.MaxValue);
            Set(Layout.WalkoutHazard + a, party.WalkoutHazard, $"{at}.walkoutHazard", 0, 1);
            Set(Layout.Attendance + a, party.Attendance, $"{at}.attendance", 0, 1);
            Set(Layout.TrustSensitivity + a, party.TrustSensitivity, $"{at}.trustSensitivity", 0, double.MaxValue);
            Set(Layout.Hardening + a, party.Hardening, $"{at}.hardening", -1, 1);
            if (party.OutsideOption is { } outside)
            {
                HasOutsideOption[a] = FixedOutsideOption[a] = true;
                Set(Layout.OutsideOption + a, outside, $"{at}.outsideOption", 0, 1);
            }
            else if (war is not null)
            {
                // With a war described, every party's outside option is computed from it (§13.1).
                HasOutsideOption[a] = true;
            }
            if (party.WalkoutRate is { } rate)
            {
                HasWalkoutRate[a] = true;
                Set(Layout.WalkoutRate + a, rate, $"{at}.walkoutRate", 0, double.MaxValue);
            }
            if (war is not null && war.Costs.TryGetValue(party.Id, out var cost))
                Set(Layout.WarCost + a, cost, $"war.costs.{party.Id}", 0, double.MaxValue);
        }

        BlocOf = Enumerable.Repeat(-1, p).ToArray();
        BlocRuleIsLeader = new bool[b];
        for (int k = 0; k < b; k++)
        {
            var bloc = scenario.Blocs[k];
            Set(Layout.Cohesion + k, bloc.Cohesion, $"blocs.{bloc.Id}.cohesion", 0, 1);
            BlocRuleIsLeader[k] = bloc.Rule == BlocRule.Leader;
            foreach (var member in bloc.Members) BlocOf[partyIndex[member]] = k;
        }
        // §15: which blocs form a common offer, who mediates, and on which items whose consent is needed.
        BlocCommonOffer = scenario.Blocs.Select(x => x.Offer == BlocOffer.Common).ToArray();
        AnyCommonOffer = BlocCommonOffer.Any(x => x);
        Mediator = scenario.Parties.Select(x => x.Mediator).ToArray();
        ConsentOn = new bool[p * n];
        for (int a = 0; a < p; a++)
            foreach (var id in scenario.Parties[a].Consent ?? [])
                ConsentOn[a * n + itemIndex[id]] = true;

        Set(Layout.TrustInitial, scenario.Trust.Initial, "trust.initial", 0, 1);
        Set(Layout.TrustGain, scenario.Trust.GainOnAgreement, "trust.gainOnAgreement", 0, 1);
        Set(Layout.TrustLossOnFailure, scenario.Trust.LossOnFailure, "trust.lossOnFailure", 0, 1);
        Set(Layout.TrustLossOnWalkout, scenario.Trust.LossOnWalkout, "trust.lossOnWalkout", 0, 1);
        Set(Layout.EscalationTemperature, scenario.Rules.EscalationTemperature, "escalation.temperature", 1e-9, double.MaxValue);

        // The war lottery (§13.1): who can start it, the dated chance of prevailing, and the state of the world after it.
        CanEscalate = new bool[p];
        WarSetsPrevails = new bool[n];
        WarSetsFails = new bool[n];
        WarStartDay = WarEndDay = double.NaN;
        if (war is not null)
        {
            foreach (var id in war.Initiators) CanEscalate[partyIndex[id]] = true;
            Set(Layout.WarPrevailsStart, war.Prevails.Start, "war.prevails.start", 0, 1);
            Set(Layout.WarPrevailsEnd, war.Prevails.End, "war.prevails.end", 0, 1);
            if (war.Prevails.StartDate is { } from && war.Prevails.EndDate is { } to)
            {
                WarStartDay = from.DayNumber;
                WarEndDay = to.DayNumber;
            }
            for (int i = 0; i < n; i++)
            {
                string item = scenario.Items[i].Id;
                if (war.IfPrevails.TryGetValue(item, out var won))
                {
                    WarSetsPrevails[i] = true;
                    Set(Layout.WarIfPrevails + i, won, $"war.ifPrevails.{item}", 0, 1);
                }
                if (war.IfFails.TryGetValue(item, out var lost))
                {
                    WarSetsFails[i] = true;
                    Set(Layout.WarIfFails + i, lost, $"war.ifFails.{item}", 0, 1);
                }
            }
        }
        else
        {
            for (int a = 0; a < p; a++) CanEscalate[a] = HasOutsideOption[a];
        }

        // Linkages (§13.4): whose, on which items, and each its own stream for whether it holds.
        Linkages = linkages.Length;
        LinkageParty = new int[Linkages];
        LinkageItems = new bool[Linkages * n];
        LinkageOn = new bool[Linkages * n];
        LinkageKey = new ulong[Linkages];
        for (int l = 0; l < Linkages; l++)
        {
            var (a, linkage) = linkages[l];
            int ordinal = linkages.Take(l).Count(x => x.Party == a);
            string at = $"parties.{scenario.Parties[a].Id}.linkage.{ordinal}";
            LinkageParty[l] = a;
            foreach (var id in linkage.Items) LinkageItems[l * n + itemIndex[id]] = true;
            foreach (var id in linkage.On) LinkageOn[l * n + itemIndex[id]] = true;
            Set(Layout.LinkageHolds + l, linkage.Holds, at + ".holds", 0, 1);
            LinkageKey[l] = RandomStream.KeyOf(at);
        }
        // Private types and beliefs (§14): per typed initiator, nature's prior, the irresolute's extra cost, the signal,
        // and every other party's prior belief; each initiator's type and signal come from its own stream.
        Typed = new bool[p];
        TypeKnown = new bool[p];
        HasSignal = new bool[p];
        BeliefFromTrust = new bool[p * p];
        BeliefFromPrior = new bool[p * p];
        TypeKey = new ulong[p];
        var pairObserver = new List<int>();
        var pairInitiator = new List<int>();
        if (HasTypes)
        {
            for (int k = 0; k < p; k++)
            {
                var id = scenario.Parties[k].Id;
                if (!types!.TryGetValue(id, out var type)) continue;
                Typed[k] = true;
                TypeKnown[k] = type.Known;
                string at = $"war.types.{id}";
                TypeKey[k] = RandomStream.KeyOf(at);
                Set(Layout.TypePrior + k, type.PriorResolute, at + ".priorResolute", 0, 1);
                Set(Layout.TypeExtraCost + k, type.ExtraCost, at + ".extraCost", 0, double.MaxValue);
                if (type.MobilisesIfResolute is { } r && type.MobilisesIfIrresolute is { } ir)
                {
                    HasSignal[k] = true;
                    Set(Layout.MobilisesIfResolute + k, r, at + ".mobilises.resolute", 0, 1);
                    Set(Layout.MobilisesIfIrresolute + k, ir, at + ".mobilises.irresolute", 0, 1);
                }
                for (int a = 0; a < p; a++)
                {
                    if (a == k) continue;
                    pairObserver.Add(a);
                    pairInitiator.Add(k);
                    if (type.Beliefs.TryGetValue(scenario.Parties[a].Id, out var belief))
                        Set(Layout.BeliefPrior + a * p + k, belief, $"{at}.beliefs.{scenario.Parties[a].Id}", 0, 1);
                    else if (type.BeliefsFromTrust)
                        BeliefFromTrust[a * p + k] = true;
                    else
                        BeliefFromPrior[a * p + k] = true; // the common prior: the same draw, no slot of its own
                }
            }
        }
        PairObserver = pairObserver.ToArray();
        PairInitiator = pairInitiator.ToArray();

        EscalationDay = scenario.Rules.EscalationDate is { } decision ? decision.DayNumber
            : scenario.Meetings.LastOrDefault(x => x.Date is not null)?.Date?.DayNumber ?? double.NaN;

        Slots = slots.ToArray();
        SlotTarget = slotTarget.ToArray();
        SlotKey = slotKey.ToArray();
        UncertainParameterPaths = slotPath.ToArray();
        SlotMin = slotMin.ToArray();
        SlotMax = slotMax.ToArray();
        LookupTable = choices.ToArray();

        // Meetings, flattened. Sides: a bloc's participating members form one side, led by the member
        // with the highest (mean) capability; every other participant is a side of its own.
        var participants = new List<int>();
        var sideOf = new List<int>();
        var sideLeader = new List<int>();
        var sideIsLeaderRule = new List<bool>();
        var sideRule = new List<SideRule>();
        var sideThreshold = new List<double>();
        var sideBloc = new List<int>();
        var sideRedLineMin = new List<double>();
        var sideRedLineMax = new List<double>();
        var silent = new List<bool>();
        var agenda = new List<int>();
        ParticipantStart = new int[Meetings + 1];
        SilentStart = new int[Meetings];
        SideStart = new int[Meetings + 1];
        AgendaStart = new int[Meetings + 1];
        Rounds = new int[Meetings];
        Day = new double[Meetings];
        Hours = new double[Meetings];
        Written = new bool[Meetings];
        ProposerKey = new ulong[Meetings];
        ItemByItem = new bool[Meetings];
        ExpectedUtility = new bool[Meetings];
        MeetingKey = new ulong[Meetings];
        AttendanceKey = new ulong[Meetings];
        TrajectoryStart = new int[Meetings + 1];
        var lnTau = new List<double>();
        LnTauStart = new int[Meetings];
        for (int m = 0; m < Meetings; m++)
        {
            var meeting = scenario.Meetings[m];
            ParticipantStart[m] = participants.Count;
            SideStart[m] = sideLeader.Count;
            AgendaStart[m] = agenda.Count;
            var sideByBloc = new Dictionary<int, int>();
            var ids = meeting.Participants.Select(id => partyIndex[id]).ToArray();
            foreach (int a in ids)
            {
                int local = participants.Count - ParticipantStart[m];
                participants.Add(a);
                int bloc = BlocOf[a];
                int blocMembersHere = bloc < 0 ? 0 : ids.Count(x => BlocOf[x] == bloc);
                if (blocMembersHere >= 2 && sideByBloc.TryGetValue(bloc, out int side))
                {
                    sideOf.Add(side);
                    int leader = sideLeader[SideStart[m] + side];
                    if (BaseParameters[Layout.Capability + a] > BaseParameters[Layout.Capability + participants[ParticipantStart[m] + leader]])
                        sideLeader[SideStart[m] + side] = local;
                    continue;
                }
                int newSide = sideLeader.Count - SideStart[m];
                if (blocMembersHere >= 2) sideByBloc[bloc] = newSide;
                sideOf.Add(newSide);
                silent.Add(false);
                sideLeader.Add(local);
                sideIsLeaderRule.Add(blocMembersHere >= 2 && BlocRuleIsLeader[bloc]);
                var rule = blocMembersHere < 2 ? (Mediator[a] ? SideRule.Mediator : SideRule.Consensus)
                    : scenario.Blocs[bloc].Rule switch { BlocRule.Leader => SideRule.Leader, BlocRule.Weighted => SideRule.Weighted, _ => SideRule.Consensus };
                sideRule.Add(rule);
                sideThreshold.Add(blocMembersHere >= 2 ? scenario.Blocs[bloc].Threshold : 1);
                sideBloc.Add(blocMembersHere >= 2 ? bloc : -1);
            }
            // §15.2: a bloc side offering in common stays inside every present member's red lines (the leader's when
            // the members' red lines leave nothing in common on an item).
            for (int s = SideStart[m]; s < sideLeader.Count; s++)
            {
                for (int i = 0; i < n; i++)
                {
                    double lo = 0, hi = 1;
                    for (int j = ParticipantStart[m]; j < participants.Count; j++)
                    {
                        if (sideOf[j] != s - SideStart[m]) continue;
                        lo = Math.Max(lo, RedLineMin[participants[j] * n + i]);
                        hi = Math.Min(hi, RedLineMax[participants[j] * n + i]);
                    }
                    if (lo > hi)
                    {
                        int leader = participants[ParticipantStart[m] + sideLeader[s]];
                        lo = RedLineMin[leader * n + i]; hi = RedLineMax[leader * n + i];
                    }
                    sideRedLineMin.Add(lo);
                    sideRedLineMax.Add(hi);
                }
            }
            // §15.3: stakeholders whose consent an item on the agenda needs judge every offer even when absent. They
            // come last, so that the draws of those present (attendance, acceptance) are those of a scenario without them.
            SilentStart[m] = participants.Count;
            if (meeting.Protocol == ProtocolKind.AlternatingOffers)
            {
                for (int a = 0; a < p; a++)
                {
                    if (ids.Contains(a)) continue;
                    bool needed = false;
                    foreach (var id in meeting.Items) needed |= ConsentOn[a * n + itemIndex[id]];
                    if (!needed) continue;
                    participants.Add(a);
                    sideOf.Add(-1);
                    silent.Add(true);
                }
            }
            foreach (var id in meeting.Items) agenda.Add(itemIndex[id]);
            // A written exchange is one offer and one reply, both considered positions (τ = 1), §13.7.
            Written[m] = meeting.Format == Scenarios.MeetingFormat.Written;
            int rounds = Written[m] ? 2 : meeting.Rounds;
            Rounds[m] = rounds;
            Day[m] = meeting.Date is { } date ? date.DayNumber : double.NaN;
            Hours[m] = meeting.Hours ?? double.NaN;
            ProposerKey[m] = RandomStream.KeyOf("proposer." + meeting.Id);
            ItemByItem[m] = meeting.Settlement == Settlement.ItemByItem;
            ExpectedUtility[m] = meeting.Protocol == ProtocolKind.ExpectedUtility;
            MeetingKey[m] = RandomStream.KeyOf("meeting." + meeting.Id);
            AttendanceKey[m] = RandomStream.KeyOf("attendance." + meeting.Id);
            TrajectoryStart[m + 1] = TrajectoryStart[m] + rounds * meeting.Items.Count * OfferBins;
            // ln τ per round, so the kernel's τ^(1/e) is one exp: ln 0 = −∞ gives exactly 0, and a one-round meeting has τ = 1.
            LnTauStart[m] = lnTau.Count;
            for (int t = 0; t < rounds; t++) lnTau.Add(rounds > 1 && !Written[m] ? Math.Log((double)t / (rounds - 1)) : 0);
        }
        ParticipantStart[Meetings] = participants.Count;
        SideStart[Meetings] = sideLeader.Count;
        AgendaStart[Meetings] = agenda.Count;
        Participants = participants.ToArray();
        SideOf = sideOf.ToArray();
        SideLeader = sideLeader.ToArray();
        SideIsLeaderRule = sideIsLeaderRule.ToArray();
        SideRules = sideRule.ToArray();
        SideThreshold = sideThreshold.ToArray();
        SideBloc = sideBloc.ToArray();
        SideRedLineMin = sideRedLineMin.ToArray();
        SideRedLineMax = sideRedLineMax.ToArray();
        Silent = silent.ToArray();
        HasMediatorSide = sideRule.Contains(SideRule.Mediator);
        HasWeightedSide = sideRule.Contains(SideRule.Weighted);
        // Vetoes (§15.5) can be told apart only when judging an offer costs no draw: one acceptance threshold per negotiation.
        TracksVetoes = AcceptancePerNegotiation;
        Blocs = scenario.Blocs.Count;
        EndOnDecline = scenario.Rules.EndOnDecline;
        EndOnWalkout = scenario.Rules.EndOnWalkout;
        Agenda = agenda.ToArray();
        LnTau = lnTau.ToArray();
        EscalationKey = RandomStream.KeyOf("escalation");
        MaxParticipants = Enumerable.Range(0, Meetings).Max(m => ParticipantStart[m + 1] - ParticipantStart[m]);
        MaxAgenda = Enumerable.Range(0, Meetings).Max(m => AgendaStart[m + 1] - AgendaStart[m]);
    }

    /// <summary>Bins of the offer histograms behind the per-round quantile bands.</summary>
    public const int OfferBins = 50;

    /// <summary>
    /// The counter, within the accumulator's offer region, for value <paramref name="x"/> ∈ [0, 1] on the table for the
    /// item in agenda slot <paramref name="slot"/> of meeting <paramref name="meeting"/> at round <paramref name="round"/> (0-based).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int OfferCell(int meeting, int round, int slot, double x)
    {
        int bin = (int)(x * OfferBins);
        if (bin >= OfferBins) bin = OfferBins - 1;
        else if (bin < 0) bin = 0;
        int agendaLength = AgendaStart[meeting + 1] - AgendaStart[meeting];
        return TrajectoryStart[meeting] + (round * agendaLength + slot) * OfferBins + bin;
    }

    /// <summary>The scenario this was compiled from.</summary>
    public Scenario Scenario { get; }
    /// <summary>Number of parties.</summary>
    public int Parties { get; }
    /// <summary>Number of agenda items.</summary>
    public int Items { get; }
    /// <summary>Number of meetings.</summary>
    public int Meetings { get; }
    /// <summary>k in the utility's loss term.</summary>
    public int LossExponent { get; }
    /// <summary>Where each parameter lives in the vector.</summary>
    internal ParameterTable Layout { get; }
    /// <summary>Number of uncertain parameters.</summary>
    public int UncertainParameters => Slots.Length;

    /// <summary>
    /// The setting path of each uncertain parameter (e.g. "parties.russia.outsideOption"), in slot order: the order of
    /// <c>ReplicateBatch.Parameter</c> and of the sampled-parameter columns of per-replicate tables.
    /// </summary>
    public IReadOnlyList<string> UncertainParameterPaths { get; }

    internal double[] BaseParameters { get; }
    internal SamplerSpec[] Slots { get; }
    internal int[] SlotTarget { get; }
    internal ulong[] SlotKey { get; }
    internal double[] SlotMin { get; }
    internal double[] SlotMax { get; }
    internal double[] LookupTable { get; }
    internal double[] RedLineMin { get; }
    internal double[] RedLineMax { get; }
    internal bool[] HasOutsideOption { get; }
    internal int[] BlocOf { get; }
    internal bool[] BlocRuleIsLeader { get; }
    internal int[] ParticipantStart { get; }
    internal int[] Participants { get; }
    internal int[] SideStart { get; }
    internal int[] SideOf { get; }
    internal int[] SideLeader { get; }
    internal bool[] SideIsLeaderRule { get; }
    /// <summary>Per side: how its acceptance is decided, or that it mediates (§15).</summary>
    internal SideRule[] SideRules { get; }
    /// <summary>Per side: the share of its present members' capability that must accept (weighted rule, §15.1).</summary>
    internal double[] SideThreshold { get; }
    /// <summary>Per side: its bloc, or −1 for a party on its own.</summary>
    internal int[] SideBloc { get; }
    /// <summary>[side, item]: the intersection of the side's members' red lines (§15.2).</summary>
    internal double[] SideRedLineMin { get; }
    internal double[] SideRedLineMax { get; }
    /// <summary>Per participant slot: an absent stakeholder whose consent the agenda needs (§15.3); such slots come last in a meeting.</summary>
    internal bool[] Silent { get; }
    /// <summary>Per meeting: where its absent stakeholders start in <see cref="Participants"/>.</summary>
    internal int[] SilentStart { get; }
    /// <summary>Per bloc: whether it offers the members' common position (§15.2).</summary>
    internal bool[] BlocCommonOffer { get; }
    internal bool AnyCommonOffer { get; }
    /// <summary>Per party: a mediator (§15.4).</summary>
    internal bool[] Mediator { get; }
    /// <summary>[party, item]: no agreement on the item without the party's acceptance (§15.3).</summary>
    internal bool[] ConsentOn { get; }
    internal bool HasMediatorSide { get; }
    internal bool HasWeightedSide { get; }
    /// <summary>Whether every counting responder's decision is known for every offer, so that vetoes and splits are recorded (§15.5).</summary>
    internal bool TracksVetoes { get; }
    /// <summary>Blocs declared in the scenario.</summary>
    internal int Blocs { get; }
    /// <summary>Whether a declined meeting ends the sequence (docs/model.md §8).</summary>
    internal bool EndOnDecline { get; }
    /// <summary>Whether a walkout ends the sequence (docs/model.md §8).</summary>
    internal bool EndOnWalkout { get; }
    internal int[] AgendaStart { get; }
    internal int[] Agenda { get; }
    internal int[] Rounds { get; }
    internal bool[] ItemByItem { get; }
    internal bool[] ExpectedUtility { get; }
    internal int MaxRounds => Rounds.Length == 0 ? 1 : Rounds.Max();
    internal ulong[] MeetingKey { get; }
    internal ulong[] AttendanceKey { get; }
    internal ulong EscalationKey { get; }
    internal int[] TrajectoryStart { get; }
    internal int[] LnTauStart { get; }
    internal double[] LnTau { get; }
    internal int MaxParticipants { get; }
    internal bool RandomProposer { get; }
    internal bool SimultaneousOffers { get; }
    internal bool AcceptancePerNegotiation { get; }
    internal bool ShadowOfWar { get; }
    internal bool OffersStopAtStatusQuo { get; }
    internal bool[] FixedOutsideOption { get; }
    internal bool[] HasWalkoutRate { get; }
    internal bool[] Tradeable { get; }
    internal bool HasWar { get; }
    internal bool[] CanEscalate { get; }
    internal bool[] WarSetsPrevails { get; }
    internal bool[] WarSetsFails { get; }
    internal double WarStartDay { get; }
    internal double WarEndDay { get; }
    internal int Linkages { get; }
    internal int[] LinkageParty { get; }
    internal bool[] LinkageItems { get; }
    internal bool[] LinkageOn { get; }
    internal ulong[] LinkageKey { get; }
    internal double EscalationDay { get; }
    internal double[] Day { get; }
    internal double[] Hours { get; }
    internal bool[] Written { get; }
    internal ulong[] ProposerKey { get; }
    internal int MaxAgenda { get; }

    // Private information (§14).
    /// <summary>Whether any initiator has a private type.</summary>
    internal bool HasTypes { get; }
    /// <summary>Per party: whether it has a private type.</summary>
    internal bool[] Typed { get; }
    /// <summary>Per party: whether every observer knows its drawn type (complete information with types).</summary>
    internal bool[] TypeKnown { get; }
    /// <summary>Per party: whether its type sends the mobilisation signal.</summary>
    internal bool[] HasSignal { get; }
    /// <summary>[observer, initiator]: the observer's prior is 1 − the replicate's initial trust.</summary>
    internal bool[] BeliefFromTrust { get; }
    /// <summary>[observer, initiator]: the observer holds the common prior (nature's <c>priorResolute</c>).</summary>
    internal bool[] BeliefFromPrior { get; }
    /// <summary>Per party: the stream key of its type and signal draws.</summary>
    internal ulong[] TypeKey { get; }
    /// <summary>The (observer, typed initiator) pairs whose beliefs are tracked and reported, in initiator-then-observer order.</summary>
    internal int[] PairObserver { get; }
    internal int[] PairInitiator { get; }
    /// <summary>Number of belief pairs.</summary>
    public int BeliefPairs => PairObserver.Length;
}
