namespace NegotiationSim.Reference;

/// <summary>
/// The points where docs/model.md (written at commit 8983a2c) and the engine (changed since by the "review fixes" of
/// commit 88e1b12) describe different models. Each switch selects one reading; <see cref="Engine"/> reproduces the
/// engine replicate by replicate, <see cref="AsDocumented"/> follows docs/model.md to the letter. Everything else the
/// two agree on is implemented once, with no switch.
/// </summary>
/// <param name="NormalisedSalienceInWeightedMeans">
/// True (engine): the bloc's common position (eq. 5) and the proposer's target (eq. 11) weight each party by capability ×
/// <em>normalised</em> salience w (eq. 1). False (docs/model.md eqs. 5 and 11, §9, §12): capability × <em>raw</em> salience s.
/// </param>
/// <param name="EscalationDrawForEveryParty">
/// True (engine): every party, in party order, consumes one draw from the <c>escalation</c> stream, with or without an
/// outside option. False (docs/model.md §6.2 and the stream table of §8.1): only parties with an outside option draw.
/// </param>
/// <param name="EmptyHeldMeetingIsAFailure">
/// True (docs/model.md §5.4): a held meeting whose whole agenda was settled earlier counts as a failure: trust falls by
/// g_F and every participant hardens. False (engine): it changes nothing.
/// </param>
/// <param name="IndifferentResponderAcceptsInsideRedLines">
/// True (engine): a responder with zero weight on every item of the unit accepts exactly when the offer respects its red
/// lines, with no draw. False (docs/model.md §4.6): it follows eq. 15 with U = α = 1, so under the logistic rule it
/// consumes a draw and accepts with probability ½.
/// </param>
/// <param name="ChargeActualCostOfClampedMoves">
/// True (engine): after each item the proposer's budget falls by what the (clamped) move actually cost, so budget not
/// spent because of a red line passes on to later items. False (docs/model.md eq. 13 and §4.4): the budget falls by the
/// full cost C when the item is conceded fully and to 0 after a partial step, whatever the clamp did.
/// </param>
public sealed record ReferenceRules(
    bool NormalisedSalienceInWeightedMeans,
    bool EscalationDrawForEveryParty,
    bool EmptyHeldMeetingIsAFailure,
    bool IndifferentResponderAcceptsInsideRedLines,
    bool ChargeActualCostOfClampedMoves)
{
    /// <summary>The model as the engine (<c>ReplicateKernel</c>, <c>AlternatingOffers</c>) computes it.</summary>
    public static ReferenceRules Engine { get; } = new(
        NormalisedSalienceInWeightedMeans: true,
        EscalationDrawForEveryParty: true,
        EmptyHeldMeetingIsAFailure: false,
        IndifferentResponderAcceptsInsideRedLines: true,
        ChargeActualCostOfClampedMoves: true);

    /// <summary>The model as docs/model.md states it.</summary>
    public static ReferenceRules AsDocumented { get; } = new(
        NormalisedSalienceInWeightedMeans: false,
        EscalationDrawForEveryParty: false,
        EmptyHeldMeetingIsAFailure: true,
        IndifferentResponderAcceptsInsideRedLines: false,
        ChargeActualCostOfClampedMoves: false);
}
