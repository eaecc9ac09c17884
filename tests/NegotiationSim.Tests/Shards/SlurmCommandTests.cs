using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Experiments.Shards;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Shards;

/// <summary>negsim slurm without a cluster: the scripts it writes, and the mistakes it refuses before anything is submitted.</summary>
public class SlurmCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private static readonly string Experiment = Repository.File("experiments/nato-russia-2022.json");

    public void Dispose() => _folder.Dispose();

    private (ExitCode Code, string Output, string Error) Slurm(SlurmOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SlurmCommand.Execute(options, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_job_array_runs_each_shard_and_the_merge_waits_for_all()
    {
        string job = Path.Combine(_folder.Path, "job");
        var (code, output, error) = Slurm(new SlurmOptions([Experiment, "--runs", "100000", "--seed", "3"], 16, job, "run")
        {
            Resources = new SlurmResources
            {
                Partition = "short",
                Time = "1:00:00",
                Memory = "2G",
                Account = "proj42",
                CpusPerTask = 4,
                Throttle = 8,
                Extra = ["--qos=long"],
            },
            Negsim = "/opt/negsim/negsim",
        });

        Assert.True(code == ExitCode.Success, error);
        Assert.Contains("submit.sh", output, StringComparison.Ordinal);
        string shards = File.ReadAllText(Path.Combine(job, SlurmScript.ShardsFile));
        foreach (var line in new[]
                 {
                     "#SBATCH --array=1-16%8", "#SBATCH --partition=short", "#SBATCH --time=1:00:00", "#SBATCH --mem=2G",
                     "#SBATCH --account=proj42", "#SBATCH --cpus-per-task=4", "#SBATCH --qos=long", $"#SBATCH --output={job}/logs/shard-%a.out",
                     $"exec /opt/negsim/negsim run {Experiment} --runs 100000 --seed 3 --shard \"$SLURM_ARRAY_TASK_ID/16\" --threads \"${{SLURM_CPUS_PER_TASK:-1}}\" --out {job}/shards --force",
                 })
            Assert.Contains(line, shards, StringComparison.Ordinal);
        Assert.Contains($"cd {SlurmScript.Quote(Environment.CurrentDirectory)}", shards, StringComparison.Ordinal);
        string merge = File.ReadAllText(Path.Combine(job, SlurmScript.MergeFile));
        Assert.Contains($"exec /opt/negsim/negsim merge {job}/shards --out {job}/results --force", merge, StringComparison.Ordinal);
        Assert.DoesNotContain("--array", merge, StringComparison.Ordinal);
        Assert.Contains("--dependency=afterok:\"$array\"", File.ReadAllText(Path.Combine(job, SlurmScript.SubmitFile)), StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(job, "logs")), "Slurm does not create the folder of --output itself");
    }

    [Fact]
    public void A_sweep_job_passes_its_parameters_through()
    {
        string job = Path.Combine(_folder.Path, "job");
        var (code, _, error) = Slurm(new SlurmOptions([Experiment, "--param", "trust.initial=0.05:0.5:9"], 3, job, "sweep") { Negsim = "negsim" });

        Assert.True(code == ExitCode.Success, error);
        Assert.Contains($"exec negsim sweep {Experiment} --param trust.initial=0.05:0.5:9 --shard \"$SLURM_ARRAY_TASK_ID/3\"", File.ReadAllText(Path.Combine(job, SlurmScript.ShardsFile)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--shard")]
    [InlineData("--out")]
    [InlineData("--threads")]
    [InlineData("--force")]
    public void Options_the_scripts_set_themselves_are_refused(string option)
    {
        string job = Path.Combine(_folder.Path, "job");
        var (code, _, error) = Slurm(new SlurmOptions([Experiment, option, "1"], 4, job, "run"));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains(option + ": the job scripts set", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(job));
    }

    [Fact]
    public void A_mistake_in_the_shards_command_line_is_caught_before_submitting()
    {
        string job = Path.Combine(_folder.Path, "job");
        var (code, _, error) = Slurm(new SlurmOptions([Experiment, "--runz", "5"], 4, job, "run"));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("--runz", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(job));
    }

    [Fact]
    public void A_missing_experiment_file_is_a_located_usage_error()
    {
        string job = Path.Combine(_folder.Path, "job");
        var (code, _, error) = Slurm(new SlurmOptions([Path.Combine(_folder.Path, "nope.json")], 4, job, "run"));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("nope.json", error, StringComparison.Ordinal);
        Assert.Contains("not found", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(job));
    }
}
