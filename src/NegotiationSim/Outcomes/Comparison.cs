namespace NegotiationSim.Outcomes;

/// <summary>The headline metrics of several arms run on the same replicates, and their paired differences to the base.</summary>
/// <param name="Arms">Arm names; the first is the base every difference is taken against.</param>
/// <param name="Replicates">Replicates per arm.</param>
/// <param name="Metrics">Per metric, every arm's estimate and difference.</param>
public sealed record Comparison(IReadOnlyList<string> Arms, long Replicates, IReadOnlyList<MetricComparison> Metrics)
{
    /// <summary>The metric with key <paramref name="key"/>, or null.</summary>
    public MetricComparison? Find(string key) => Metrics.FirstOrDefault(m => m.Metric.Key == key);

    /// <summary>Arm <paramref name="arm"/>'s estimate of every metric (NaN where it lacks one).</summary>
    public IReadOnlyList<MetricEstimate> EstimatesOf(int arm) =>
        Metrics.Select(m => new MetricEstimate(m.Metric, m.Arms[arm].Estimate, m.Arms[arm].Lower, m.Arms[arm].Upper)).ToList().AsReadOnly();
}
