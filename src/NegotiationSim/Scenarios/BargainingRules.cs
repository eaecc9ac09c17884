namespace NegotiationSim.Scenarios;

/// <summary>
/// How offers are made and judged (docs/model.md §13). The defaults are the model of §4 as it was before the shadow
/// of war, so that files written for it keep their results; the default scenario switches every rule on.
/// </summary>
/// <param name="Proposer">Who proposes in each round.</param>
/// <param name="Acceptance">How a responder's acceptance noise is drawn.</param>
/// <param name="ShadowOfWar">Outside options enter the floors at the table, and initiators may escalate before every dated meeting (§13.2–13.3).</param>
/// <param name="OffersStopAtStatusQuo">No offer moves an item the proposer weighs past the status quo unless the item is tradeable (§13.6).</param>
public sealed record BargainingRules(ProposerRule Proposer, AcceptanceNoise Acceptance, bool ShadowOfWar, bool OffersStopAtStatusQuo)
{
    /// <summary>The rules of §4: rotating proposers, a fresh coin per offer, outside options only at the end.</summary>
    public static BargainingRules Classic { get; } = new(ProposerRule.Rotation, AcceptanceNoise.PerOffer, false, false);
}
