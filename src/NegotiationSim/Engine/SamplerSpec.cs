using NegotiationSim.Uncertainty;

namespace NegotiationSim.Engine;

/// <summary>
/// A distribution flattened for the hot loop: a kind tag and precomputed constants, no references.
/// Choice distributions keep their values and cumulative weights in <see cref="CompiledModel"/>'s
/// choice table at [<see cref="ChoiceStart"/>, ChoiceStart + ChoiceCount).
/// </summary>
public readonly record struct SamplerSpec(
    DistributionKind Kind,
    double P0, double P1, double P2, double P3, double P4, double P5, double P6, double P7,
    int ChoiceStart, int ChoiceCount);
