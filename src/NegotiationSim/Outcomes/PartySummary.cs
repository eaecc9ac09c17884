using System.Text.Json.Serialization;

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
/// <param name="Vetoed">
/// When vetoes are recorded (docs/model.md §15.5): probability that the party vetoed some offer in the sequence (its
/// refusal alone kept the offer from agreement); null, and omitted from summary.json, otherwise.
/// </param>
/// <param name="VetoesByMeeting">
/// When vetoes are recorded: per meeting, in sequence order, the mean number per replicate of the meeting's negotiations
/// in which the party vetoed some offer (every replicate as denominator; for a meeting negotiated as one package, the
/// probability that it vetoed there); null, and omitted, otherwise.
/// </param>
public sealed record PartySummary(
    string Id, string Name, Distribution01 FinalUtility, Distribution01 StatusQuoUtility,
    Proportion WalkedOut, Proportion Escalated, bool HasOutsideOption, Distribution01? OutsideOption = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Proportion? Vetoed = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? VetoesByMeeting = null);
