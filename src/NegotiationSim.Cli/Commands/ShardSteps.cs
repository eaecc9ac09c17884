using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NegotiationSim.Cli.Terminal;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Experiments.Shards;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `--shard K/N` for the simulating commands: run only this shard's replicates (or sweep points) and write a partial
/// folder (docs/outputs.md, "Partial folders") for `negsim merge`. Replicate r draws from streams of (seed, r) alone
/// (docs/model.md §8), so a shard computes exactly what the whole run computes for its replicates.
/// </summary>
internal static class ShardSteps
{
    /// <summary>The <c>--shard</c> option.</summary>
    public static Option<string?> Option() => new("--shard")
    {
        Description = "Run only shard K of N (K = 1…N) and write a partial folder OUT/shard-K-of-N for 'negsim merge'; 'slurm' reads the Slurm job array's SLURM_ARRAY_TASK_ID/COUNT/MIN (docs/cluster.md)",
        HelpName = "K/N|slurm",
    };

    /// <summary>Reads the experiment file given as <paramref name="path"/>: from disk, or from the shards' copy when merging.</summary>
    public static Experiment Read(MergedShards? merged, string path) =>
        merged is null ? ExperimentReader.ReadFile(path) : merged.Read(path);

    /// <summary>Runs one shard of `negsim run`.</summary>
    public static ExitCode Run(RunOptions options, Experiment experiment, long runs, ulong seed, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var spec = ShardSpec.Parse(options.Shard!, Environment.GetEnvironmentVariable);
        if (options.Reproduce is not null)
        {
            error.WriteLine("error: --shard cannot be combined with --reproduce; give the experiment file (experiment.json of that folder) with its --seed and --runs instead");
            return ExitCode.UsageError;
        }
        // Shards of whole Parquet row groups when the replicates are saved, so that the merged tables have the
        // single run's row groups; else of whole engine chunks.
        long block = options.SaveReplicates ? ReplicateTables.DefaultRowGroupReplicates : RunSettings.ChunkSize;
        var (first, count) = ShardPartition.Range(runs, block, spec);
        string parent = options.Out ?? Path.Combine("results", $"{experiment.Scenario.Name}-shards");
        var folder = ResultsFolder.Begin(Path.Combine(parent, spec.FolderName), options.Force);
        using (folder)
        {
            var model = new CompiledModel(experiment.Scenario);
            var settings = new RunSettings(Math.Max(count, 1), seed, options.Threads) { FirstReplicate = first };
            var started = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            var outcomes = MonteCarloRunner.NewAccumulator(model);
            ReplicateTables? tables = null;
            try
            {
                if (options.SaveReplicates) tables = ReplicateTables.Create(folder.PathOf(ResultsLayout.TablesFolder), model, firstReplicate: first);
                if (count > 0)
                {
                    var progress = new RunProgress();
                    RunResult result;
                    using (new ProgressReporter(progress, count, error))
                        result = MonteCarloRunner.Run(model, settings, progress, cancellation, tables);
                    if (result.Cancelled) return Interrupted(result.Completed, count, error);
                    outcomes = result.Outcomes;
                }
                tables?.Complete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write results to '{folder.Target}': {e.Message}");
                return ExitCode.RuntimeFailure;
            }
            finally
            {
                tables?.Dispose();
            }
            var inputs = options.Experiment is null ? new List<(string, byte[])>() : [(options.Experiment, experiment.Content)];
            var identity = options with { Shard = null, Out = null, Force = false, Threads = 0, Seed = null };
            return Write(folder, "run", experiment.Scenario.Name, identity, options, inputs, seed, spec, "replicates", runs, first, count,
                ShardManifest.CombineSum, settings.EffectiveThreads, clock.Elapsed, started, [outcomes.Counters], options.SaveReplicates, output, error, cancellation);
        }
    }

    /// <summary>Runs one shard of `negsim compare`.</summary>
    public static ExitCode Compare(CompareOptions options, IReadOnlyList<Experiment> arms, PairedRunSettings whole, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var spec = ShardSpec.Parse(options.Shard!, Environment.GetEnvironmentVariable);
        var (first, count) = ShardPartition.Range(whole.Replicates, RunSettings.ChunkSize, spec);
        string parent = options.Out ?? Path.Combine("results", $"compare-{arms[0].Scenario.Name}-shards");
        var folder = ResultsFolder.Begin(Path.Combine(parent, spec.FolderName), options.Force);
        using (folder)
        {
            var models = arms.Select(a => new CompiledModel(a.Scenario)).ToList();
            var started = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            IReadOnlyList<OutcomeAccumulator> outcomes = models.Select(MonteCarloRunner.NewAccumulator).ToList();
            var paired = new PairedAccumulator(MetricLayout.For(models));
            if (count > 0)
            {
                var progress = new RunProgress();
                PairedRunResult result;
                using (new ProgressReporter(progress, count, error))
                    result = PairedRunner.Run(models, whole with { Replicates = count, FirstReplicate = first }, progress, cancellation);
                if (result.Cancelled) return Interrupted(result.Completed, count, error);
                outcomes = result.Outcomes;
                paired = result.Paired;
            }
            var inputs = options.Experiments.Distinct().Select(p => (p, arms.First(a => a.Source == p).Content)).ToList();
            var identity = options with { Shard = null, Out = null, Force = false, Threads = 0, Seed = null };
            var arrays = outcomes.Select(o => o.Counters).Append(paired.ToWords()).ToList();
            return Write(folder, "compare", arms[0].Scenario.Name, identity, options, inputs, whole.Seeds[0], spec, "replicates", whole.Replicates, first, count,
                ShardManifest.CombineSum, whole.EffectiveThreads, clock.Elapsed, started, arrays, false, output, error, cancellation);
        }
    }

    /// <summary>Runs one shard of `negsim sweep`: whole points, each with all its replicates.</summary>
    public static ExitCode Sweep(SweepOptions options, Experiment file, string name, IReadOnlyList<Func<CompiledModel>> points, long runs, ulong seed,
        TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var spec = ShardSpec.Parse(options.Shard!, Environment.GetEnvironmentVariable);
        var (first, count) = ShardPartition.Range(points.Count, 1, spec);
        string parent = options.Out ?? Path.Combine("results", $"sweep-{name}-shards");
        var folder = ResultsFolder.Begin(Path.Combine(parent, spec.FolderName), options.Force);
        using (folder)
        {
            var started = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            var mine = points.Skip((int)first).Take((int)count).ToList();
            IReadOnlyList<PairedAccumulator?> results = [];
            if (count > 0)
            {
                var progress = new RunProgress();
                // A point the setting refuses, met by a worker, arrives here as itself: a user error like any other (CommandErrors).
                using (new ProgressReporter(progress, runs * count, error))
                    results = BatchRunner.RunEach(mine, runs, seed, options.Threads, progress, cancellation);
                if (cancellation.IsCancellationRequested || results.Any(r => r is null)) return Interrupted(0, count, error);
            }
            var identity = options with { Shard = null, Out = null, Force = false, Threads = 0, Seed = null };
            int threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
            return Write(folder, "sweep", name, identity, options, [(options.Experiment, file.Content)], seed, spec, "points", points.Count, first, count,
                ShardManifest.CombineConcatenate, threads, clock.Elapsed, started, results.Select(r => r!.ToWords()).ToList(), false, output, error, cancellation);
        }
    }

    private static ExitCode Interrupted(long completed, long count, TextWriter error)
    {
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interrupted after {completed:N0} of {count:N0}; no partial folder written"));
        return ExitCode.Interrupted;
    }

    private static ExitCode Write<T>(ResultsFolder folder, string command, string experiment, T identityOptions, T options,
        IReadOnlyList<(string Path, byte[] Content)> inputs, ulong seed, ShardSpec spec, string unit, long units, long first, long count, string combine,
        int threads, TimeSpan elapsed, DateTime started, IReadOnlyList<long[]> accumulators, bool tables, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var described = inputs.Select((input, i) => PartialFolder.Input(i, input.Path, input.Content)).ToList();
        var manifest = new ShardManifest(ShardManifest.CurrentFormat, "negsim", ToolInfo.Version, ToolInfo.Commit, command, experiment,
            PartialFolder.Identity(command, identityOptions, described), seed, spec.Shard, spec.Shards, unit, units, first, count, combine,
            threads, elapsed.TotalSeconds, started, described, PartialFolder.OptionsJson(options))
        { Tables = tables };
        var failed = ResultsSteps.WriteAndCommit(folder, () => PartialFolder.Write(folder, manifest, inputs.Select(i => i.Content).ToList(), accumulators), error, cancellation);
        if (failed is { } code) return code;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shard {spec}: {unit} {(count == 0 ? "none (more shards than blocks of work)" : $"{first:N0}…{first + count - 1:N0} ({count:N0} of {units:N0})")}, seed {seed}, {elapsed.TotalSeconds:0.00} s"));
        output.WriteLine($"Partial results: {folder.Target}");
        output.WriteLine("Merge all shards with: negsim merge " + SharedOptions.Quote(Path.GetDirectoryName(folder.Target)!));
        return ExitCode.Success;
    }

}
