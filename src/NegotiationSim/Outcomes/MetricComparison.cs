namespace NegotiationSim.Outcomes;

/// <summary>One metric across the arms of a comparison.</summary>
/// <param name="Metric">What is measured.</param>
/// <param name="Arms">Per arm, in arm order (the base first).</param>
public sealed record MetricComparison(MetricDefinition Metric, IReadOnlyList<ArmEstimate> Arms);
