using System.CommandLine;
using NegotiationSim.Cli.Terminal;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;
using NegotiationSim.Plots;

namespace NegotiationSim.Cli.Commands;

/// <summary>`negsim run`: simulate an experiment and write its results folder.</summary>
public static class RunCommand
{
    /// <summary>The command-line shape of `negsim run`.</summary>
    public static Command Create()
    {
        var experiment = new Argument<string?>("experiment")
        {
            Description = "Experiment file (JSON). Omit to run the embedded default, experiments/nato-russia-2022.json.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var runs = SharedOptions.Runs("Monte Carlo replicates, e.g. 100000 or 1e5 (overrides the file's \"runs\")");
        var seed = SharedOptions.Seed("Master seed (overrides the file's \"seed\")");
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/NAME-YYYYMMDD-HHMMSS]" };
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads, 0 = one per core; results are identical for any count [default: all cores]" };
        threads.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n < 0) r.AddError("--threads must be 0 (all cores) or more"); });
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip the plots: write summary.json, experiment.json and tables/ only" };
        var saveReplicates = new Option<bool>("--save-replicates") { Description = "Also write every replicate to tables/replicates.parquet and tables/items.parquet" };
        var reproduce = new Option<string?>("--reproduce") { Description = "Run the experiment recorded in results folder DIR again (its experiment.json, seed and runs) into a new folder", HelpName = "DIR" };
        var variant = new Option<string?>("--variant") { Description = "Run one of the file's variants instead of its base scenario (see \"variants\" in docs/configuration.md)" };
        var set = SharedOptions.Set();
        var shard = ShardSteps.Option();
        var style = SharedOptions.Style();

        var command = new Command("run", "Simulate an experiment's meeting sequence many times and write tables and plots of the outcomes.\n\nExamples:\n  negsim run\n  negsim run experiments/nato-russia-2022.json --runs 1000000 --seed 7 --out results/baseline\n  negsim run experiments/nato-russia-2022.json --variant russia-hardline --set war.costs.russia=0.05\n  negsim run --save-replicates --runs 100000\n  negsim run --reproduce results/baseline")
        {
            experiment, runs, seed, output, threads, force, noPlots, saveReplicates, reproduce, variant, set, shard, style,
        };
        // Task.Run rather than a body that runs to completion before returning its task: System.CommandLine
        // hooks SIGINT/SIGTERM to the cancellation token only once the action has handed back its task, so a
        // synchronous body would leave Ctrl+C to kill the process mid-write instead of cancelling the run.
        command.SetAction((parse, cancellation) => Task.Run(() => (int)Execute(
            new RunOptions(parse.GetValue(experiment), parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(output),
                parse.GetValue(threads) ?? 0, parse.GetValue(force), parse.GetValue(noPlots),
                parse.GetValue(saveReplicates), parse.GetValue(reproduce))
            {
                Variant = parse.GetValue(variant),
                Sets = parse.GetValue(set) ?? [],
                Shard = parse.GetValue(shard),
                Style = SharedOptions.StyleOf(parse.GetValue(style)),
            },
            Console.Out, Console.Error, cancellation), CancellationToken.None));
        return command;
    }

    private static string Reproduce(Experiment experiment) =>
        (experiment.Variant is { } v ? " --variant " + v : "") +
        string.Concat(experiment.Overrides.Select(o => " --set " + SharedOptions.Quote(o.ToString())));

    /// <summary>Runs the experiment; writes the table to <paramref name="output"/>, errors and progress to <paramref name="error"/>.</summary>
    public static ExitCode Execute(RunOptions options, TextWriter output, TextWriter error, CancellationToken cancellation) =>
        CommandErrors.Run(error, () => Run(options, output, error, cancellation));

    private static ExitCode Run(RunOptions options, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        Experiment experiment;
        RecordedRun? recorded = null;
        if (SharedOptions.ParseSets(options.Sets, error) is not { } overrides) return ExitCode.UsageError;
        if (options.Reproduce is not null)
        {
            if (Reproduction.Conflict(options) is { } conflict)
            {
                error.WriteLine($"error: {conflict}");
                return ExitCode.UsageError;
            }
            recorded = RecordedRun.Load(options.Reproduce);
            Reproduction.WarnIfOtherBuild(recorded, error);
            experiment = recorded.Experiment;
        }
        else
        {
            experiment = options.Experiment is null ? ExperimentReader.ReadDefault() : ShardSteps.Read(options.Merged, options.Experiment);
            if (options.Variant is not null || overrides.Count > 0) experiment = ExperimentReader.Materialise(experiment, options.Variant, overrides);
        }

        long runs = options.Runs ?? recorded?.Manifest.Runs ?? experiment.Runs;
        ulong seed = options.Seed ?? recorded?.Manifest.Seed ?? experiment.Seed;
        var settings = new RunSettings(runs, seed, options.Threads);
        if (options.Shard is not null) return ShardSteps.Run(options, experiment, runs, seed, output, error, cancellation);
        string target = options.Out
            ?? (recorded is not null ? Reproduction.DefaultTarget(recorded) : Path.Combine("results", $"{experiment.Scenario.Name}-{DateTime.Now:yyyyMMdd-HHmmss}"));

        var folder = ResultsFolder.Begin(target, options.Force);

        using (folder)
        {
            var model = new CompiledModel(experiment.Scenario);
            var progress = new RunProgress();
            var started = DateTime.UtcNow;
            RunResult result;
            ReplicateTables? tables = null;
            try
            {
                // Per-replicate tables are streamed while the run goes on, a row group at a time, in replicate order.
                if (options.SaveReplicates && options.Merged is null) tables = ReplicateTables.Create(folder.PathOf(ResultsLayout.TablesFolder), model);
                using (new ProgressReporter(progress, runs, error))
                    result = options.Merged?.Run(model) ?? MonteCarloRunner.Run(model, settings, progress, cancellation, tables);
                if (!result.Cancelled) tables?.Complete();
                if (options.SaveReplicates) options.Merged?.WriteTables(folder.PathOf(ResultsLayout.TablesFolder), model);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write results to '{folder.Target}': {folder.Explain(e)}");
                return ExitCode.RuntimeFailure;
            }
            finally
            {
                tables?.Dispose();
            }
            if (result.Cancelled)
            {
                error.WriteLine($"interrupted after {result.Completed:N0} of {runs:N0} replicates; no results written");
                return ExitCode.Interrupted;
            }
            // Results must never claim more than was run: an incomplete run that was not cancelled is a bug.
            if (result.Completed != runs)
                throw new InvalidOperationException($"the engine ran {result.Completed:N0} of {runs:N0} replicates without being interrupted; no results written");

            var summary = SummaryBuilder.Build(model, result.Outcomes, seed);
            // A reproduction records where the experiment first came from, so that its summary.json matches the original's.
            var manifest = new Manifest("negsim", ToolInfo.Version, ToolInfo.Commit, experiment.Scenario.Name,
                recorded?.Manifest.Source ?? experiment.Source, experiment.Sha256, seed, runs, result.Completed, settings.EffectiveThreads,
                result.Elapsed.TotalSeconds, started, $"negsim run experiment.json --seed {seed} --runs {runs}" + Reproduce(experiment))
            {
                Variant = experiment.Variant,
                Sets = experiment.Overrides.Select(o => o.ToString()).ToArray(),
            };
            var failed = ResultsSteps.WriteAndCommit(folder, () =>
            {
                File.WriteAllBytes(folder.PathOf("experiment.json"), experiment.Content);
                File.WriteAllText(folder.PathOf("summary.json"), SummaryJson.Serialize(manifest, summary));
                SummaryTables.Write(folder.PathOf(ResultsLayout.TablesFolder), summary);
                if (!options.NoPlots)
                    using (Charts.UseStyle(options.Style))
                        Charts.All(summary, folder.PathOf("plots"), new PlotCaption(experiment.Scenario.Name, seed, runs));
            }, error, cancellation);
            if (failed is { } code) return code;

            SummaryTable.Write(output, summary, settings.EffectiveThreads, result.Elapsed);
            output.WriteLine();
            output.WriteLine($"Results: {folder.Target}");
            if (recorded is not null) Reproduction.Verify(recorded, File.ReadAllText(Path.Combine(folder.Target, ResultsLayout.SummaryFile)), output, error);
            return ExitCode.Success;
        }
    }
}
