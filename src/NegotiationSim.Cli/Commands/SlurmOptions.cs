namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim slurm` was asked to do.</summary>
/// <param name="Words">Experiment files, then the simulating command's own options (given after --).</param>
/// <param name="Shards">N ≥ 1.</param>
/// <param name="Out">The job folder.</param>
/// <param name="Command">"run", "compare" or "sweep".</param>
public sealed record SlurmOptions(IReadOnlyList<string> Words, int Shards, string Out, string Command)
{
    /// <summary>sbatch --partition, or null.</summary>
    public string? Partition { get; init; }

    /// <summary>sbatch --time, or null.</summary>
    public string? Time { get; init; }

    /// <summary>sbatch --mem, or null.</summary>
    public string? Memory { get; init; }

    /// <summary>sbatch --account, or null.</summary>
    public string? Account { get; init; }

    /// <summary>sbatch --cpus-per-task for the shards.</summary>
    public int CpusPerTask { get; init; } = 1;

    /// <summary>At most this many shards at once; 0 for no limit.</summary>
    public int Throttle { get; init; }

    /// <summary>Other sbatch options, as given.</summary>
    public IReadOnlyList<string> Extra { get; init; } = [];

    /// <summary>How compute nodes start negsim; null for this negsim's absolute path.</summary>
    public string? Negsim { get; init; }

    /// <summary>Submit with sbatch.</summary>
    public bool Submit { get; init; }

    /// <summary>Replace the job folder.</summary>
    public bool Force { get; init; }
}
