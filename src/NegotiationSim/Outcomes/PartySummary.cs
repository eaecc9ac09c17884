namespace NegotiationSim.Outcomes;

/// <summary>What the replicates say about one party.</summary>
/// <param name="Id">Party id.</param>
/// <param name="Name">Party name.</param>
/// <param name="FinalUtility">Distribution of the party's utility of the final outcome (all items, its own ideals and saliences).</param>
/// <param name="StatusQuoUtility">Distribution of its utility of the initial status quo (the disagreement point).</param>
/// <param name="WalkedOut">Probability that it walked out of some meeting.</param>
/// <param name="Escalated">Probability that it took its outside option (started the war); 0 when it cannot.</param>
/// <param name="HasOutsideOption">Whether the party has an outside option at all.</param>
/// <param name="OutsideOption">Distribution of its outside option at the last escalation decision (fixed, or computed from the war, docs/model.md §13.1), clamped into [0, 1]; null when it has none.</param>
public sealed record PartySummary(
    string Id, string Name, Distribution01 FinalUtility, Distribution01 StatusQuoUtility,
    Proportion WalkedOut, Proportion Escalated, bool HasOutsideOption, Distribution01? OutsideOption = null);
