namespace NegotiationSim.Outcomes;

/// <summary>One headline metric, aligned across scenarios by the ids in its key.</summary>
/// <param name="Key">Stable key used in tables and JSON, e.g. <c>escalation</c>, <c>agreement.ukraine</c>, <c>held.m2</c>, <c>utility.russia</c>, <c>vetoed.russia</c>.</param>
/// <param name="Label">Human-readable label, e.g. <c>P(agreement): Ukraine's NATO membership prospects</c>.</param>
/// <param name="Kind">Whether it is a probability or a mean.</param>
public sealed record MetricDefinition(string Key, string Label, MetricKind Kind);
