using System.Diagnostics;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Experiments.Shards;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;
using Xunit.Abstractions;

namespace NegotiationSim.Tests.Shards;

/// <summary>
/// negsim slurm --submit on a real Slurm cluster (.ci/slurm-up.sh starts a single-node one): a job array of 4 shards
/// and the dependent merge job give a summary.json byte for byte equal to a single local run's, timing fields aside.
/// Skipped, saying why, where no Slurm cluster answers.
/// </summary>
public class SlurmClusterTests(ITestOutputHelper log) : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SlurmFact]
    public void A_job_array_of_four_shards_and_its_merge_give_the_local_runs_summary()
    {
        string experiment = Repository.File("experiments/nato-russia-2022.json");
        string job = Path.Combine(_folder.Path, "job");
        string[] options = ["--runs", "20000", "--seed", "11", "--no-plots"];
        var output = new StringWriter();
        var error = new StringWriter();

        // negsim.dll as ProcessTests uses it: the jobs start it with dotnet, as a cluster user would start negsim.
        var code = SlurmCommand.Execute(new SlurmOptions([experiment, .. options], 4, job, "run")
        {
            Negsim = "dotnet " + NegsimDll(),
            Resources = new SlurmResources { Time = "0:10:00" },
            Submit = true,
        }, output, error);
        log.WriteLine(output.ToString());
        Assert.True(code == ExitCode.Success, error.ToString());
        var jobs = File.ReadAllLines(Path.Combine(job, "jobs.txt")).Select(l => l.Split(' ')[1]).ToList();

        var clock = Stopwatch.StartNew();
        while (Squeue(jobs) && clock.Elapsed < TimeSpan.FromMinutes(4)) Thread.Sleep(1000);
        log.WriteLine($"jobs {string.Join(",", jobs)} left the queue after {clock.Elapsed.TotalSeconds:0} s");
        string merged = Path.Combine(job, "results", "summary.json");
        Assert.True(File.Exists(merged), "the merge job wrote no results; logs:\n" + string.Join("\n",
            Directory.GetFiles(Path.Combine(job, "logs")).Select(f => $"--- {f}\n{File.ReadAllText(f)}")));
        Assert.Equal(4, Directory.GetDirectories(Path.Combine(job, "shards")).Length);

        // The same run on this machine, one thread as each shard had (--cpus-per-task 1).
        var local = RunCommand.Execute(new RunOptions(experiment, 20000, 11, Path.Combine(_folder.Path, "local"), 1, false, true), new StringWriter(), error, default);
        Assert.True(local == ExitCode.Success, error.ToString());
        Assert.Equal(WithoutTiming(File.ReadAllText(Path.Combine(_folder.Path, "local", "summary.json"))), WithoutTiming(File.ReadAllText(merged)));
    }

    [SlurmFact]
    public void Shard_slurm_reads_a_real_job_arrays_environment()
    {
        // An array numbered from 0, as users often write it: --shard slurm must map tasks 0…2 to shards 1…3.
        string experiment = Repository.File("experiments/nato-russia-2022.json");
        string parts = Path.Combine(_folder.Path, "parts");
        string script = Path.Combine(_folder.Path, "array.sbatch");
        File.WriteAllText(script, $"""
            #!/bin/bash
            #SBATCH --array=0-2
            #SBATCH --output={_folder.Path}/task-%a.out
            exec dotnet {NegsimDll()} run {experiment} --runs 6000 --seed 4 --no-plots --threads 1 --shard slurm --out {parts}
            """);
        string id = SlurmFactAttribute.Run("sbatch", "--parsable", script).Trim().Split(';')[0];
        var clock = Stopwatch.StartNew();
        while (Squeue([id]) && clock.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(1000);

        var shards = Directory.Exists(parts) ? Directory.GetDirectories(parts).Select(Path.GetFileName).Order().ToList() : [];
        Assert.True(shards.Count == 3, "tasks' output:\n" + string.Join("\n", Directory.GetFiles(_folder.Path, "task-*.out").Select(File.ReadAllText)));
        Assert.Equal(["shard-0001-of-0003", "shard-0002-of-0003", "shard-0003-of-0003"], shards);
        var error = new StringWriter();
        Assert.True(MergeCommand.Execute([parts], Path.Combine(_folder.Path, "merged"), false, new StringWriter(), error, default) == ExitCode.Success, error.ToString());
        Assert.True(RunCommand.Execute(new RunOptions(experiment, 6000, 4, Path.Combine(_folder.Path, "local"), 1, false, true), new StringWriter(), error, default) == ExitCode.Success, error.ToString());
        Assert.Equal(WithoutTiming(File.ReadAllText(Path.Combine(_folder.Path, "local", "summary.json"))),
            WithoutTiming(File.ReadAllText(Path.Combine(_folder.Path, "merged", "summary.json"))));
    }

    /// <summary>The text with the two lines that record when and how long it ran taken out; everything else byte for byte.</summary>
    private static string WithoutTiming(string json) =>
        string.Join("\n", json.Split('\n').Where(l => !l.TrimStart().StartsWith("\"wallSeconds\"", StringComparison.Ordinal)
                                                   && !l.TrimStart().StartsWith("\"startedUtc\"", StringComparison.Ordinal)));

    private static string NegsimDll()
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
        string built = Repository.File($"src/NegotiationSim.Cli/bin/{configuration}/net10.0/negsim.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "negsim.dll");
    }

    /// <summary>True while any of the jobs is pending or running (squeue refuses ids it has already forgotten: then none is).</summary>
    private static bool Squeue(IReadOnlyList<string> jobs)
    {
        try { return SlurmFactAttribute.Run("squeue", "-h", "-j", string.Join(",", jobs), "-o", "%i").Trim().Length > 0; }
        catch (InvalidOperationException) { return false; }
    }
}
