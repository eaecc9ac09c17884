using NegotiationSim.Outcomes;

namespace NegotiationSim.Sensitivity;

/// <summary>One point of a parameter sweep and what the run there estimated.</summary>
/// <param name="Index">0-based point number.</param>
/// <param name="Block">Where the point belongs: "grid" for a grid, or the Saltelli block ("A", "B", "AB0", …).</param>
/// <param name="Values">The swept parameters' values, in the sweep's parameter order.</param>
/// <param name="Metrics">Every headline metric at this point.</param>
public sealed record SweepPoint(int Index, string Block, IReadOnlyList<double> Values, IReadOnlyList<MetricEstimate> Metrics)
{
    /// <summary>The estimate of the metric with key <paramref name="key"/>, or null.</summary>
    public MetricEstimate? Find(string key) => Metrics.FirstOrDefault(m => m.Metric.Key == key);
}
