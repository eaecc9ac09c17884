namespace NegotiationSim.Outcomes;

/// <summary>How a headline metric is estimated across replicates.</summary>
public enum MetricKind
{
    /// <summary>A share of replicates (each replicate contributes 0 or 1); 95% Wilson interval.</summary>
    Probability = 0,
    /// <summary>A mean over replicates of a per-replicate value; 95% normal interval.</summary>
    Mean = 1,
}
