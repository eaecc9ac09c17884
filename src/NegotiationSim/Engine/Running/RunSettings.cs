namespace NegotiationSim.Engine.Running;

/// <summary>How to run an experiment's replicates.</summary>
/// <param name="Replicates">Number of replicates, ≥ 1 (from <see cref="FirstReplicate"/> on).</param>
/// <param name="Seed">Master seed; replicate r draws only from streams derived from (seed, r).</param>
/// <param name="Threads">Worker threads; 0 means one per core. Results do not depend on it.</param>
public sealed record RunSettings(long Replicates, ulong Seed, int Threads = 0)
{
    /// <summary>Replicates per unit of work handed to a thread.</summary>
    public const int ChunkSize = 2048;

    /// <summary>
    /// The first replicate to run: the run covers replicates FirstReplicate … FirstReplicate + Replicates − 1, so a
    /// shard of a larger run draws exactly the numbers the whole run would for them (docs/model.md §8). 0 by default.
    /// </summary>
    public long FirstReplicate { get; init; }

    /// <summary>The thread count actually used.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}
