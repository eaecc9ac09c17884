using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine.Running;

/// <summary>The merged outcome counters of a run.</summary>
/// <param name="Outcomes">All replicates' outcomes, merged.</param>
/// <param name="Completed">Replicates actually run (fewer than asked when cancelled).</param>
/// <param name="Cancelled">True when the run was stopped before the end.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record RunResult(OutcomeAccumulator Outcomes, long Completed, bool Cancelled, TimeSpan Elapsed);
