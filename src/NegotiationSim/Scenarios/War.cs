using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>
/// What war means in a scenario (docs/model.md §13.1): a costly lottery over the state of the world (Fearon 1995;
/// Powell 1999). The initiators can start it; every party's outside option is its expected utility of the lottery
/// minus its own cost of war, computed per replicate from its own drawn preferences.
/// </summary>
/// <param name="Initiators">Party ids that can start the war (escalate); at least one.</param>
/// <param name="Prevails">The initiators' probability of prevailing, in [0, 1], as it evolves in time.</param>
/// <param name="IfPrevails">Item values after a war the initiators win; an item not listed keeps its value of the day.</param>
/// <param name="IfFails">Item values after a war the initiators lose; an item not listed keeps its value of the day.</param>
/// <param name="Costs">Each party's cost of war in utility units, ≥ 0; a party not listed bears none.</param>
/// <param name="Types">Initiator id → its private type and the others' beliefs about it (docs/model.md §14); null or empty: complete information.</param>
public sealed record War(
    IReadOnlyList<string> Initiators,
    WarOdds Prevails,
    IReadOnlyDictionary<string, Distribution> IfPrevails,
    IReadOnlyDictionary<string, Distribution> IfFails,
    IReadOnlyDictionary<string, Distribution> Costs,
    IReadOnlyDictionary<string, ResolveTypes>? Types = null);
