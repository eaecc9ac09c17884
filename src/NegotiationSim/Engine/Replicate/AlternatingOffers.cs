using System.Runtime.CompilerServices;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Sampling;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// Multilateral alternating offers with time-dependent concession (Faratin, Sierra &amp; Jennings 1998;
/// docs/model.md §4 states every equation, §13 the rules of the shadow of war). One call negotiates one unit: all open items of a
/// package meeting, or a single item of an item-by-item meeting. Static, allocation-free: all state lives
/// in the worker's <see cref="Workspace"/>.
/// </summary>
internal static class AlternatingOffers
{
    /// <summary>
    /// Negotiates the items in <c>ws.Unit[0..unitLength)</c> of meeting <paramref name="meeting"/> and, on agreement,
    /// leaves the agreed values in <c>ws.Offer</c>. Every offer put on the table goes into <paramref name="outcome"/>'s offer
    /// list (<see cref="OutcomeRowLayout.AddOffer"/>), from which the reduce phase builds the per-round offer histograms.
    /// </summary>
    /// <remarks>
    /// <paramref name="proposers"/> draws the proposer side of each round when proposers are recognised at random, and
    /// which of several acceptable offers is agreed when every side offers every round (§13.5); <paramref name="blocked"/> says that a linkage keeps this unit from agreement (§13.4): offers are
    /// still made and walkouts still happen, but nothing can be agreed.
    /// </remarks>
    public static NegotiationResult Negotiate(CompiledModel model, Workspace ws, int meeting, int unitLength, ref RandomStream rng,
        ref RandomStream proposers, bool blocked, OutcomeRowLayout R, Span<double> outcome)
    {
        int items = model.Items, k = model.LossExponent;
        int first = model.ParticipantStart[meeting], np = model.ParticipantStart[meeting + 1] - first;
        int sideFirst = model.SideStart[meeting], ns = model.SideStart[meeting + 1] - sideFirst;
        int rounds = model.Rounds[meeting];
        // Absent stakeholders (§15.3) come last: they judge offers but never propose or walk out.
        int present = model.SilentStart[meeting] - first;
        var prm = ws.Parameters;
        var layout = model.Layout;
        var lw = ws.LocalWeight; var ideal = ws.LocalIdeal; var rlo = ws.LocalRedLineMin; var rhi = ws.LocalRedLineMax;
        var unit = ws.Unit; var offer = ws.Offer;
        bool war = model.ShadowOfWar, stopAtStatusQuo = model.OffersStopAtStatusQuo, written = model.Written[meeting];
        if (war) ShadowOfWar.AtTheTable(model, ws, model.Day[meeting]);

        // Each participant's view of this unit: weights renormalised over the unit's items, its
        // (bloc-adjusted) ideals, red lines, and its disagreement utility from the current status quo.
        for (int j = 0; j < np; j++)
        {
            int a = model.Participants[first + j], row = j * unitLength;
            double total = 0;
            for (int u = 0; u < unitLength; u++) total += ws.Weight[a * items + unit[u]];
            double scale = total > 0 ? 1 / total : 0;
            double loss = 0;
            for (int u = 0; u < unitLength; u++)
            {
                int ai = a * items + unit[u];
                lw[row + u] = ws.Weight[ai] * scale;
                ideal[row + u] = ws.Ideal[ai];
                rlo[row + u] = model.RedLineMin[ai];
                rhi[row + u] = model.RedLineMax[ai];
                double q = ws.StatusQuo[unit[u]];
                loss += lw[row + u] * Loss(q - ideal[row + u], k);
                // §13.6: an offer stops at the status quo on an item the proposer weighs, unless it is tradeable.
                bool stops = stopAtStatusQuo && lw[row + u] > 0 && !model.Tradeable[ai];
                ws.LocalStopMin[row + u] = stops && ideal[row + u] > q ? q : 0;
                ws.LocalStopMax[row + u] = stops && ideal[row + u] < q ? q : 1;
            }
            double disagreement = 1 - loss;
            ws.Disagreement[j] = disagreement;
            ws.Indifferent[j] = total <= 0;
            double floor = Math.Max(ws.Reservation[a], disagreement);
            if (war && total > 0)
            {
                // §13.2, eq. 31: what no deal is worth once the risk of war is priced in, and the outside option
                // itself, both moved onto the unit's scale (the rest of the agenda at its current value).
                double now = ws.TableUtility[a];
                double noDeal = now;
                // §14: with private types, each party prices the risk of war by its own beliefs (eq. 38).
                double noDealWar = model.HasTypes ? ws.NoDealWarOf[a] : ws.NoDealWar;
                if (model.HasOutsideOption[a]) noDeal = noDealWar * ws.TableOutsideOption[a] + (1 - noDealWar) * now;
                floor = Math.Max(ws.Reservation[a], disagreement + (noDeal - now) / total);
                if (model.HasOutsideOption[a]) floor = Math.Max(floor, disagreement + (ws.TableOutsideOption[a] - now) / total);
                floor = Math.Min(floor, 1);
            }
            ws.Floor[j] = floor;
            if (model.HasTypes)
            {
                // §14: what each type of a typed initiator would hold out for, so that observers can judge its responses.
                Beliefs.ResetResponses(ws, j);
                if (war && total > 0 && model.Typed[a])
                {
                    ws.TypeFloor[2 * j] = Beliefs.TypeFloor(model, ws, a, 0, ws.Reservation[a], disagreement, total);
                    ws.TypeFloor[2 * j + 1] = Beliefs.TypeFloor(model, ws, a, 1, ws.Reservation[a], disagreement, total);
                }
            }
            // §13.5: one logistic acceptance threshold per responder and negotiation, so more rounds add no luck.
            if (model.AcceptancePerNegotiation)
            {
                double v = rng.NextDouble(), temperature = prm[layout.AcceptanceTemperature + a];
                ws.AcceptanceThreshold[j] = temperature > 0 ? temperature * Math.Log(v / (1 - v)) : 0;
            }
        }

        if (model.AnyCommonOffer) CommonOffers(model, ws, first, np, sideFirst, ns, unitLength);
        for (int s = 0; s < ns; s++) ws.SideHasOffered[s] = false;
        if (model.TracksVetoes)
            for (int j = 0; j < np; j++) ws.VetoInUnit[j] = false;

        // Each side's proposer aims at the capability × (normalised) salience weighted position of everyone outside its side,
        // and concedes on its least salient items first. A side offering in common does so from its members' common
        // position (§15.2); a mediator's target is everyone's position, the compromise it opens with (§15.4).
        for (int s = 0; s < ns; s++)
        {
            int leaderRow = OfferRow(model, sideFirst, s, np, unitLength), row = s * unitLength;
            for (int u = 0; u < unitLength; u++)
            {
                int item = unit[u];
                double num = 0, den = 0;
                for (int q = 0; q < np; q++)
                {
                    if (model.SideOf[first + q] == s) continue;
                    int b = model.Participants[first + q];
                    double weight = prm[layout.Capability + b] * ws.Weight[b * items + item];
                    num += weight * ideal[q * unitLength + u];
                    den += weight;
                }
                double target = den > 0 ? num / den : ideal[leaderRow + u];
                double gap = target - ideal[leaderRow + u];
                ws.Gap[row + u] = gap;
                ws.FullLoss[row + u] = lw[leaderRow + u] * Loss(gap, k);
                // Insertion sort by ascending salience: stable, so ties keep agenda order.
                int pos = u;
                while (pos > 0 && lw[leaderRow + ws.ConcessionOrder[row + pos - 1]] > lw[leaderRow + u])
                {
                    ws.ConcessionOrder[row + pos] = ws.ConcessionOrder[row + pos - 1];
                    pos--;
                }
                ws.ConcessionOrder[row + pos] = u;
            }
        }

        for (int j = 0; j < np; j++)
        {
            int a = model.Participants[first + j];
            ws.InverseExponent[j] = 1 / prm[layout.ConcessionExponent + a];
            ws.InitialConcession[j] = prm[layout.InitialConcession + a];
            // Constant over the negotiation: computed once, not once per round and participant.
            ws.Hazard[j] = j < present ? WalkoutChance(model, prm, meeting, a, rounds) : 0;
            ws.FractionRound[j] = -1;
        }

        int lnTauAt = model.LnTauStart[meeting];
        bool simultaneous = model.SimultaneousOffers && !written;
        for (int t = 0; t < rounds; t++)
        {
            double lnTau = model.LnTau[lnTauAt + t];
            if (simultaneous)
            {
                // §13.5: every side puts an offer on the table in every round; an offer accepted by every counting
                // participant is agreed (one drawn at random if several are), so nobody owns the last word and a finer
                // grid only finds the moment the aspirations cross more precisely.
                int accepted = 0;
                for (int j = 0; j < np; j++) ws.BestOnTable[j] = double.NegativeInfinity;
                // A mediator proposes after the sides, between the offers they have just made (§15.4).
                for (int pass = 0; pass < (model.HasMediatorSide ? 2 : 1); pass++)
                {
                    for (int s = 0; s < ns; s++)
                    {
                        if ((model.SideRules[sideFirst + s] == SideRule.Mediator) != (pass == 1)) continue;
                        int proposer = model.SideLeader[sideFirst + s];
                        Propose(model, ws, meeting, t, s, proposer, np, ns, sideFirst, unitLength, lnTau, k, R, outcome);
                        if (Respond(model, ws, first, np, sideFirst, ns, proposer, unitLength, t, lnTau, blocked, k, ref rng)) ws.AcceptedSides[accepted++] = s;
                        for (int j = 0; j < np; j++)
                            if (model.SideOf[first + j] != s) ws.BestOnTable[j] = Math.Max(ws.BestOnTable[j], ws.ResponderUtility[j]);
                    }
                }
                if (accepted > 0)
                {
                    int chosen = ws.AcceptedSides[accepted == 1 ? 0 : Math.Min((int)(proposers.NextDouble() * accepted), accepted - 1)];
                    for (int u = 0; u < unitLength; u++) offer[u] = ws.SideOffer[chosen * unitLength + u];
                    return new NegotiationResult(true, t + 1, -1);
                }
                // A participant leaves when the best offer of the other sides is worse than no deal.
                for (int j = 0; j < present; j++)
                {
                    int a = model.Participants[first + j];
                    double hazard = ws.Hazard[j];
                    if (hazard > 0 && ws.BestOnTable[j] < ws.Disagreement[j] - 1e-12 && rng.NextDouble() < hazard)
                        return new NegotiationResult(false, t + 1, a);
                }
                continue;
            }

            // Rotation (§3.2), or a side recognised at random each round (§13.5); a written exchange keeps its order.
            int side = model.RandomProposer && !written ? Math.Min((int)(proposers.NextDouble() * ns), ns - 1) : t % ns;
            int leader = model.SideLeader[sideFirst + side];
            Propose(model, ws, meeting, t, side, leader, np, ns, sideFirst, unitLength, lnTau, k, R, outcome);
            if (Respond(model, ws, first, np, sideFirst, ns, leader, unitLength, t, lnTau, blocked, k, ref rng)) return new NegotiationResult(true, t + 1, -1);
            // Nobody walks out of a written exchange.
            if (written) continue;

            for (int j = 0; j < present; j++)
            {
                if (j == leader) continue;
                int a = model.Participants[first + j];
                double hazard = ws.Hazard[j];
                if (hazard > 0 && ws.ResponderUtility[j] < ws.Disagreement[j] - 1e-12 && rng.NextDouble() < hazard)
                    return new NegotiationResult(false, t + 1, a);
            }
        }
        return new NegotiationResult(false, rounds, -1);
    }

    /// <summary>
    /// Side <paramref name="side"/> makes its offer of round <paramref name="t"/> into <c>ws.Offer</c> and it is counted: its
    /// leader's (eqs. 10, 13–14), its members' common offer at the leader's pace (§15.2), or a mediator's compromise (§15.4).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Propose(CompiledModel model, Workspace ws, int meeting, int t, int side, int proposer, int np, int ns, int sideFirst,
        int unitLength, double lnTau, int k, OutcomeRowLayout R, Span<double> outcome)
    {
        if (model.SideRules[sideFirst + side] == SideRule.Mediator)
        {
            Mediate(model, ws, side, proposer, ns, sideFirst, unitLength);
        }
        else
        {
            double aspiration = ConcessionCurve.Aspiration(ws.Floor[proposer],
                ConcessionCurve.FractionFromLog(lnTau, ws.InitialConcession[proposer], ws.InverseExponent[proposer]));
            BuildOffer(ws, unitLength, OfferRow(model, sideFirst, side, np, unitLength), side * unitLength, 1 - aspiration, k);
        }
        for (int u = 0; u < unitLength; u++)
        {
            R.AddOffer(outcome, model.OfferCell(meeting, t, ws.UnitSlot[u], ws.Offer[u]));
            ws.SideOffer[side * unitLength + u] = ws.Offer[u];
        }
        ws.SideHasOffered[side] = true;
    }

    /// <summary>
    /// A mediator's proposal (§15.4, eq. 43): the mean of the sides' latest offers, or, before any side has offered, the
    /// capability × salience weighted position of all participants (its target, eq. 11, as nobody shares its side).
    /// </summary>
    private static void Mediate(CompiledModel model, Workspace ws, int side, int mediator, int ns, int sideFirst, int unitLength)
    {
        var offer = ws.Offer;
        int offered = 0;
        for (int u = 0; u < unitLength; u++) offer[u] = 0;
        for (int s = 0; s < ns; s++)
        {
            if (s == side || !ws.SideHasOffered[s] || model.SideRules[sideFirst + s] == SideRule.Mediator) continue;
            offered++;
            for (int u = 0; u < unitLength; u++) offer[u] += ws.SideOffer[s * unitLength + u];
        }
        int mRow = mediator * unitLength, sRow = side * unitLength;
        for (int u = 0; u < unitLength; u++)
            offer[u] = offered > 0 ? offer[u] / offered : ws.LocalIdeal[mRow + u] + ws.Gap[sRow + u];
    }

    /// <summary>The row of the Local* arrays a side offers from: its leader's, or its common position's past the participants' rows (§15.2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int OfferRow(CompiledModel model, int sideFirst, int side, int np, int unitLength)
    {
        int bloc = model.SideBloc[sideFirst + side];
        return bloc >= 0 && model.BlocCommonOffer[bloc] ? (np + side) * unitLength : model.SideLeader[sideFirst + side] * unitLength;
    }

    /// <summary>
    /// Each side offering in common gets a row of its own (§15.2, eqs. 41–42): the bloc's capability-weighted saliences
    /// renormalised over the unit, its members' common position moved into the intersection of the present members' red
    /// lines (the position every member's red lines allow nearest the common position), those red lines, and the
    /// status-quo bound of §13.6 by the leader's view of what is tradeable.
    /// </summary>
    private static void CommonOffers(CompiledModel model, Workspace ws, int first, int np, int sideFirst, int ns, int unitLength)
    {
        int items = model.Items;
        var unit = ws.Unit;
        for (int s = 0; s < ns; s++)
        {
            int bloc = model.SideBloc[sideFirst + s];
            if (bloc < 0 || !model.BlocCommonOffer[bloc]) continue;
            int row = (np + s) * unitLength, leader = model.Participants[first + model.SideLeader[sideFirst + s]];
            double total = 0;
            for (int u = 0; u < unitLength; u++) total += ws.BlocWeight[bloc * items + unit[u]];
            double scale = total > 0 ? 1 / total : 0;
            for (int u = 0; u < unitLength; u++)
            {
                int item = unit[u], si = (sideFirst + s) * items + item;
                double lo = model.SideRedLineMin[si], hi = model.SideRedLineMax[si];
                double x = Math.Clamp(ws.BlocCommon[bloc * items + item], lo, hi);
                ws.LocalWeight[row + u] = ws.BlocWeight[bloc * items + item] * scale;
                ws.LocalIdeal[row + u] = x;
                ws.LocalRedLineMin[row + u] = lo;
                ws.LocalRedLineMax[row + u] = hi;
                double q = ws.StatusQuo[item];
                bool stops = model.OffersStopAtStatusQuo && ws.LocalWeight[row + u] > 0 && !model.Tradeable[leader * items + item];
                ws.LocalStopMin[row + u] = stops && x > q ? q : 0;
                ws.LocalStopMax[row + u] = stops && x < q ? q : 1;
            }
        }
    }

    /// <summary>
    /// Every participant but the proposer judges <c>ws.Offer</c> (its utility goes to <c>ws.ResponderUtility</c>);
    /// true when every counting responder accepts (§4.5–4.6, eq. 15), every weighted side reaches its threshold (§15.1)
    /// and no linkage blocks the unit. When judging costs no draw (§15.5), responders past the first refusal are judged
    /// too, so that vetoes and splits are known; only responses the protocol asks for are observed by the others (§14).
    /// </summary>
    private static bool Respond(CompiledModel model, Workspace ws, int first, int np, int sideFirst, int ns, int proposer, int unitLength, int t, double lnTau,
        bool blocked, int k, ref RandomStream rng)
    {
        var prm = ws.Parameters;
        var layout = model.Layout;
        var lw = ws.LocalWeight; var ideal = ws.LocalIdeal; var rlo = ws.LocalRedLineMin; var rhi = ws.LocalRedLineMax;
        var offer = ws.Offer;
        bool track = model.TracksVetoes, weighted = model.HasWeightedSide;
        if (weighted || track)
        {
            for (int s = 0; s < ns; s++) { ws.SideAccepting[s] = 0; ws.SideCapability[s] = 0; ws.SideYes[s] = 0; ws.SideNo[s] = 0; }
            int proposerSide = model.SideOf[first + proposer];
            if (model.SideRules[sideFirst + proposerSide] == SideRule.Weighted)
            {
                // The proposer accepts its own offer.
                double capability = prm[layout.Capability + model.Participants[first + proposer]];
                ws.SideAccepting[proposerSide] += capability;
                ws.SideCapability[proposerSide] += capability;
            }
        }
        bool agreed = !blocked;
        int refusals = 0;
        for (int j = 0; j < np; j++)
        {
            ws.Refused[j] = false;
            if (j == proposer) continue;
            int row = j * unitLength;
            double loss = 0;
            bool inside = true;
            for (int u = 0; u < unitLength; u++)
            {
                double x = offer[u];
                loss += lw[row + u] * Loss(x - ideal[row + u], k);
                inside &= x >= rlo[row + u] && x <= rhi[row + u];
            }
            double utility = 1 - loss;
            ws.ResponderUtility[j] = utility;
            int jSide = model.SideOf[first + j];
            // An absent stakeholder's consent always counts; a mediator never decides (§15.3–15.4).
            var rule = jSide < 0 ? SideRule.Consensus : model.SideRules[sideFirst + jSide];
            bool counts = rule is SideRule.Consensus or SideRule.Weighted || (rule == SideRule.Leader && model.SideLeader[sideFirst + jSide] == j);
            if (!counts) continue;
            bool asked = agreed;
            if (!asked && !track) continue;
            bool accepts;
            int a = model.Participants[first + j];
            if (ws.Indifferent[j])
            {
                accepts = inside;
            }
            else
            {
                // A responder's aspiration is needed only while the offer can still be agreed, or its decision is tracked.
                // Once per responder and round: with simultaneous offers every side's offer meets the same concession.
                double fraction;
                if (ws.FractionRound[j] == t) fraction = ws.Fraction[j];
                else
                {
                    fraction = ConcessionCurve.FractionFromLog(lnTau, ws.InitialConcession[j], ws.InverseExponent[j]);
                    ws.Fraction[j] = fraction;
                    ws.FractionRound[j] = t;
                }
                double aspiration = ConcessionCurve.Aspiration(ws.Floor[j], fraction);
                double temperature = prm[layout.AcceptanceTemperature + a];
                accepts = inside && (model.AcceptancePerNegotiation
                    ? AcceptsAgainstThreshold(utility, aspiration, ws.AcceptanceThreshold[j], temperature)
                    : Accepts(utility, aspiration, temperature, ref rng));
                // §14: the others watch a typed initiator's response (one outside its red lines tells nothing about its type).
                if (asked && inside && model.HasTypes && model.ShadowOfWar && model.Typed[a])
                    Beliefs.Observe(ws, j, utility, fraction, temperature, accepts, model.AcceptancePerNegotiation);
            }
            ws.Refused[j] = !accepts;
            if (jSide >= 0 && track)
            {
                if (accepts) ws.SideYes[jSide]++; else ws.SideNo[jSide]++;
            }
            if (rule == SideRule.Weighted)
            {
                double capability = prm[layout.Capability + a];
                ws.SideCapability[jSide] += capability;
                if (accepts) ws.SideAccepting[jSide] += capability;
            }
            else if (!accepts)
            {
                agreed = false;
                refusals++;
            }
        }
        int failedSide = -1, failedSides = 0;
        if (weighted)
        {
            for (int s = 0; s < ns; s++)
            {
                if (model.SideRules[sideFirst + s] != SideRule.Weighted || ws.SideCapability[s] <= 0) continue;
                if (ws.SideAccepting[s] >= model.SideThreshold[sideFirst + s] * ws.SideCapability[s]) continue;
                failedSide = s;
                failedSides++;
                agreed = false;
            }
        }
        if (track) RecordVetoes(model, ws, first, np, sideFirst, ns, refusals, failedSide, failedSides, blocked);
        return agreed;
    }

    /// <summary>
    /// §15.5: a participant vetoes an offer when its refusal alone kept it from agreement: it is the only refusing
    /// counting responder, or, on a weighted side that alone fell short, a refusing member whose acceptance would have
    /// carried the threshold; nobody vetoes an offer a linkage blocks. Bloc sides whose counting members split on the offer
    /// are counted too, blocked or not.
    /// </summary>
    private static void RecordVetoes(CompiledModel model, Workspace ws, int first, int np, int sideFirst, int ns, int refusals, int failedSide, int failedSides,
        bool blocked)
    {
        var prm = ws.Parameters;
        // Where a linkage decided the offer's fate, no refusal alone kept it from agreement.
        if (!blocked && refusals == 1 && failedSides == 0)
        {
            for (int j = 0; j < np; j++)
            {
                if (!ws.Refused[j]) continue;
                int side = model.SideOf[first + j];
                if (side >= 0 && model.SideRules[sideFirst + side] == SideRule.Weighted) continue;
                ws.VetoInUnit[j] = true;
            }
        }
        else if (!blocked && refusals == 0 && failedSides == 1)
        {
            double needed = model.SideThreshold[sideFirst + failedSide] * ws.SideCapability[failedSide];
            for (int j = 0; j < np; j++)
            {
                if (!ws.Refused[j] || model.SideOf[first + j] != failedSide) continue;
                if (ws.SideAccepting[failedSide] + prm[model.Layout.Capability + model.Participants[first + j]] >= needed) ws.VetoInUnit[j] = true;
            }
        }
        for (int s = 0; s < ns; s++)
        {
            int bloc = model.SideBloc[sideFirst + s];
            if (bloc < 0 || ws.SideYes[s] + ws.SideNo[s] < 2) continue;
            ws.BlocJudged[bloc]++;
            if (ws.SideYes[s] > 0 && ws.SideNo[s] > 0) ws.BlocSplits[bloc]++;
        }
    }

    /// <summary>
    /// The proposer's offer: start at its ideal and move item by item, least salient first, toward its target,
    /// spending a utility budget of 1 − aspiration; the item where the budget runs out moves part of the way.
    /// The result is clamped into the proposer's own red lines.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BuildOffer(Workspace ws, int unitLength, int pRow, int sRow, double budget, int k)
    {
        var offer = ws.Offer;
        for (int n = 0; n < unitLength; n++)
        {
            int u = ws.ConcessionOrder[sRow + n];
            double full = ws.FullLoss[sRow + u], start = ws.LocalIdeal[pRow + u], gap = ws.Gap[sRow + u];
            double lo = ws.LocalRedLineMin[pRow + u], hi = ws.LocalRedLineMax[pRow + u];
            if (full <= 0)
            {
                // An item the proposer does not care about costs nothing to give away.
                offer[u] = Math.Clamp(start + gap, lo, hi);
                continue;
            }
            if (budget <= 0)
            {
                offer[u] = Math.Clamp(start, lo, hi);
                continue;
            }
            double share = full <= budget ? 1 : k == 1 ? budget / full : Math.Sqrt(budget / full);
            // The status-quo bound (§13.6; [0, 1] when the rule is off) first, then the proposer's red lines.
            double x = Math.Clamp(Math.Clamp(start + share * gap, ws.LocalStopMin[pRow + u], ws.LocalStopMax[pRow + u]), lo, hi);
            offer[u] = x;
            // Charge what the move actually cost: a move cut short by a red line leaves budget for later items.
            budget -= ws.LocalWeight[pRow + u] * Loss(x - start, k);
        }
    }

    /// <summary>
    /// The walkout chance per round (eq. 16): the per-round hazard, or, in a meeting with a duration and for a party
    /// with an hourly rate ρ, 1 − exp(−ρ·hours/rounds), so that a meeting's walkout risk does not depend on the grid (§13.5).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double WalkoutChance(CompiledModel model, double[] prm, int meeting, int a, int rounds)
    {
        double hours = model.Hours[meeting];
        if (!model.HasWalkoutRate[a] || double.IsNaN(hours)) return prm[model.Layout.WalkoutHazard + a];
        return 1 - Math.Exp(-prm[model.Layout.WalkoutRate + a] * hours / rounds);
    }

    /// <summary>Acceptance against a threshold drawn once per negotiation: U − α &gt; θ·logit(V), strict when θ = 0 (§13.5).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AcceptsAgainstThreshold(double utility, double aspiration, double threshold, double temperature) =>
        temperature <= 0 ? utility >= aspiration : utility - aspiration > threshold;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Accepts(double utility, double aspiration, double temperature, ref RandomStream rng)
    {
        if (temperature <= 0) return utility >= aspiration;
        return rng.NextDouble() < 1 / (1 + Math.Exp(-(utility - aspiration) / temperature));
    }

    /// <summary>The loss |d|^k for k = 1 or 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Loss(double d, int k) => k == 1 ? Math.Abs(d) : d * d;
}
