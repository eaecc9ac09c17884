namespace NegotiationSim.Outcomes;

/// <summary>One metric's estimate with its 95% interval (Wilson for a probability, normal for a mean).</summary>
/// <param name="Metric">What is measured.</param>
/// <param name="Estimate">Share of replicates or mean; NaN when the scenario lacks the metric.</param>
/// <param name="Lower">Lower end of the 95% interval.</param>
/// <param name="Upper">Upper end of the 95% interval.</param>
public sealed record MetricEstimate(MetricDefinition Metric, double Estimate, double Lower, double Upper);
