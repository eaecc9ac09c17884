namespace NegotiationSim.Uncertainty;

/// <summary>The families an uncertain parameter may be drawn from (docs/model.md §8.2).</summary>
public enum DistributionKind
{
    /// <summary>A point value: no randomness.</summary>
    Fixed,
    /// <summary>Uniform on [lower, upper].</summary>
    Uniform,
    /// <summary>Normal(mean, sd).</summary>
    Normal,
    /// <summary>Normal(mean, sd) conditioned on [lower, upper].</summary>
    TruncatedNormal,
    /// <summary>Beta(α, β) scaled to [lower, upper].</summary>
    Beta,
    /// <summary>Triangular(lower, mode, upper).</summary>
    Triangular,
    /// <summary>PERT(lower, mode, upper): a Beta with shape 4 (Vose 2008).</summary>
    Pert,
    /// <summary>One of a finite list of values, with weights.</summary>
    Choice,
}
