using System.Text.Json.Serialization;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Outcomes;

/// <summary>One bloc's cohesion in action (docs/model.md §15.5): how often its members judged offers together and split on them.</summary>
/// <param name="Id">Bloc id.</param>
/// <param name="Rule">How the bloc decides on an offer (§4.5, §15.1).</param>
/// <param name="Threshold">Under <see cref="BlocRule.Weighted"/>: the share of the present members' capability that must accept; null (omitted) under the other rules.</param>
/// <param name="Cohesion">Offers judged by at least two of its counting members, and those on which they split.</param>
public sealed record BlocSummary(string Id, BlocRule Rule,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Threshold,
    CohesionSummary Cohesion);
