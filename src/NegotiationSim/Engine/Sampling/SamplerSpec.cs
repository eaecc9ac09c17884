using NegotiationSim.Uncertainty;

namespace NegotiationSim.Engine.Sampling;

/// <summary>
/// A distribution flattened for the hot loop: a kind tag and precomputed constants, no references.
/// Choice distributions keep their (value, cumulative weight) pairs, and Beta distributions with both shapes ≥ 1
/// their hat tables (<see cref="BetaHat"/>), in <see cref="CompiledModel"/>'s lookup table at
/// [<see cref="TableStart"/>, …) with <see cref="TableCount"/> entries.
/// </summary>
internal readonly record struct SamplerSpec(
    DistributionKind Kind,
    double P0, double P1, double P2, double P3, double P4, double P5, double P6, double P7,
    int TableStart, int TableCount);
