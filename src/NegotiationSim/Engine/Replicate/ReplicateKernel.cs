using System.Runtime.CompilerServices;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Sampling;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// The play phase of one Monte Carlo replicate (docs/architecture.md, "Three phases"): given the replicate's drawn
/// parameters in the workspace, play the meeting sequence (attendance, negotiation, trust, hardening), decide
/// escalation, compute the bargaining solutions, and write the outcome into one row (<see cref="OutcomeRowLayout"/>).
/// Static and allocation-free: the worker's <see cref="Workspace"/> holds all state; nothing here knows about
/// accumulators, files, consoles or plots.
/// </summary>
internal static class ReplicateKernel
{
    /// <summary>
    /// Plays replicate <paramref name="replicate"/> of the experiment seeded by <paramref name="seed"/>, whose parameters
    /// are already in <c>ws.Parameters</c>, and writes its outcome into <paramref name="row"/>.
    /// </summary>
    public static void Play(CompiledModel model, Workspace ws, OutcomeRowLayout R, Span<double> row, ulong seed, long replicate)
    {
        PrepareParties(model, ws);
        R.Clear(row);
        var L = model.Layout;
        var prm = ws.Parameters;
        int items = model.Items, parties = model.Parties, k = model.LossExponent;

        DrawResolveAndLinkages(model, ws, seed, replicate, out double warLottery);
        ws.EscalatedAt = -1;
        double trust = prm[L.TrustInitial], trust0 = trust;
        // §14: each typed initiator's type and signal, and every observer's prior updated on the signal.
        bool misperceived = false;
        if (model.HasTypes)
        {
            Beliefs.Start(model, ws, seed, replicate, trust0);
            Beliefs.Record(model, ws, R, row, 0);
        }
        var ending = Ending.Completed;
        int held = 0;
        bool anyAgreement = false;

        for (int m = 0; m < model.Meetings; m++)
        {
            // §13.3: before each meeting, a party that can start the war weighs it against what it holds now.
            if (model.ShadowOfWar && ShadowOfWar.Decide(model, ws, model.Day[m]))
            {
                if (model.HasTypes) misperceived = ws.MisperceivedSoFar || Beliefs.Misperceived(model, ws);
                ws.EscalatedAt = m;
                if (ending == Ending.Completed) ending = Ending.War;
                break;
            }
            // §14: no war began before this meeting, and everyone saw it (eq. 37).
            if (model.HasTypes && model.ShadowOfWar) Beliefs.ObserveNoWar(model, ws, model.Day[m]);
            row[R.MeetingReached + m] = 1;
            if (!EveryoneAttends(model, ws, m, trust, trust0, seed, replicate))
            {
                row[R.MeetingDeclined + m] = 1;
                trust = Math.Max(0, trust - prm[L.TrustLossOnFailure]);
                if (ending == Ending.Completed) ending = Ending.Declined;
                if (model.HasTypes) Beliefs.Record(model, ws, R, row, m + 1);
                if (model.EndOnDecline) break;
                continue;
            }
            held++;
            row[R.MeetingHeld + m] = 1;

            var rng = RandomStream.For(seed, replicate, model.MeetingKey[m]);
            var proposers = RandomStream.For(seed, replicate, model.ProposerKey[m]);
            int walkout = -1, roundsPlayed = 0, negotiated = 0;
            bool agreedHere = false, blockedHere = false;
            if (model.ExpectedUtility[m])
            {
                // The expected-utility model forecasts one dimension at a time: every open item on its own.
                for (int slot = 0; slot < model.AgendaStart[m + 1] - model.AgendaStart[m]; slot++)
                {
                    int item = model.Agenda[model.AgendaStart[m] + slot];
                    if (ws.Agreed[item]) continue;
                    ws.Unit[0] = item; ws.UnitSlot[0] = slot; negotiated++;
                    bool blocked = LinkageBlocks(model, ws, m, 1);
                    blockedHere |= blocked;
                    var result = ExpectedUtilityMeeting.Negotiate(model, ws, m, R, row);
                    roundsPlayed += result.RoundsPlayed;
                    if (result.Agreed && !blocked) { Settle(ws, m, 1, result.RoundsPlayed); agreedHere = true; }
                }
            }
            else if (model.ItemByItem[m])
            {
                for (int slot = 0; slot < model.AgendaStart[m + 1] - model.AgendaStart[m] && walkout < 0; slot++)
                {
                    int item = model.Agenda[model.AgendaStart[m] + slot];
                    if (ws.Agreed[item]) continue;
                    ws.Unit[0] = item; ws.UnitSlot[0] = slot; negotiated++;
                    bool blocked = LinkageBlocks(model, ws, m, 1);
                    blockedHere |= blocked;
                    var result = AlternatingOffers.Negotiate(model, ws, m, 1, ref rng, ref proposers, blocked, R, row);
                    if (model.HasTypes) Beliefs.AfterNegotiation(model, ws, m);
                    if (model.TracksVetoes) CountVetoes(model, ws, R, row, m);
                    roundsPlayed += result.RoundsPlayed;
                    walkout = result.WalkoutParty;
                    if (result.Agreed) { Settle(ws, m, 1, result.RoundsPlayed); agreedHere = true; }
                }
            }
            else
            {
                int open = 0;
                for (int slot = 0; slot < model.AgendaStart[m + 1] - model.AgendaStart[m]; slot++)
                {
                    int item = model.Agenda[model.AgendaStart[m] + slot];
                    if (ws.Agreed[item]) continue;
                    ws.Unit[open] = item; ws.UnitSlot[open] = slot; open++;
                }
                negotiated = open;
                if (open > 0)
                {
                    bool blocked = LinkageBlocks(model, ws, m, open);
                    blockedHere = blocked;
                    var result = AlternatingOffers.Negotiate(model, ws, m, open, ref rng, ref proposers, blocked, R, row);
                    if (model.HasTypes) Beliefs.AfterNegotiation(model, ws, m);
                    if (model.TracksVetoes) CountVetoes(model, ws, R, row, m);
                    roundsPlayed = result.RoundsPlayed;
                    walkout = result.WalkoutParty;
                    if (result.Agreed) { Settle(ws, m, open, result.RoundsPlayed); agreedHere = true; }
                }
            }
            row[R.MeetingRounds + m] = roundsPlayed;
            if (blockedHere) row[R.MeetingLinkageBlocked + m] = 1;
            // A meeting whose whole agenda was settled earlier changes nothing: no trust lost, nobody hardens.
            if (negotiated == 0)
            {
                if (model.HasTypes) Beliefs.Record(model, ws, R, row, m + 1);
                continue;
            }

            if (agreedHere)
            {
                anyAgreement = true;
                row[R.MeetingAgreement + m] = 1;
                trust += prm[L.TrustGain];
            }
            if (walkout >= 0)
            {
                ws.WalkedOut[walkout] = true;
                row[R.MeetingWalkout + m] = 1;
                trust -= prm[L.TrustLossOnWalkout];
            }
            else if (!agreedHere)
            {
                trust -= prm[L.TrustLossOnFailure];
            }
            trust = Math.Clamp(trust, 0, 1);
            if (!agreedHere)
            {
                // Failure hardens (or softens) every participant's reservation utility for the meetings to come.
                for (int j = model.ParticipantStart[m]; j < model.SilentStart[m]; j++)
                {
                    int a = model.Participants[j];
                    ws.Reservation[a] = Math.Clamp(ws.Reservation[a] + prm[L.Hardening + a], 0, 1);
                }
            }
            if (model.HasTypes) Beliefs.Record(model, ws, R, row, m + 1);
            if (walkout >= 0)
            {
                if (ending == Ending.Completed) ending = Ending.Walkout;
                if (model.EndOnWalkout) break;
            }
        }

        // End of sequence: each party weighs its outside option against the outcome it is left with
        // (Fearon 1995: war is possible when it promises more than the deal on offer), unless war has already begun.
        bool escalation = ws.EscalatedAt >= 0;
        if (model.HasTypes && !escalation) misperceived = ws.MisperceivedSoFar || Beliefs.Misperceived(model, ws);
        double temperature = prm[L.EscalationTemperature];
        double decisionDay = escalation ? model.Day[ws.EscalatedAt] : model.EscalationDay;
        for (int a = 0; a < parties; a++)
        {
            ws.Utility[a] = OwnUtility(ws, prm, L, a, items, k, ws.StatusQuo);
            if (!model.HasOutsideOption[a]) continue;
            double outside = ShadowOfWar.OutsideOption(model, ws, prm, L.Ideal, a, decisionDay, ws.StatusQuo);
            ws.OutsideOptionNow[a] = outside;
            if (escalation || !model.CanEscalate[a]) continue;
            double p = 1 / (1 + Math.Exp(-(outside - ws.Utility[a]) / temperature));
            if (ws.EscalationUniform[a] < p) { ws.Escalated[a] = true; escalation = true; }
        }
        if (escalation && ws.EscalatedAt < 0) ws.EscalatedAt = model.Meetings;
        ws.WarPrevailed = false;
        if (model.HasWar && escalation) FightWar(model, ws, decisionDay, warLottery);

        BargainingSolutions.Compute(model, ws);
        // §13.2: does some outcome give every party at least its war payoff? Judged on the initial status quo at the final decision.
        bool range = model.HasWar && BargainingSolutions.RangeExists(model, ws, model.EscalationDay);
        Write(model, ws, R, row, ending, held, anyAgreement, escalation, range, misperceived);
    }

    /// <summary>
    /// Draws each party's resolve uniform (one per party, in party order, from the stream <c>escalation</c>, used by
    /// every escalation decision of the replicate, §13.3), the war lottery's uniform (one more from the same stream,
    /// after the parties'), and whether each declared linkage holds (one draw from the linkage's own stream, §13.4).
    /// </summary>
    private static void DrawResolveAndLinkages(CompiledModel model, Workspace ws, ulong seed, long replicate, out double warLottery)
    {
        var esc = RandomStream.For(seed, replicate, model.EscalationKey);
        for (int a = 0; a < model.Parties; a++)
        {
            ws.EscalationUniform[a] = esc.NextDouble();
            ws.Escalated[a] = false;
        }
        warLottery = esc.NextDouble();
        for (int l = 0; l < model.Linkages; l++)
        {
            var rng = RandomStream.For(seed, replicate, model.LinkageKey[l]);
            ws.LinkageHolds[l] = rng.NextDouble() < ws.Parameters[model.Layout.LinkageHolds + l];
        }
    }

    /// <summary>
    /// Whether a participant's linkage keeps the unit <c>ws.Unit[0..unitLength)</c> of meeting <paramref name="meeting"/>
    /// from agreement (§13.4): it holds, the unit has one of its conditional items, and one of the items it is
    /// conditional on is neither settled earlier nor part of this unit.
    /// </summary>
    private static bool LinkageBlocks(CompiledModel model, Workspace ws, int meeting, int unitLength)
    {
        int n = model.Items;
        for (int l = 0; l < model.Linkages; l++)
        {
            if (!ws.LinkageHolds[l] || !Participates(model, meeting, model.LinkageParty[l])) continue;
            bool conditional = false;
            for (int u = 0; u < unitLength && !conditional; u++) conditional = model.LinkageItems[l * n + ws.Unit[u]];
            if (!conditional) continue;
            for (int i = 0; i < n; i++)
            {
                if (!model.LinkageOn[l * n + i] || ws.Agreed[i]) continue;
                bool inUnit = false;
                for (int u = 0; u < unitLength && !inUnit; u++) inUnit = ws.Unit[u] == i;
                if (!inUnit) return true;
            }
        }
        return false;
    }

    /// <summary>§15.5: counts, per meeting and party, the negotiations in which the party vetoed some offer.</summary>
    private static void CountVetoes(CompiledModel model, Workspace ws, OutcomeRowLayout R, Span<double> row, int meeting)
    {
        int first = model.ParticipantStart[meeting], np = model.ParticipantStart[meeting + 1] - first;
        for (int j = 0; j < np; j++)
        {
            if (!ws.VetoInUnit[j]) continue;
            int a = model.Participants[first + j];
            row[R.MeetingVetoes + meeting * model.Parties + a] += 1;
            ws.Vetoed[a] = true;
        }
    }

    private static bool Participates(CompiledModel model, int meeting, int party)
    {
        for (int j = model.ParticipantStart[meeting]; j < model.SilentStart[meeting]; j++)
            if (model.Participants[j] == party) return true;
        return false;
    }

    /// <summary>
    /// The war is fought (§13.1): the initiators prevail when the lottery's uniform falls below their chance on the day
    /// the war began; every item the war decides takes its value after that result, and every party's final utility
    /// is its utility of that state minus its cost of war.
    /// </summary>
    private static void FightWar(CompiledModel model, Workspace ws, double day, double lottery)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        bool prevails = lottery < ShadowOfWar.PrevailChance(model, prm, day);
        ws.WarPrevailed = prevails;
        for (int i = 0; i < model.Items; i++)
        {
            if (prevails && model.WarSetsPrevails[i]) ws.StatusQuo[i] = prm[L.WarIfPrevails + i];
            else if (!prevails && model.WarSetsFails[i]) ws.StatusQuo[i] = prm[L.WarIfFails + i];
        }
        for (int a = 0; a < model.Parties; a++)
            ws.Utility[a] = OwnUtility(ws, prm, L, a, model.Items, model.LossExponent, ws.StatusQuo) - prm[L.WarCost + a];
    }

    /// <summary>Derives normalised saliences, bloc-adjusted ideals, and the starting state of the sequence.</summary>
    private static void PrepareParties(CompiledModel model, Workspace ws)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        int items = model.Items, parties = model.Parties;
        for (int a = 0; a < parties; a++)
        {
            double total = 0;
            for (int i = 0; i < items; i++) total += prm[L.Salience + a * items + i];
            double scale = total > 0 ? 1 / total : 0;
            for (int i = 0; i < items; i++)
            {
                ws.Weight[a * items + i] = prm[L.Salience + a * items + i] * scale;
                ws.Ideal[a * items + i] = prm[L.Ideal + a * items + i];
            }
            ws.Reservation[a] = prm[L.Reservation + a];
            ws.WalkedOut[a] = false;
            ws.Vetoed[a] = false;
        }
        for (int b = 0; b < ws.BlocSplits.Length; b++) ws.BlocSplits[b] = ws.BlocJudged[b] = 0;

        // Cohesion pulls each bloc member's working ideal toward the bloc's capability × salience weighted position
        // (eq. 5); a bloc that offers in common (§15.2) also needs that position and the bloc's salience (eq. 41).
        int blocs = model.Blocs;
        for (int b = 0; b < blocs; b++)
        {
            double cohesion = prm[L.Cohesion + b];
            bool common = model.AnyCommonOffer && model.BlocCommonOffer[b];
            if (cohesion <= 0 && !common) continue;
            double capability = 0;
            for (int a = 0; a < parties; a++)
                if (model.BlocOf[a] == b) capability += prm[L.Capability + a];
            for (int i = 0; i < items; i++)
            {
                double num = 0, den = 0, plain = 0, weight = 0; int members = 0;
                for (int a = 0; a < parties; a++)
                {
                    if (model.BlocOf[a] != b) continue;
                    double w = prm[L.Capability + a] * ws.Weight[a * items + i];
                    num += w * prm[L.Ideal + a * items + i];
                    den += w;
                    plain += prm[L.Ideal + a * items + i];
                    weight += ws.Weight[a * items + i];
                    members++;
                }
                double position = den > 0 ? num / den : plain / members;
                if (common)
                {
                    ws.BlocCommon[b * items + i] = position;
                    // The bloc's salience: capability-weighted mean of its members' (the plain mean if they have none).
                    ws.BlocWeight[b * items + i] = capability > 0 ? den / capability : weight / members;
                }
                if (cohesion <= 0) continue;
                for (int a = 0; a < parties; a++)
                    if (model.BlocOf[a] == b)
                        ws.Ideal[a * items + i] = (1 - cohesion) * prm[L.Ideal + a * items + i] + cohesion * position;
            }
        }

        for (int i = 0; i < items; i++)
        {
            ws.StatusQuo[i] = ws.InitialStatusQuo[i] = prm[L.StatusQuo + i];
            ws.Agreed[i] = false;
            ws.AgreedRound[i] = 0;
            ws.AgreedMeeting[i] = -1;
        }
    }

    /// <summary>Each participant attends with probability σ(logit(attendance) + sensitivity·(trust − initial trust)).</summary>
    private static bool EveryoneAttends(CompiledModel model, Workspace ws, int meeting, double trust, double trust0, ulong seed, long replicate)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        var rng = RandomStream.For(seed, replicate, model.AttendanceKey[meeting]);
        bool all = true;
        for (int j = model.ParticipantStart[meeting]; j < model.SilentStart[meeting]; j++)
        {
            int a = model.Participants[j];
            double p = prm[L.Attendance + a];
            // One draw per participant whatever p is, so that variants keep their random numbers aligned.
            double u = rng.NextDouble();
            if (p > 0 && p < 1)
            {
                double logit = Math.Log(p / (1 - p)) + prm[L.TrustSensitivity + a] * (trust - trust0);
                p = 1 / (1 + Math.Exp(-logit));
            }
            all &= u < p;
        }
        return all;
    }

    private static void Settle(Workspace ws, int meeting, int unitLength, int round)
    {
        for (int u = 0; u < unitLength; u++)
        {
            int item = ws.Unit[u];
            ws.Agreed[item] = true;
            ws.AgreedRound[item] = round;
            ws.AgreedMeeting[item] = meeting;
            ws.StatusQuo[item] = ws.Offer[u];
        }
    }

    /// <summary>A party's utility of outcome <paramref name="x"/> over all items, with its own (not bloc-adjusted) ideals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double OwnUtility(Workspace ws, double[] prm, ParameterTable L, int a, int items, int k, double[] x)
    {
        double loss = 0;
        for (int i = 0; i < items; i++)
            loss += ws.Weight[a * items + i] * AlternatingOffers.Loss(x[i] - prm[L.Ideal + a * items + i], k);
        return 1 - loss;
    }

    /// <summary>Writes the replicate's outcome into its row: everything after the meetings (docs/architecture.md, "Three phases").</summary>
    private static void Write(CompiledModel model, Workspace ws, OutcomeRowLayout R, Span<double> row, Ending ending, int held,
        bool anyAgreement, bool escalation, bool bargainingRange, bool misperceived)
    {
        row[R.Ending] = (int)ending;
        row[R.MeetingsHeld] = held;
        row[R.AnyAgreement] = anyAgreement ? 1 : 0;
        row[R.Escalation] = escalation ? 1 : 0;
        row[R.EscalatedAt] = ws.EscalatedAt;
        row[R.WarPrevailed] = ws.WarPrevailed ? 1 : 0;
        row[R.BargainingRange] = bargainingRange ? 1 : 0;
        row[R.Misperceived] = misperceived ? 1 : 0;
        row[R.NashDistance] = ws.NashDistance;
        row[R.NashProductRatio] = ws.NashProductRatio;
        row[R.ParetoDominated] = ws.ParetoDominated ? 1 : 0;
        row[R.NashFound] = ws.NashFound ? 1 : 0;
        row[R.ParetoGap] = ws.ParetoGap;
        for (int i = 0; i < model.Items; i++)
        {
            bool agreed = ws.Agreed[i];
            row[R.ItemAgreed + i] = agreed ? 1 : 0;
            row[R.ItemRound + i] = agreed ? ws.AgreedRound[i] : 0;
            row[R.ItemMeeting + i] = agreed ? ws.AgreedMeeting[i] : -1;
            row[R.ItemValue + i] = ws.StatusQuo[i];
            row[R.ItemCompromise + i] = ws.Compromise[i];
            row[R.ItemNash + i] = ws.Nash[i];
        }
        for (int a = 0; a < model.Parties; a++)
        {
            row[R.PartyUtility + a] = ws.Utility[a];
            row[R.PartyStatusQuoUtility + a] = ws.StatusQuoUtility[a];
            row[R.PartyWalkedOut + a] = ws.WalkedOut[a] ? 1 : 0;
            row[R.PartyEscalated + a] = ws.Escalated[a] ? 1 : 0;
            row[R.PartyOutsideOption + a] = model.HasOutsideOption[a] ? ws.OutsideOptionNow[a] : double.NaN;
            row[R.PartyVetoed + a] = ws.Vetoed[a] ? 1 : 0;
            row[R.PartyResolute + a] = model.HasTypes && ws.Resolute[a] ? 1 : 0;
        }
        for (int b = 0; b < R.Blocs; b++)
        {
            row[R.BlocJudged + b] = ws.BlocJudged[b];
            row[R.BlocSplits + b] = ws.BlocSplits[b];
        }
    }
}
