using NegotiationSim.Engine.Compilation;
using NegotiationSim.Protocols.ExpectedUtility;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// A meeting run by the expected-utility model (docs/model.md §4.11) instead of alternating offers: for one
/// agenda item, the participants' (bloc-adjusted) ideals are their starting positions, their capabilities their
/// capabilities, and each one's salience for the item relative to its most salient item (so in [0, 1]) its salience;
/// the model runs for the meeting's round limit. The item is agreed when the positions have converged to within
/// <see cref="ConvergenceTolerance"/> and the median voter position lies inside every participant's red lines;
/// the agreed value is that median voter position. Deterministic: it draws no random numbers.
/// </summary>
internal static class ExpectedUtilityMeeting
{
    /// <summary>Largest spread of the final positions, on the item's [0, 1] scale, that counts as agreement.</summary>
    public const double ConvergenceTolerance = 0.05;

    /// <summary>Negotiates item <c>ws.Unit[0]</c>; on agreement leaves the value in <c>ws.Offer[0]</c>. The median voter positions go into <paramref name="row"/>'s offer list.</summary>
    public static NegotiationResult Negotiate(CompiledModel model, Workspace ws, int meeting, OutcomeRowLayout R, Span<double> row)
    {
        int items = model.Items, item = ws.Unit[0], slot = ws.UnitSlot[0];
        int first = model.ParticipantStart[meeting], np = model.ParticipantStart[meeting + 1] - first;
        int rounds = model.Rounds[meeting];
        var prm = ws.Parameters;
        var layout = model.Layout;
        var cap = ws.EuCapability.AsSpan(0, np);
        var pos = ws.EuPosition.AsSpan(0, np);
        var sal = ws.EuSalience.AsSpan(0, np);
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity, weight = 0;
        for (int j = 0; j < np; j++)
        {
            int a = model.Participants[first + j];
            double top = 0;
            for (int i = 0; i < items; i++) top = Math.Max(top, ws.Weight[a * items + i]);
            cap[j] = prm[layout.Capability + a];
            pos[j] = ws.Ideal[a * items + item];
            sal[j] = top > 0 ? ws.Weight[a * items + item] / top : 0;
            weight += cap[j] * sal[j];
            lo = Math.Min(lo, pos[j]);
            hi = Math.Max(hi, pos[j]);
        }
        // Nobody weighs the item: there is nothing to negotiate and nothing changes.
        if (!(weight > 0)) return new NegotiationResult(false, 0, -1);

        int played;
        double median;
        if (hi - lo <= 1e-12)
        {
            played = 1;
            median = lo;
            R.AddOffer(row, model.OfferCell(meeting, 0, slot, median));
        }
        else
        {
            var settings = new ExpectedUtilitySettings(rounds, hi - lo) { SettleTolerance = 1e-9 };
            var trajectory = new ExpectedUtilityTrajectory(ws.EuPositions.AsSpan(0, (rounds + 1) * np),
                ws.EuMedianVoter.AsSpan(0, rounds + 1), ws.EuWeightedMean.AsSpan(0, rounds + 1), ws.EuWeightedMedian.AsSpan(0, rounds + 1));
            played = Math.Max(1, ExpectedUtilityKernel.Run(cap, pos, sal, settings, ws.EuWorkspace!, trajectory));
            // The median voter after each round is the position "on the table".
            for (int t = 0; t < played; t++) R.AddOffer(row, model.OfferCell(meeting, t, slot, ws.EuMedianVoter[t + 1]));
            median = ws.EuMedianVoter[played];
            var last = ws.EuPositions.AsSpan(played * np, np);
            lo = double.PositiveInfinity; hi = double.NegativeInfinity;
            foreach (double x in last) { lo = Math.Min(lo, x); hi = Math.Max(hi, x); }
        }

        bool agreed = hi - lo <= ConvergenceTolerance;
        for (int j = 0; j < np && agreed; j++)
        {
            int ai = model.Participants[first + j] * items + item;
            agreed = median >= model.RedLineMin[ai] && median <= model.RedLineMax[ai];
        }
        if (agreed) ws.Offer[0] = Math.Clamp(median, 0, 1);
        return new NegotiationResult(agreed, played, -1);
    }
}
