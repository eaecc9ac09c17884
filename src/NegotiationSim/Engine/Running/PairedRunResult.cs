using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine.Running;

/// <summary>What a paired run produced.</summary>
/// <param name="Outcomes">Per arm, the full outcome counters (as <see cref="MonteCarloRunner"/> gives for one scenario), for its <see cref="Summary"/>.</param>
/// <param name="Paired">The headline metrics of every arm and their per-replicate differences to arm 0.</param>
/// <param name="Completed">Replicates actually run per arm (fewer than asked when cancelled).</param>
/// <param name="Cancelled">True when the run was stopped before the end.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record PairedRunResult(IReadOnlyList<OutcomeAccumulator> Outcomes, PairedAccumulator Paired, long Completed, bool Cancelled, TimeSpan Elapsed);
