using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Experiments.Shards;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `negsim merge`: combine the partial folders of a run's shards into the results folder the whole run would have
/// written. The shards' integer accumulators are added (or, for a sweep's points, put in order) and the command that
/// made them finishes the run from there, so summary, tables and plots are bit-identical to a single run's
/// (docs/model.md §8), timing fields aside.
/// </summary>
public static class MergeCommand
{
    /// <summary>The command-line shape of `negsim merge`.</summary>
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders")
        {
            Description = "Partial folders written by --shard K/N, or folders holding them (e.g. the --out of a job array)",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: as the command would name it, results/NAME-YYYYMMDD-HHMMSS]" };
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var command = new Command("merge",
            "Merge the partial folders of a sharded run (--shard K/N on run, compare or sweep) into one results folder, identical to a single run's.\n\n" +
            "Examples:\n  negsim merge results/big-shards --out results/big\n  negsim merge parts/shard-0001-of-0002 parts/shard-0002-of-0002 --out results/big")
        {
            folders, output, force,
        };
        command.SetAction((parse, cancellation) => Task.Run(() => (int)Execute(parse.GetValue(folders) ?? [], parse.GetValue(output), parse.GetValue(force),
            Console.Out, Console.Error, cancellation)));
        return command;
    }

    /// <summary>The build string shard manifests record and merge compares: "VERSION+COMMIT".</summary>
    public static string Build => ToolInfo.Version + "+" + ToolInfo.Commit;

    /// <summary>Merges; writes the command's table to <paramref name="output"/>, errors to <paramref name="error"/>.</summary>
    public static ExitCode Execute(IReadOnlyList<string> folders, string? target, bool force, TextWriter output, TextWriter error, CancellationToken cancellation) =>
        CommandErrors.Run(error, () => Merge(folders, target, force, output, error, cancellation));

    private static ExitCode Merge(IReadOnlyList<string> folders, string? target, bool force, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0)
        {
            error.WriteLine("error: give the partial folders to merge");
            return ExitCode.UsageError;
        }
        var clock = Stopwatch.StartNew();
        var set = ShardSet.Check(PartialFolder.Find(folders), Build);
        var merged = new MergedShards(set, set.Combine());
        var first = merged.Shards.First;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"merge: {first.Shards} shards of '{first.Command}' on {first.Experiment}, seed {first.Seed}, {first.Units:N0} {first.Unit}; read in {clock.Elapsed.TotalSeconds:0.00} s"));
        // The command finishes the run as after its engine: same folder steps (staging + rename), same writers.
        return first.Command switch
        {
            "run" => RunCommand.Execute(PartialFolder.Options<RunOptions>(first.Options) with
            {
                Shard = null,
                Out = target,
                Force = force,
                Threads = first.Threads,
                Merged = merged,
            }, output, error, cancellation),
            "compare" => CompareCommand.Execute(PartialFolder.Options<CompareOptions>(first.Options) with
            {
                Shard = null,
                Out = target,
                Force = force,
                Threads = first.Threads,
                Merged = merged,
            }, output, error, cancellation),
            "sweep" => SweepCommand.Execute(PartialFolder.Options<SweepOptions>(first.Options) with
            {
                Shard = null,
                Out = target,
                Force = force,
                Threads = first.Threads,
                Merged = merged,
            }, output, error, cancellation),
            _ => throw new ShardException($"the shards are of '{first.Command}', which this negsim cannot merge"),
        };
    }
}
