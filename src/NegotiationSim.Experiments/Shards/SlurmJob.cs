namespace NegotiationSim.Experiments.Shards;

/// <summary>What `negsim slurm` writes job scripts for: a job array of shards and a merge job that waits for it.</summary>
/// <param name="Name">Job name (the experiment's scenario name); the merge job is NAME-merge.</param>
/// <param name="Shards">N, the array's size: tasks 1 … N each run shard K = task of N.</param>
/// <param name="Negsim">How to start negsim on the compute nodes, already quoted for bash (an absolute path, or "dotnet /path/negsim.dll").</param>
/// <param name="Command">The simulating command's words after negsim, quoted for bash: "run experiments/x.json --runs 1000000".</param>
/// <param name="WorkingDirectory">Absolute folder the jobs run in, so that relative experiment paths resolve as they did here.</param>
/// <param name="Folder">Absolute job folder: scripts, shards/, logs/ and results/ go in it.</param>
public sealed record SlurmJob(string Name, int Shards, string Negsim, string Command, string WorkingDirectory, string Folder)
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
