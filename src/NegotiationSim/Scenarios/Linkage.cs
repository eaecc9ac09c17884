using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>
/// Issue linkage (Sebenius 1983; Morrow 1992; docs/model.md §13.4): the party agrees to none of <see cref="Items"/>
/// until every item of <see cref="On"/> is settled, earlier or in the same package. "Nothing is agreed until
/// everything is agreed" is a linkage whose two lists are the whole agenda.
/// </summary>
/// <param name="Items">Item ids whose agreement is conditional.</param>
/// <param name="On">Item ids that must be settled first.</param>
/// <param name="Holds">Probability, in [0, 1], that the party holds to the linkage in a replicate.</param>
public sealed record Linkage(IReadOnlyList<string> Items, IReadOnlyList<string> On, Distribution Holds);
