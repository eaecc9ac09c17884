using NegotiationSim.Experiments.Shards;

namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim slurm` was asked to do.</summary>
/// <param name="Words">Experiment files, then the simulating command's own options (given after --).</param>
/// <param name="Shards">N ≥ 1.</param>
/// <param name="Out">The job folder.</param>
/// <param name="Command">"run", "compare" or "sweep".</param>
public sealed record SlurmOptions(IReadOnlyList<string> Words, int Shards, string Out, string Command)
{
    /// <summary>What the jobs ask of the cluster (sbatch options).</summary>
    public SlurmResources Resources { get; init; } = new();

    /// <summary>How compute nodes start negsim; null for this negsim's absolute path.</summary>
    public string? Negsim { get; init; }

    /// <summary>Submit with sbatch.</summary>
    public bool Submit { get; init; }

    /// <summary>Replace the job folder.</summary>
    public bool Force { get; init; }
}
