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
    /// <summary>What the jobs ask of the cluster: partition, time, memory, account, CPUs, throttle, further options.</summary>
    public SlurmResources Resources { get; init; } = new();
}
