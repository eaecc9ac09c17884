using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>
/// An initiator's private type (docs/model.md §14): resolute (its cost of war is <c>war.costs</c>) or irresolute (that
/// cost plus <see cref="ExtraCost"/>), drawn per replicate; every other party holds a belief, the probability that it
/// is resolute, updated by Bayes' rule from what it observes (Fearon 1995; Powell 1999; Kydd 2005; Zeng &amp; Sycara 1998).
/// </summary>
/// <param name="PriorResolute">Nature's probability that the initiator is resolute, in [0, 1].</param>
/// <param name="ExtraCost">The irresolute type's cost of war above the resolute type's, ≥ 0.</param>
/// <param name="MobilisesIfResolute">Probability that a resolute initiator mobilises (the costly signal); null: no signal.</param>
/// <param name="MobilisesIfIrresolute">Probability that an irresolute initiator mobilises (bluffs); null: no signal.</param>
/// <param name="Beliefs">Observer party id → its prior probability that the initiator is resolute; observers left out hold the common prior.</param>
/// <param name="BeliefsFromTrust">Observers left out of <see cref="Beliefs"/> take 1 − the replicate's initial trust as their prior (Kydd 2005).</param>
/// <param name="Known">Every observer knows the drawn type (beliefs 1 or 0): complete information with the same types, the comparison that isolates what private information does.</param>
public sealed record ResolveTypes(
    Distribution PriorResolute,
    Distribution ExtraCost,
    Distribution? MobilisesIfResolute,
    Distribution? MobilisesIfIrresolute,
    IReadOnlyDictionary<string, Distribution> Beliefs,
    bool BeliefsFromTrust,
    bool Known = false);
