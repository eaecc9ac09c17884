using System.Runtime.CompilerServices;
using NegotiationSim.Engine;

namespace NegotiationSim.Protocols;

/// <summary>
/// Multilateral alternating offers with time-dependent concession (Faratin, Sierra &amp; Jennings 1998;
/// MODEL.md §4; docs/model.md states every equation). One call negotiates one unit: all open items of a
/// package meeting, or a single item of an item-by-item meeting. Static, allocation-free: all state lives
/// in the worker's <see cref="Workspace"/>.
/// </summary>
internal static class AlternatingOffers
{
    /// <summary>
    /// Negotiates the items in <c>ws.Unit[0..unitLength)</c> of meeting <paramref name="meeting"/> and, on agreement,
    /// leaves the agreed values in <c>ws.Offer</c>. Offers on the table are counted into the accumulator's
    /// per-round offer histograms in <paramref name="offerCounters"/> from <paramref name="offerBase"/>.
    /// </summary>
    public static NegotiationResult Negotiate(CompiledModel model, Workspace ws, int meeting, int unitLength, ref RandomStream rng, long[] offerCounters, int offerBase)
    {
        int items = model.Items, k = model.LossExponent;
        int first = model.ParticipantStart[meeting], np = model.ParticipantStart[meeting + 1] - first;
        int sideFirst = model.SideStart[meeting], ns = model.SideStart[meeting + 1] - sideFirst;
        int agendaLength = model.AgendaStart[meeting + 1] - model.AgendaStart[meeting];
        int rounds = model.Rounds[meeting];
        int offersAt = offerBase + model.TrajectoryStart[meeting];
        var prm = ws.Parameters;
        var layout = model.Layout;
        var lw = ws.LocalWeight; var ideal = ws.LocalIdeal; var rlo = ws.LocalRedLineMin; var rhi = ws.LocalRedLineMax;
        var unit = ws.Unit; var offer = ws.Offer;

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
                loss += lw[row + u] * Loss(ws.StatusQuo[unit[u]] - ideal[row + u], k);
            }
            ws.Disagreement[j] = 1 - loss;
            ws.Floor[j] = Math.Max(ws.Reservation[a], 1 - loss);
        }

        // Each side's proposer aims at the capability × salience weighted position of everyone outside its side,
        // and concedes on its least salient items first.
        for (int s = 0; s < ns; s++)
        {
            int leader = model.SideLeader[sideFirst + s], leaderRow = leader * unitLength, row = s * unitLength;
            for (int u = 0; u < unitLength; u++)
            {
                int item = unit[u];
                double num = 0, den = 0;
                for (int q = 0; q < np; q++)
                {
                    if (model.SideOf[first + q] == s) continue;
                    int b = model.Participants[first + q];
                    double weight = prm[layout.Capability + b] * prm[layout.Salience + b * items + item];
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

        for (int t = 0; t < rounds; t++)
        {
            double tau = rounds > 1 ? (double)t / (rounds - 1) : 1.0;
            for (int j = 0; j < np; j++)
            {
                int a = model.Participants[first + j];
                double f = ConcessionCurve.Fraction(tau, prm[layout.InitialConcession + a], prm[layout.ConcessionExponent + a]);
                ws.Aspiration[j] = ConcessionCurve.Aspiration(ws.Floor[j], f);
            }

            int side = t % ns;
            int proposer = model.SideLeader[sideFirst + side], pRow = proposer * unitLength, sRow = side * unitLength;
            BuildOffer(ws, unitLength, pRow, sRow, 1 - ws.Aspiration[proposer], k);

            for (int u = 0; u < unitLength; u++)
            {
                double x = offer[u];
                int bin = (int)(x * CompiledModel.OfferBins);
                if (bin >= CompiledModel.OfferBins) bin = CompiledModel.OfferBins - 1;
                offerCounters[offersAt + (t * agendaLength + ws.UnitSlot[u]) * CompiledModel.OfferBins + bin]++;
            }

            bool agreed = true;
            for (int j = 0; j < np; j++)
            {
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
                bool counts = !model.SideIsLeaderRule[sideFirst + jSide] || model.SideLeader[sideFirst + jSide] == j;
                if (!counts || !agreed) continue;
                agreed = inside && Accepts(utility, ws.Aspiration[j], prm[layout.AcceptanceTemperature + model.Participants[first + j]], ref rng);
            }
            if (agreed) return new NegotiationResult(true, t + 1, -1);

            for (int j = 0; j < np; j++)
            {
                if (j == proposer) continue;
                int a = model.Participants[first + j];
                double hazard = prm[layout.WalkoutHazard + a];
                if (hazard > 0 && ws.ResponderUtility[j] < ws.Disagreement[j] - 1e-12 && rng.NextDouble() < hazard)
                    return new NegotiationResult(false, t + 1, a);
            }
        }
        return new NegotiationResult(false, rounds, -1);
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
            double x;
            if (budget <= 0 || full <= 0) x = full <= 0 ? start + gap : start;
            else if (full <= budget) { x = start + gap; budget -= full; }
            else
            {
                double share = budget / full;
                x = start + (k == 1 ? share : Math.Sqrt(share)) * gap;
                budget = 0;
            }
            offer[u] = Math.Clamp(x, ws.LocalRedLineMin[pRow + u], ws.LocalRedLineMax[pRow + u]);
        }
    }

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
