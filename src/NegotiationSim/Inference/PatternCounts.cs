namespace NegotiationSim.Inference;

/// <summary>How often each pattern, and all of them together, held in <see cref="Runs"/> replicates.</summary>
/// <param name="Runs">Replicates simulated.</param>
/// <param name="Held">Per pattern, in file order: replicates in which it held.</param>
/// <param name="Joint">Replicates in which every pattern held.</param>
public sealed record PatternCounts(long Runs, IReadOnlyList<long> Held, long Joint);
