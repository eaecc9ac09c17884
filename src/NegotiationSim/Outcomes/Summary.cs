using System.Text.Json.Serialization;

namespace NegotiationSim.Outcomes;

/// <summary>Everything an experiment reports (docs/model.md §7), computed from merged accumulators; input to tables, plots and summary.json.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Replicates">Number of replicates.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Items">Per agenda item.</param>
/// <param name="Parties">Per party.</param>
/// <param name="Meetings">Per meeting, in sequence order.</param>
/// <param name="Completed">Probability that every meeting was held without walkout.</param>
/// <param name="Declined">Probability that the sequence was broken by a party staying away.</param>
/// <param name="Walkout">Probability that the sequence was broken by a walkout.</param>
/// <param name="Escalation">Probability that some party took its outside option.</param>
/// <param name="AnyAgreement">Probability that at least one item was agreed.</param>
/// <param name="MeanMeetingsHeld">Mean number of meetings held.</param>
/// <param name="Efficiency">Distance to the Nash solution and the Pareto frontier.</param>
/// <param name="EscalationAtEnd">Probability that war was started at the final decision, after the sequence (docs/model.md §13.3).</param>
/// <param name="BargainingRange">With a war described: probability that some outcome gives every party at least its war payoff (§13.2).</param>
/// <param name="EndedByWar">Probability that war began before the sequence was over, with nothing gone wrong before (ending <see cref="Ending.War"/>).</param>
/// <param name="Learning">With private types (docs/model.md §14): beliefs over the sequence and the sources of war; omitted otherwise.</param>
/// <param name="WarPrevailed">With a war described: probability that war was fought and its initiators prevailed (§13.1).</param>
/// <param name="Blocs">
/// When vetoes are recorded (docs/model.md §15.5): per bloc, in the experiment's order, its cohesion in action (offers its
/// members judged together, and the share on which they split); null, and omitted from summary.json, otherwise.
/// </param>
public sealed record Summary(
    string Scenario, long Replicates, ulong Seed,
    IReadOnlyList<ItemSummary> Items, IReadOnlyList<PartySummary> Parties, IReadOnlyList<MeetingSummary> Meetings,
    Proportion Completed, Proportion Declined, Proportion Walkout, Proportion Escalation, Proportion AnyAgreement,
    double MeanMeetingsHeld, EfficiencySummary Efficiency,
    Proportion? EscalationAtEnd = null, Proportion? BargainingRange = null, Proportion? WarPrevailed = null, Proportion? EndedByWar = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LearningSummary? Learning = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BlocSummary>? Blocs = null)
{
    /// <summary>Whether vetoes were recorded (docs/model.md §15.5): <see cref="Blocs"/> is then present and every party has <see cref="PartySummary.Vetoed"/>.</summary>
    [JsonIgnore]
    public bool TracksVetoes => Blocs is not null;

    /// <summary>Whether some party vetoed some offer in some replicate (vetoes recorded, and at least one counted).</summary>
    [JsonIgnore]
    public bool AnyVeto => TracksVetoes && (Parties ?? []).Any(p => p.Vetoed is { Count: > 0 });
}
