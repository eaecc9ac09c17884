using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Experiments.Shards;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `negsim slurm`: write (and with --submit, submit) the sbatch scripts of a sharded run: a job array of N shards and
/// a merge job that depends on it (afterok), so that the cluster's scheduler does the distributing (docs/cluster.md).
/// </summary>
public static class SlurmCommand
{
    /// <summary>negsim options the scripts set themselves, which the pass-through may not.</summary>
    private static readonly string[] Reserved = ["--shard", "--out", "-o", "--threads", "-t", "--force", "--reproduce"];

    /// <summary>The command-line shape of `negsim slurm`.</summary>
    public static Command Create()
    {
        var words = new Argument<string[]>("experiment")
        {
            Description = "Experiment file(s), then after -- any options of the command, e.g.: negsim slurm big.json --shards 64 --out jobs/big -- --runs 100000000 --seed 7",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var shards = new Option<int>("--shards", "-N") { Description = "Number of shards N: the job array's size", Required = true };
        shards.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n < 1) r.AddError("--shards must be at least 1"); });
        var output = new Option<string>("--out", "-o") { Description = "Job folder: the scripts, logs/, shards/ (partial folders) and results/ (the merged results) go in it", Required = true };
        var command = new Option<string>("--command") { Description = "The simulating command each shard runs", DefaultValueFactory = _ => "run" };
        command.AcceptOnlyFromAmong("run", "compare", "sweep");
        var partition = new Option<string?>("--partition", "-p") { Description = "sbatch --partition" };
        var time = new Option<string?>("--time") { Description = "sbatch --time per shard and for the merge, e.g. 2:00:00" };
        var memory = new Option<string?>("--mem") { Description = "sbatch --mem per shard and for the merge, e.g. 4G" };
        var account = new Option<string?>("--account", "-A") { Description = "sbatch --account" };
        var cpus = new Option<int>("--cpus-per-task", "-c") { Description = "sbatch --cpus-per-task: threads per shard", DefaultValueFactory = _ => 1 };
        cpus.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n < 1) r.AddError("--cpus-per-task must be at least 1"); });
        var throttle = new Option<int>("--max-running") { Description = "At most this many shards at once (--array=1-N%LIMIT) [default: no limit]", DefaultValueFactory = _ => 0 };
        var extra = new Option<string[]>("--sbatch") { Description = "Any other sbatch option for both jobs, e.g. --sbatch=--qos=long (repeatable)", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var negsim = new Option<string?>("--negsim") { Description = "How the compute nodes start negsim [default: this negsim, by absolute path]" };
        var submit = new Option<bool>("--submit") { Description = "Submit the job array and the merge job with sbatch" };
        var force = new Option<bool>("--force") { Description = "Replace the job folder if it exists" };

        var slurm = new Command("slurm",
            "Write sbatch scripts that run an experiment as a Slurm job array of N shards and merge them when all succeeded; --submit submits them.\n\n" +
            "Examples:\n  negsim slurm experiments/nato-russia-2022.json --shards 16 --time 1:00:00 --mem 2G --out jobs/nato -- --runs 100000000\n" +
            "  negsim slurm experiments/nato-russia-2022.json --shards 32 --partition short --out jobs/sweep --command sweep --submit -- --param trust.initial=0.05:0.5:64")
        {
            words, shards, output, command, partition, time, memory, account, cpus, throttle, extra, negsim, submit, force,
        };
        slurm.SetAction(parse => (int)Execute(new SlurmOptions(parse.GetValue(words) ?? [], parse.GetValue(shards), parse.GetValue(output)!, parse.GetValue(command) ?? "run")
        {
            Resources = new SlurmResources
            {
                Partition = parse.GetValue(partition),
                Time = parse.GetValue(time),
                Memory = parse.GetValue(memory),
                Account = parse.GetValue(account),
                CpusPerTask = parse.GetValue(cpus),
                Throttle = parse.GetValue(throttle),
                Extra = parse.GetValue(extra) ?? [],
            },
            Negsim = parse.GetValue(negsim),
            Submit = parse.GetValue(submit),
            Force = parse.GetValue(force),
        }, Console.Out, Console.Error));
        return slurm;
    }

    /// <summary>Writes the job folder, and submits when asked.</summary>
    public static ExitCode Execute(SlurmOptions options, TextWriter output, TextWriter error) =>
        CommandErrors.Run(error, () => Write(options, output, error));

    private static ExitCode Write(SlurmOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        var files = options.Words.TakeWhile(w => !w.StartsWith('-')).ToList();
        var rest = options.Words.Skip(files.Count).ToList();
        if (rest.FirstOrDefault(w => Reserved.Any(r => w == r || w.StartsWith(r + "=", StringComparison.Ordinal))) is { } reserved)
        {
            error.WriteLine($"error: {reserved}: the job scripts set --shard, --out, --threads and --force themselves; leave it out (use --cpus-per-task for threads, --out for the job folder)");
            return ExitCode.UsageError;
        }
        if (options.Command != "run" && files.Count == 0)
        {
            error.WriteLine($"error: give the experiment file for 'negsim {options.Command}'");
            return ExitCode.UsageError;
        }
        if (options.Resources.Throttle < 0)
        {
            error.WriteLine("error: --max-running must be 0 (no limit) or more");
            return ExitCode.UsageError;
        }
        string name = files.Count > 0 ? ExperimentReader.ReadFile(files[0]).Scenario.Name : ExperimentReader.ReadDefault().Scenario.Name;
        foreach (var file in files.Skip(1)) ExperimentReader.ReadFile(file);
        // The shards' command line is checked here, where a mistake costs nothing, not on the cluster.
        var commandLine = new List<string> { options.Command };
        commandLine.AddRange(files);
        commandLine.AddRange(rest);
        var probe = new RootCommand { RunCommand.Create(), CompareCommand.Create(), SweepCommand.Create() }.Parse([.. commandLine, "--shard", "1/1"]);
        if (probe.Errors.Count > 0)
        {
            foreach (var e in probe.Errors) error.WriteLine($"error: negsim {string.Join(' ', commandLine)}: {e.Message}");
            return ExitCode.UsageError;
        }

        var job = new SlurmJob(name, options.Shards, options.Negsim ?? ThisNegsim(), string.Join(' ', commandLine.Select(SlurmScript.Quote)),
            Environment.CurrentDirectory, Path.GetFullPath(options.Out))
        {
            Resources = options.Resources,
        };
        var folder = ResultsFolder.Begin(options.Out, options.Force);
        using (folder)
        {
            var failed = ResultsSteps.WriteAndCommit(folder, () =>
            {
                Directory.CreateDirectory(folder.PathOf(SlurmScript.LogsFolder));
                Script(folder.PathOf(SlurmScript.ShardsFile), SlurmScript.Shards(job));
                Script(folder.PathOf(SlurmScript.MergeFile), SlurmScript.Merge(job));
                Script(folder.PathOf(SlurmScript.SubmitFile), SlurmScript.Submit(job));
            }, error, CancellationToken.None);
            if (failed is { } code) return code;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Job folder: {job.Folder}"));
        output.WriteLine($"  {SlurmScript.ShardsFile}  job array of {options.Shards} shards: negsim {string.Join(' ', commandLine)} --shard K/{options.Shards}");
        output.WriteLine($"  {SlurmScript.MergeFile}   merge job (afterok on the array) into {Path.Combine(job.Folder, SlurmScript.ResultsFolder)}");
        if (!options.Submit)
        {
            output.WriteLine($"Submit both with: bash {SlurmScript.Quote(Path.Combine(job.Folder, SlurmScript.SubmitFile))}   (or run negsim slurm again with --submit)");
            return ExitCode.Success;
        }

        if (Sbatch([Path.Combine(job.Folder, SlurmScript.ShardsFile)], error) is not { } array) return ExitCode.RuntimeFailure;
        if (Sbatch([$"--dependency=afterok:{array}", Path.Combine(job.Folder, SlurmScript.MergeFile)], error) is not { } merge)
        {
            error.WriteLine($"error: the job array {array} was submitted, the merge job was not; submit it with: sbatch --dependency=afterok:{array} {Path.Combine(job.Folder, SlurmScript.MergeFile)}");
            return ExitCode.RuntimeFailure;
        }
        File.WriteAllText(Path.Combine(job.Folder, "jobs.txt"), $"array {array}\nmerge {merge}\n");
        output.WriteLine($"Submitted job array {array} ({options.Shards} shards) and merge job {merge} (afterok:{array})");
        output.WriteLine($"Results when done: {Path.Combine(job.Folder, SlurmScript.ResultsFolder)}   (watch with: squeue -j {array},{merge})");
        return ExitCode.Success;
    }

    private static void Script(string path, string text)
    {
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    /// <summary>This process's negsim as the compute nodes can start it: the apphost's absolute path, or dotnet with the assembly.</summary>
    private static string ThisNegsim()
    {
        string process = Environment.ProcessPath ?? "negsim";
        string name = Path.GetFileNameWithoutExtension(process);
        if (name != "dotnet") return SlurmScript.Quote(process);
        string assembly = typeof(SlurmCommand).Assembly.Location;
        return SlurmScript.Quote(process) + " " + SlurmScript.Quote(assembly);
    }

    /// <summary>Runs sbatch --parsable ARGS; the job id, or null after saying why.</summary>
    private static string? Sbatch(IReadOnlyList<string> arguments, TextWriter error)
    {
        var start = new ProcessStartInfo("sbatch") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--parsable");
        foreach (var a in arguments) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                error.WriteLine($"error: sbatch {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {stderr.Trim()}");
                return null;
            }
            return stdout.Trim().Split(';')[0];
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error.WriteLine($"error: cannot run sbatch ({e.Message}); is this a Slurm login node? The scripts are written: submit them there with submit.sh");
            return null;
        }
    }
}
