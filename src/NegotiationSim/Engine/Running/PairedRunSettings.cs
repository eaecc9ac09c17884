namespace NegotiationSim.Engine.Running;

/// <summary>How to run several arms replicate by replicate.</summary>
/// <param name="Replicates">Replicates per arm, ≥ 1.</param>
/// <param name="Seeds">One master seed per arm. Equal seeds give common random numbers: wherever two arms share a
/// parameter, meeting or party, replicate r draws the same numbers for it in both.</param>
/// <param name="Threads">Worker threads; 0 means one per core. Results do not depend on it.</param>
public sealed record PairedRunSettings(long Replicates, IReadOnlyList<ulong> Seeds, int Threads = 0)
{
    /// <summary>The first replicate to run (see <see cref="RunSettings.FirstReplicate"/>); 0 by default.</summary>
    public long FirstReplicate { get; init; }

    /// <summary>The thread count actually used.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;

    /// <summary>Every arm on the same seed: common random numbers, the default for comparisons and sweeps.</summary>
    public static PairedRunSettings Common(long replicates, ulong seed, int arms, int threads = 0) =>
        new(replicates, Enumerable.Repeat(seed, arms).ToArray(), threads);

    /// <summary>
    /// Arm k on seed + k (wrapping): independent random numbers, for measuring what common random numbers gain.
    /// SplitMix64 streams are keyed by a mix of the seed, so neighbouring seeds give unrelated streams.
    /// </summary>
    public static PairedRunSettings Independent(long replicates, ulong seed, int arms, int threads = 0) =>
        new(replicates, Enumerable.Range(0, arms).Select(k => unchecked(seed + (ulong)k)).ToArray(), threads);
}
