using System.CommandLine;
using NegotiationSim.Cli.Terminal;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;
using NegotiationSim.Plots;

namespace NegotiationSim.Cli.Commands;

/// <summary>`negsim compare`: run a base scenario and its variants on the same replicates and report paired differences.</summary>
public static class CompareCommand
{
    /// <summary>The command-line shape of `negsim compare`.</summary>
    public static Command Create()
    {
        var experiments = new Argument<string[]>("experiments")
        {
            Description = "Experiment files: one file compares its base scenario with each of its variants; several files compare their scenarios (and their variants) with the first.",
            Arity = ArgumentArity.OneOrMore,
        };
        var runs = SharedOptions.Runs("Replicates per arm (overrides the first file's \"runs\")");
        var seed = SharedOptions.Seed("Master seed (overrides the first file's \"seed\")");
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/compare-NAME-YYYYMMDD-HHMMSS]" };
        var threads = SharedOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var noPlots = new Option<bool>("--no-plots") { Description = "Write compare.json and the table only" };
        var independent = new Option<bool>("--independent") { Description = "Give arm k the seed + k instead of common random numbers (wider intervals; to measure what pairing gains)" };
        var set = SharedOptions.Set();
        var variant = new Option<string[]>("--variant") { Description = "Compare only these variants with the base (repeatable) [default: all]", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var style = SharedOptions.Style();
        var baseArm = new Option<string?>("--base") { Description = "The arm the differences are taken against [default: the first file's base scenario]" };
        var shard = ShardSteps.Option();

        var command = new Command("compare",
            "Run a scenario and its variants replicate by replicate on common random numbers, and report each metric with the paired difference to the base and its 95% interval.\n\n" +
            "Examples:\n  negsim compare experiments/nato-russia-2022.json\n  negsim compare experiments/nato-russia-2022.json --variant no-bloc --runs 200000\n  negsim compare experiments/nato-russia-2022.json --independent --out results/independent")
        {
            experiments, runs, seed, output, threads, force, noPlots, independent, set, variant, baseArm, shard, style,
        };
        command.SetAction((parse, cancellation) => Task.Run(() => (int)Execute(
            new CompareOptions(parse.GetValue(experiments) ?? [], parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(output),
                parse.GetValue(threads), parse.GetValue(force), parse.GetValue(noPlots), parse.GetValue(independent))
            {
                Sets = parse.GetValue(set) ?? [],
                Variants = parse.GetValue(variant) ?? [],
                Base = parse.GetValue(baseArm),
                Shard = parse.GetValue(shard),
                Style = SharedOptions.StyleOf(parse.GetValue(style)),
            },
            Console.Out, Console.Error, cancellation)));
        return command;
    }

    /// <summary>Runs the comparison; writes the table to <paramref name="output"/>, errors and progress to <paramref name="error"/>.</summary>
    public static ExitCode Execute(CompareOptions options, TextWriter output, TextWriter error, CancellationToken cancellation) =>
        CommandErrors.Run(error, () => Compare(options, output, error, cancellation));

    private static ExitCode Compare(CompareOptions options, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Experiments.Count == 0)
        {
            error.WriteLine("error: give at least one experiment file");
            return ExitCode.UsageError;
        }
        if (SharedOptions.ParseSets(options.Sets, error) is not { } overrides) return ExitCode.UsageError;

        var arms = new List<(string Name, Experiment Experiment)>();
        var files = options.Experiments.Select(p => ShardSteps.Read(options.Merged, p)).ToList();
        var unknown = options.Variants.Where(v => !files.Any(f => f.Variants.Any(x => x.Name == v))).ToList();
        if (unknown.Count > 0)
        {
            var known = files.SelectMany(f => f.Variants.Select(v => v.Name)).Distinct().ToList();
            foreach (var v in unknown)
                error.WriteLine($"error: --variant {v}: no variant \"{v}\" in {string.Join(", ", options.Experiments)}. " +
                    (known.Count > 0 ? "Variants: " + string.Join(", ", known) + "." : "These files list no variants."));
            return ExitCode.UsageError;
        }
        bool several = files.Count > 1;
        foreach (var file in files)
        {
            string prefix = several ? file.Scenario.Name : "";
            arms.Add((several ? prefix : "base", ExperimentReader.Materialise(file, null, overrides)));
            foreach (var v in file.Variants.Where(v => options.Variants.Count == 0 || options.Variants.Contains(v.Name)))
                arms.Add((several ? prefix + "." + v.Name : v.Name, ExperimentReader.Materialise(file, v.Name, overrides)));
        }

        var duplicate = arms.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            error.WriteLine($"error: two arms are both called \"{duplicate.Key}\"; give files whose scenarios have different names");
            return ExitCode.UsageError;
        }
        if (options.Base is { } wanted)
        {
            int at = arms.FindIndex(a => a.Name == wanted);
            if (at < 0)
            {
                error.WriteLine($"error: --base {wanted}: no arm \"{wanted}\". Arms: {string.Join(", ", arms.Select(a => a.Name))}.");
                return ExitCode.UsageError;
            }
            var chosen = arms[at];
            arms.RemoveAt(at);
            arms.Insert(0, chosen);
        }
        if (arms.Count < 2)
        {
            error.WriteLine($"error: nothing to compare: {options.Experiments[0]} lists no variants. Add \"variants\" to the file (docs/configuration.md) or give a second file.");
            return ExitCode.UsageError;
        }

        var first = arms[0].Experiment;
        long runs = options.Runs ?? first.Runs;
        ulong seed = options.Seed ?? first.Seed;
        var settings = options.Independent
            ? PairedRunSettings.Independent(runs, seed, arms.Count, options.Threads)
            : PairedRunSettings.Common(runs, seed, arms.Count, options.Threads);
        string baseName = options.Experiments.Count == 1 ? first.Scenario.Name : "files";
        if (options.Shard is not null) return ShardSteps.Compare(options, arms.Select(a => a.Experiment).ToList(), settings, output, error, cancellation);
        string target = options.Out ?? Path.Combine("results", $"compare-{baseName}-{DateTime.Now:yyyyMMdd-HHmmss}");

        var folder = ResultsFolder.Begin(target, options.Force);

        using (folder)
        {
            var models = arms.Select(a => new CompiledModel(a.Experiment.Scenario)).ToList();
            var progress = new RunProgress();
            var started = DateTime.UtcNow;
            PairedRunResult result;
            using (new ProgressReporter(progress, runs, error))
                result = options.Merged?.Paired(models) ?? PairedRunner.Run(models, settings, progress, cancellation);
            if (result.Cancelled)
            {
                error.WriteLine($"interrupted after {result.Completed:N0} of {runs:N0} replicates; no results written");
                return ExitCode.Interrupted;
            }

            var names = arms.Select(a => a.Name).ToList();
            var comparison = ComparisonBuilder.Build(result.Paired, names);
            var summaries = models.Select((m, a) => SummaryBuilder.Build(m, result.Outcomes[a], settings.Seeds[a])).ToList();
            var sources = arms.Select(a => a.Experiment.Source).Distinct().ToList();
            var manifest = new CompareManifest("negsim", ToolInfo.Version, ToolInfo.Commit,
                arms.Select((a, k) => new ManifestArm(a.Name, a.Experiment.Source, a.Experiment.Variant, a.Experiment.Scenario.Name, a.Experiment.Sha256, settings.Seeds[k])).ToList(),
                !options.Independent, overrides.Select(o => o.ToString()).ToList(), runs, result.Completed, settings.EffectiveThreads,
                result.Elapsed.TotalSeconds, started, Reproduce(options, arms.Select(a => a.Name).ToList(), sources, runs, seed, overrides));
            var failed = ResultsSteps.WriteAndCommit(folder, () =>
            {
                for (int f = 0; f < sources.Count; f++)
                {
                    var experiment = arms.First(a => a.Experiment.Source == sources[f]).Experiment;
                    File.WriteAllBytes(folder.PathOf(Path.Combine("experiments", $"{f + 1}-{Path.GetFileName(sources[f])}")), experiment.Content);
                }
                File.WriteAllText(folder.PathOf("compare.json"), CompareJson.Serialize(manifest, comparison));
                var (header, rows) = CompareJson.Table(comparison);
                TidyCsv.Write(folder.PathOf(Path.Combine("tables", "compare.csv")), header, rows);
                if (!options.NoPlots)
                {
                    string pairing = options.Independent ? "independent seeds" : "common random numbers";
                    using var _ = Charts.UseStyle(options.Style);
                    CompareCharts.All(comparison, summaries, folder.PathOf("plots"),
                        new PlotCaption($"{baseName}: {arms.Count} arms, {pairing}", seed, runs));
                }
            }, error, cancellation);
            if (failed is { } code) return code;

            CompareTable.Write(output, comparison, settings, result.Elapsed, !options.Independent);
            output.WriteLine();
            output.WriteLine($"Results: {folder.Target}");
            return ExitCode.Success;
        }
    }

    private static string Reproduce(CompareOptions options, IReadOnlyList<string> arms, IReadOnlyList<string> sources, long runs, ulong seed, IReadOnlyList<SettingOverride> overrides) =>
        "negsim compare " + string.Join(" ", sources.Select((s, f) => SharedOptions.Quote($"experiments/{f + 1}-{Path.GetFileName(s)}"))) +
        $" --seed {seed} --runs {runs}" + (options.Independent ? " --independent" : "") +
        string.Concat(options.Variants.Select(v => " --variant " + v)) +
        (options.Base is { } b ? " --base " + b : "") +
        string.Concat(overrides.Select(o => " --set " + SharedOptions.Quote(o.ToString())));
}
