using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>A party's stance on one agenda item.</summary>
/// <param name="Ideal">Most preferred value, in [0, 1].</param>
/// <param name="Salience">How much the item matters to the party, ≥ 0 (normalised across items).</param>
/// <param name="RedLine">Values the party will never accept outside of.</param>
/// <param name="Tradeable">The party may offer this item past the status quo when the offers-stop-at-the-status-quo rule is on (docs/model.md §13.6).</param>
public sealed record PartyPosition(Distribution Ideal, Distribution Salience, RedLine RedLine, bool Tradeable = false);
