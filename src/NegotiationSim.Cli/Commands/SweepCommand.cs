using System.CommandLine;
using System.Globalization;
using NegotiationSim.Cli.Terminal;
using NegotiationSim.Diagnostics;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Experiments.Sweeps;
using NegotiationSim.Outcomes;
using NegotiationSim.Plots;
using NegotiationSim.Sensitivity;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `negsim sweep`: run an experiment over a grid of one or two settings (line plots, heatmaps) or over a Saltelli
/// design of three or more (Sobol' indices), every point on the same seed.
/// </summary>
public static class SweepCommand
{
    /// <summary>Replicates per point when --runs is not given.</summary>
    public const long DefaultRunsPerPoint = 10_000;

    /// <summary>Base samples N of a Saltelli design when --samples is not given.</summary>
    public const int DefaultSamples = 64;

    /// <summary>The metrics whose Sobol' indices a Saltelli sweep reports.</summary>
    public static readonly IReadOnlyList<string> SobolMetrics = ["escalation", "anyAgreement"];

    /// <summary>The command-line shape of `negsim sweep`.</summary>
    public static Command Create()
    {
        var experiment = new Argument<string>("experiment") { Description = "Experiment file (JSON)" };
        var param = new Option<string[]>("--param", "-p")
        {
            Description = "A numeric setting to sweep, PATH=lo:hi:n (n values from lo to hi; repeatable). One: line plots; two: heatmaps; three or more: Sobol' indices from a Saltelli design (n unused)",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            Required = true,
        };
        var runs = SharedOptions.Runs($"Replicates per point [default: {DefaultRunsPerPoint:N0}]");
        var samples = new Option<int>("--samples") { Description = $"Base samples N of the Saltelli design for three or more parameters: N(d + 2) points; a power of 2", DefaultValueFactory = _ => DefaultSamples };
        var seed = SharedOptions.Seed("Master seed, shared by every point (overrides the file's \"seed\")");
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/sweep-NAME-YYYYMMDD-HHMMSS]" };
        var threads = SharedOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var noPlots = new Option<bool>("--no-plots") { Description = "Write sweep.json and the tables only" };
        var set = SharedOptions.Set();
        var style = SharedOptions.Style();
        var variant = new Option<string?>("--variant") { Description = "Sweep one of the file's variants instead of its base scenario" };
        var shard = ShardSteps.Option();

        var command = new Command("sweep",
            "Run an experiment at many values of one or more settings, every point on the same seed (common random numbers), and plot how the outcomes respond.\n\n" +
            "Examples:\n  negsim sweep experiments/nato-russia-2022.json --param war.costs.russia=0:0.3:13\n" +
            "  negsim sweep experiments/nato-russia-2022.json --param war.costs.russia=0:0.32:9 --param parties.russia.attendance=0.2:1:9\n" +
            "  negsim sweep experiments/nato-russia-2022.json -p war.costs.russia=0:0.3 -p trust.initial=0.05:0.5 -p escalation.temperature=0.02:0.1 --samples 64 --runs 4000")
        {
            experiment, param, runs, samples, seed, output, threads, force, noPlots, set, variant, shard, style,
        };
        command.SetAction((parse, cancellation) => Task.Run(() => (int)Execute(
            new SweepOptions(parse.GetValue(experiment)!, parse.GetValue(param) ?? [], parse.GetValue(runs), parse.GetValue(samples), parse.GetValue(seed),
                parse.GetValue(output), parse.GetValue(threads), parse.GetValue(force), parse.GetValue(noPlots))
            {
                Sets = parse.GetValue(set) ?? [],
                Variant = parse.GetValue(variant),
                Shard = parse.GetValue(shard),
                Style = SharedOptions.StyleOf(parse.GetValue(style)),
            },
            Console.Out, Console.Error, cancellation)));
        return command;
    }

    /// <summary>Runs the sweep; writes the table to <paramref name="output"/>, errors and progress to <paramref name="error"/>.</summary>
    public static ExitCode Execute(SweepOptions options, TextWriter output, TextWriter error, CancellationToken cancellation) =>
        CommandErrors.Run(error, () => Sweep(options, output, error, cancellation));

    private static ExitCode Sweep(SweepOptions options, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (SharedOptions.ParseSets(options.Sets, error) is not { } overrides) return ExitCode.UsageError;
        var parameters = new List<SweepParameter>();
        var problems = new List<UserError>();
        foreach (var text in options.Parameters)
        {
            try { parameters.Add(SweepParameter.Parse(text)); }
            catch (ExperimentException e) { problems.AddRange(e.Errors); }
        }
        if (problems.Count > 0) throw new ExperimentException(problems);
        var plan = SweepPlan.Create(parameters, options.Samples);
        var file = ShardSteps.Read(options.Merged, options.Experiment);
        // The ends of every range are checked before anything runs: a range valid at both ends is valid inside.
        ExperimentReader.Materialise(file, options.Variant, Overrides(overrides, plan.Parameters, plan.Parameters.Select(p => p.Lower).ToArray()));
        ExperimentReader.Materialise(file, options.Variant, Overrides(overrides, plan.Parameters, plan.Parameters.Select(p => p.Upper).ToArray()));

        var baseExperiment = ExperimentReader.Materialise(file, options.Variant, overrides);
        long runs = options.Runs ?? DefaultRunsPerPoint;
        ulong seed = options.Seed ?? baseExperiment.Seed;
        string target = options.Out ?? Path.Combine("results", $"sweep-{baseExperiment.Scenario.Name}-{DateTime.Now:yyyyMMdd-HHmmss}");
        if (options.Shard is not null)
            return ShardSteps.Sweep(options, file, baseExperiment.Scenario.Name, plan.Points.Select(p => (Func<CompiledModel>)(() =>
                new CompiledModel(ExperimentReader.Materialise(file, options.Variant, Overrides(overrides, plan.Parameters, p.Values)).Scenario))).ToList(),
                runs, seed, output, error, cancellation);
        var folder = ResultsFolder.Begin(target, options.Force);

        using (folder)
        {
            var points = plan.Points.Select(p => (Func<CompiledModel>)(() =>
                new CompiledModel(ExperimentReader.Materialise(file, options.Variant, Overrides(overrides, plan.Parameters, p.Values)).Scenario))).ToList();
            var progress = new RunProgress();
            var started = DateTime.UtcNow;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            int threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sweep: {plan.Points.Count:N0} points ({plan.Design}) × {runs:N0} replicates on seed {seed}, {threads} thread{(threads == 1 ? "" : "s")}"));
            IReadOnlyList<PairedAccumulator?> results;
            using (new ProgressReporter(progress, runs * plan.Points.Count, error))
                results = options.Merged?.Points(points) ?? BatchRunner.RunEach(points, runs, seed, options.Threads, progress, cancellation);
            if (cancellation.IsCancellationRequested || results.Any(r => r is null))
            {
                error.WriteLine("interrupted; no results written");
                return ExitCode.Interrupted;
            }
            clock.Stop();

            var sweep = new SweepResult(plan.Parameters.Select(p => p.Path).ToList(),
                plan.Points.Select((p, i) => new SweepPoint(i, p.Block, p.Values, ComparisonBuilder.Build(results[i]!, ["point"]).EstimatesOf(0))).ToList(),
                runs);
            var sobol = new Dictionary<string, IReadOnlyList<SobolIndex>>();
            if (plan.Saltelli is { } design)
                foreach (var key in SobolMetrics)
                    sobol[key] = design.Analyse(sweep.Points.Select(p => p.Find(key)?.Estimate ?? double.NaN).ToArray(), bootstrap: 1000, seed: seed);

            var manifest = new SweepManifest("negsim", ToolInfo.Version, ToolInfo.Commit, baseExperiment.Scenario.Name, file.Source, file.Sha256,
                options.Variant, overrides.Select(o => o.ToString()).ToList(), options.Parameters.ToList(), plan.Design, plan.Saltelli?.BaseSamples ?? 0,
                plan.Points.Count, runs, seed, threads, clock.Elapsed.TotalSeconds, started, Reproduce(options, runs, seed, overrides));
            var caption = new PlotCaption($"{baseExperiment.Scenario.Name}: sweep, {runs:N0} runs per point", seed, runs * plan.Points.Count);
            var failed = ResultsSteps.WriteAndCommit(folder, () =>
            {
                File.WriteAllBytes(folder.PathOf("experiment.json"), file.Content);
                File.WriteAllText(folder.PathOf("sweep.json"), SweepJson.Serialize(manifest, sweep, sobol));
                var (header, rows) = SweepJson.Table(sweep);
                TidyCsv.Write(folder.PathOf(Path.Combine("tables", "sweep.csv")), header, rows);
                if (sobol.Count > 0)
                {
                    var (sh, sr) = SweepJson.SobolTable(sweep.Parameters, sobol);
                    TidyCsv.Write(folder.PathOf(Path.Combine("tables", "sobol.csv")), sh, sr);
                }
                if (!options.NoPlots)
                {
                    string plots = folder.PathOf("plots");
                    Directory.CreateDirectory(plots);
                    using var _ = Charts.UseStyle(options.Style);
                    if (sweep.Parameters.Count == 1) SweepCharts.Lines(sweep, plots, caption);
                    else if (sweep.Parameters.Count == 2) foreach (var key in SobolMetrics) SweepCharts.Heatmap(sweep, key, plots, caption);
                    else
                        foreach (var (key, indices) in sobol)
                            SweepCharts.Sobol(sweep.Parameters, sweep.Points[0].Find(key)?.Metric.Label ?? key, indices, plots, caption, SweepCharts.SobolPrefix + key);
                }
            }, error, cancellation);
            if (failed is { } code) return code;

            SweepTable.Write(output, sweep, sobol, plan.Design, seed, clock.Elapsed);
            output.WriteLine();
            output.WriteLine($"Results: {folder.Target}");
            return ExitCode.Success;
        }
    }

    private static List<SettingOverride> Overrides(IReadOnlyList<SettingOverride> sets, IReadOnlyList<SweepParameter> parameters, IReadOnlyList<double> values)
    {
        var all = sets.ToList();
        for (int i = 0; i < parameters.Count; i++) all.Add(SettingOverride.Number(parameters[i].Path, values[i], SweepParameter.Origin));
        return all;
    }

    private static string Reproduce(SweepOptions options, long runs, ulong seed, IReadOnlyList<SettingOverride> overrides) =>
        "negsim sweep experiment.json" + string.Concat(options.Parameters.Select(p => " --param " + SharedOptions.Quote(p))) +
        $" --runs {runs} --seed {seed}" + (options.Parameters.Count >= 3 ? $" --samples {options.Samples}" : "") +
        (options.Variant is { } v ? " --variant " + v : "") +
        string.Concat(overrides.Select(o => " --set " + SharedOptions.Quote(o.ToString())));
}
