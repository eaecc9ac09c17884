namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// What a Slurm job asks of the cluster, as `negsim slurm` takes it from its options and writes it into both job
/// scripts (docs/cluster.md). Every value is passed to sbatch as given; null or empty leaves the cluster's default.
/// </summary>
public sealed record SlurmResources
{
    /// <summary>sbatch --partition, or null.</summary>
    public string? Partition { get; init; }

    /// <summary>sbatch --time for each shard (and the merge), or null for the partition's default.</summary>
    public string? Time { get; init; }

    /// <summary>sbatch --mem, or null.</summary>
    public string? Memory { get; init; }

    /// <summary>sbatch --account, or null.</summary>
    public string? Account { get; init; }

    /// <summary>sbatch --cpus-per-task for the shards: negsim uses that many threads in each task.</summary>
    public int CpusPerTask { get; init; } = 1;

    /// <summary>At most this many shards run at once (--array=1-N%LIMIT), or 0 for no limit.</summary>
    public int Throttle { get; init; }

    /// <summary>Further sbatch options, written as given (e.g. --qos=long), for both jobs.</summary>
    public IReadOnlyList<string> Extra { get; init; } = [];
}
