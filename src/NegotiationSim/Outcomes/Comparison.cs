namespace NegotiationSim.Outcomes;

/// <summary>The headline metrics of several arms run on the same replicates, and their paired differences to the base.</summary>
/// <param name="Arms">Arm names; the first is the base every difference is taken against.</param>
/// <param name="Replicates">Replicates per arm.</param>
/// <param name="Metrics">Per metric, every arm's estimate and difference.</param>
public sealed record Comparison(IReadOnlyList<string> Arms, long Replicates, IReadOnlyList<MetricComparison> Metrics)
{
    /// <summary>The metric with key <paramref name="key"/>, or null.</summary>
    public MetricComparison? Find(string key) => Metrics.FirstOrDefault(m => m.Metric.Key == key);
}
