using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Inference;
using NegotiationSim.Experiments.Patterns;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Inference;
using NegotiationSim.Outcomes;
using NegotiationSim.Plots;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `negsim infer EXPERIMENT PATTERNS`: approximate Bayesian computation over the experiment's uncertain parameters given
/// a record (docs/validation.md, "Inference"): the posterior sample, which parameters the record informs, plots, the
/// posterior predictive of every variant, and the posterior as an experiment file.
/// </summary>
public static class InferCommand
{
    /// <summary>The files written into the results folder.</summary>
    public const string PosteriorParquetName = "posterior.parquet", PriorParquetName = "prior.parquet", InformedCsv = "informed.csv",
        GenerationsCsv = "generations.csv", PredictiveCsv = "predictive.csv", PosteriorExperimentName = "posterior-experiment.json",
        Json = "infer.json", ExperimentCopy = "experiment.json", PatternsCopy = "patterns.json";

    /// <summary>The command-line shape of `negsim infer`.</summary>
    public static Command Create()
    {
        var experiment = new Argument<string>("experiment") { Description = "Experiment file: its distributions are the prior" };
        var patterns = new Argument<string>("patterns") { Description = "Patterns file: the observed record (docs/validation.md)" };
        var method = new Option<string>("--method", "-m") { Description = "rejection or smc (Del Moral, Doucet & Jasra 2012)", DefaultValueFactory = _ => "smc" };
        method.AcceptOnlyFromAmong("rejection", "smc");
        var draws = new Option<int>("--draws", "-n") { Description = "Prior draws (rejection) or particles (smc)", DefaultValueFactory = _ => 2000 };
        var replicates = new Option<int>("--replicates", "-k") { Description = "Replicates per parameter vector", DefaultValueFactory = _ => 10 };
        var tolerance = new Option<int>("--tolerance", "-e") { Description = "Patterns a replicate may get wrong and still reproduce the record (0: exact)", DefaultValueFactory = _ => 0 };
        var minEss = new Option<double>("--min-ess") { Description = "Refuse a posterior with a smaller effective sample size", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed (default: the experiment's \"seed\")" };
        var predictive = new Option<int>("--predictive-draws") { Description = "Posterior (and prior) draws for the predictive of every variant; 0 skips it", DefaultValueFactory = _ => 200 };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/infer-NAME-YYYYMMDD-HHMMSS]" };
        var threads = SharedOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip the plots" };
        var set = SharedOptions.Set();
        var command = new Command("infer",
            "Infer what the record says about the experiment's uncertain parameters by approximate Bayesian computation (the file's " +
            "distributions are the prior), and what every variant would have changed under the posterior.\n\nExamples:\n" +
            "  negsim infer experiments/nato-russia-2022.json experiments/patterns/january-2022.json\n" +
            "  negsim infer experiments/nato-russia-2022.json experiments/patterns/january-2022.json --method rejection --draws 20000 --replicates 5")
        {
            experiment, patterns, method, draws, replicates, tolerance, minEss, seed, predictive, output, threads, force, noPlots, set,
        };
        command.SetAction((parse, cancellation) => Task.Run(() => (int)Execute(
            new InferOptions(parse.GetValue(experiment)!, parse.GetValue(patterns)!, parse.GetValue(method) == "rejection" ? AbcMethod.Rejection : AbcMethod.Smc,
                parse.GetValue(draws), parse.GetValue(replicates), parse.GetValue(tolerance), parse.GetValue(minEss), parse.GetValue(seed),
                parse.GetValue(predictive), parse.GetValue(output), parse.GetValue(threads), parse.GetValue(force), parse.GetValue(noPlots), parse.GetValue(set) ?? []),
            Console.Out, Console.Error, cancellation), CancellationToken.None));
        return command;
    }

    /// <summary>Runs the inference; prints the diagnostics and the informed parameters, writes the results folder.</summary>
    /// <returns>Success; a usage error for a mistake in the files or options, an existing folder, or a posterior refused for too few accepted draws (nothing written); interrupted; a runtime failure.</returns>
    public static ExitCode Execute(InferOptions o, TextWriter stdout, TextWriter error, CancellationToken cancellation = default) =>
        CommandErrors.Run(error, () => Infer(o, stdout, error, cancellation));

    private static ExitCode Infer(InferOptions o, TextWriter stdout, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(error);
        if (o.Draws < 2 || o.Replicates < 1 || o.Tolerance < 0 || o.PredictiveDraws < 0 || o.MinimumEss < 1)
        {
            error.WriteLine("error: --draws must be at least 2, --replicates at least 1, --tolerance and --predictive-draws at least 0, --min-ess at least 1");
            return ExitCode.UsageError;
        }
        if (InferenceSteps.Read(o.Experiment, o.Patterns, null, o.Sets, error) is not { } read) return ExitCode.UsageError;
        var (experiment, patterns, patternBytes) = read;
        ulong seed = o.Seed ?? experiment.Seed;
        var model = new CompiledModel(experiment.Scenario);
        if (model.UncertainParameters == 0)
        {
            error.WriteLine($"error: {experiment.Source}: no uncertain parameters, so there is nothing to infer");
            return ExitCode.UsageError;
        }
        string target = o.Out ?? Path.Combine("results", $"infer-{experiment.Scenario.Name}-{DateTime.Now:yyyyMMdd-HHmmss}");
        var folder = ResultsFolder.Begin(target, o.Force);
        using (folder)
        {
            var clock = Stopwatch.StartNew();
            var settings = new AbcSettings(o.Method, o.Draws, o.Replicates, o.Tolerance, seed, o.Threads, o.MinimumEss);
            AbcResult result;
            try { result = Abc.Run(model, patterns, settings, cancellation); }
            catch (OperationCanceledException)
            {
                error.WriteLine("interrupted; no results written");
                return ExitCode.Interrupted;
            }
            double abcSeconds = clock.Elapsed.TotalSeconds;
            var updates = ParameterUpdate.Of(result);
            List<(string Arm, string Sample, PredictiveCounts Counts)> predictive;
            try { predictive = o.PredictiveDraws > 0 ? Predictive(experiment, model, patterns, result, o, seed, cancellation) : []; }
            catch (OperationCanceledException)
            {
                error.WriteLine("interrupted; no results written");
                return ExitCode.Interrupted;
            }
            clock.Stop();
            int used = o.Threads > 0 ? o.Threads : Environment.ProcessorCount;
            string provenance = $"negsim infer {o.Method.ToString().ToLowerInvariant()} on {patterns.Name} (ESS {result.Ess:0}, seed {seed})";
            var (posteriorJson, unresolved) = PosteriorExperiment.Write(experiment.Content, new ParameterSpace(model), result, provenance);
            WriteSummary(stdout, experiment, patterns, result, updates, predictive, used, abcSeconds, clock.Elapsed.TotalSeconds);
            string reproduce = $"negsim infer {ExperimentCopy} {PatternsCopy} --method {o.Method.ToString().ToLowerInvariant()} --draws {o.Draws} --replicates {o.Replicates} " +
                $"--tolerance {o.Tolerance} --min-ess {o.MinimumEss.ToString(CultureInfo.InvariantCulture)} --seed {seed} --predictive-draws {o.PredictiveDraws}" +
                string.Concat(experiment.Overrides.Select(x => " --set " + SharedOptions.Quote(x.ToString())));
            var failure = ResultsSteps.WriteAndCommit(folder, () =>
            {
                File.WriteAllBytes(folder.PathOf(ExperimentCopy), experiment.Content);
                File.WriteAllBytes(folder.PathOf(PatternsCopy), patternBytes);
                PosteriorParquet.Write(folder.PathOf(PosteriorParquetName), result.Paths, result.Theta, result.Weights);
                PosteriorParquet.Write(folder.PathOf(PriorParquetName), result.Paths, result.Prior, null);
                TidyCsv.Write(folder.PathOf(InformedCsv), InformedHeader, updates.Select(u => (IReadOnlyList<string>)
                    [u.Path, InferenceSteps.N(u.PriorMean), InferenceSteps.N(u.PriorSd), InferenceSteps.N(u.PosteriorMean), InferenceSteps.N(u.PosteriorSd),
                     InferenceSteps.N(u.SdRatio), InferenceSteps.N(u.Shift), u.Informed ? "true" : "false"]));
                TidyCsv.Write(folder.PathOf(GenerationsCsv), GenerationsHeader, result.Generations.Select(g => (IReadOnlyList<string>)
                    [g.Index.ToString(CultureInfo.InvariantCulture), g.Tolerance.ToString(CultureInfo.InvariantCulture), InferenceSteps.N(g.Ess),
                     g.Resampled ? "true" : "false", InferenceSteps.N(g.MoveAcceptance), g.Simulations.ToString(CultureInfo.InvariantCulture)]));
                TidyCsv.Write(folder.PathOf(PredictiveCsv), PredictiveHeader, PredictiveRows(patterns, predictive));
                File.WriteAllText(folder.PathOf(PosteriorExperimentName), posteriorJson);
                File.WriteAllText(folder.PathOf(Json), InferenceSteps.Manifest("infer", experiment, o.Patterns, patternBytes, new Dictionary<string, object?>
                {
                    ["method"] = o.Method.ToString().ToLowerInvariant(), ["draws"] = o.Draws, ["replicatesPerDraw"] = o.Replicates, ["tolerance"] = o.Tolerance,
                    ["minimumEss"] = o.MinimumEss, ["seed"] = seed, ["threads"] = used,
                    ["distance"] = "Hamming: the number of patterns whose truth value in a replicate differs from the record's",
                    ["simulations"] = result.Simulations, ["acceptanceRate"] = result.AcceptanceRate, ["acceptedDraws"] = result.AcceptedDraws,
                    ["ess"] = result.Ess, ["distinctParticles"] = result.Distinct, ["generations"] = result.Generations.Count, ["abcSeconds"] = abcSeconds, ["wallSeconds"] = clock.Elapsed.TotalSeconds,
                    ["informed"] = updates.Where(u => u.Informed).Select(u => u.Path).ToArray(),
                    ["posteriorExperimentUnresolved"] = unresolved.ToArray(),
                    ["reproduce"] = reproduce,
                }));
                if (!o.NoPlots) Plots(result, updates, folder.PathOf("plots"), $"{experiment.Scenario.Name} · {patterns.Name} · {o.Method} ABC, ESS {result.Ess:0} · seed {seed}");
            }, error, cancellation);
            if (failure is { } code) return code;
        }
        stdout.WriteLine($"Results: {folder.Target}");
        return ExitCode.Success;
    }

    /// <summary>Columns of informed.csv.</summary>
    public static IReadOnlyList<string> InformedHeader { get; } = ["parameter", "prior_mean", "prior_sd", "posterior_mean", "posterior_sd", "sd_ratio", "shift", "informed"];

    /// <summary>Columns of generations.csv.</summary>
    public static IReadOnlyList<string> GenerationsHeader { get; } = ["generation", "tolerance", "ess", "resampled", "move_acceptance", "simulations"];

    /// <summary>Columns of predictive.csv.</summary>
    public static IReadOnlyList<string> PredictiveHeader { get; } = ["arm", "sample", "metric", "probability", "lower", "upper", "count", "runs", "informed_parameters"];

    // Every arm (base and each variant) under the prior sample and under the posterior (resampled by weight), on the
    // same replicate indices, so that prior and posterior differ by the parameters only.
    private static List<(string, string, PredictiveCounts)> Predictive(Experiment experiment, CompiledModel model, PatternSet patterns, AbcResult result,
        InferOptions o, ulong seed, CancellationToken cancellation)
    {
        int rows = o.PredictiveDraws, d = result.Dimension, k = Math.Max(o.Replicates, 10);
        var picks = result.Resample(rows, seed);
        var posterior = new double[rows * d];
        for (int i = 0; i < rows; i++) Array.Copy(result.Theta, picks[i] * d, posterior, i * d, d);
        int priorRows = Math.Min(rows, result.Prior.Length / d);
        var list = new List<(string, string, PredictiveCounts)>();
        foreach (string arm in new[] { "base" }.Concat(experiment.Variants.Select(v => v.Name)))
        {
            var materialised = arm == "base" ? experiment : ExperimentReader.Materialise(experiment, arm, experiment.Overrides);
            var armModel = arm == "base" ? model : new CompiledModel(materialised.Scenario);
            PatternSet? armPatterns = patterns;
            if (arm != "base")
            {
                try { armPatterns = PatternReader.Read(System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(o.Patterns)), o.Patterns, materialised.Scenario with { Name = experiment.Scenario.Name }); }
                catch (ExperimentException) { armPatterns = null; }
            }
            list.Add((arm, "prior", PosteriorPredictive.Run(model, armModel, armPatterns, result.Prior, priorRows, k, seed, o.Threads, cancellation)));
            list.Add((arm, "posterior", PosteriorPredictive.Run(model, armModel, armPatterns, posterior, rows, k, seed, o.Threads, cancellation)));
        }
        return list;
    }

    private static IEnumerable<IReadOnlyList<string>> PredictiveRows(PatternSet patterns, List<(string Arm, string Sample, PredictiveCounts Counts)> rows)
    {
        foreach (var (arm, sample, c) in rows)
        {
            var metrics = new List<(string, long)> { ("escalation", c.War), ("anyAgreement", c.AnyAgreement) };
            if (c.Patterns is { } pc)
            {
                metrics.AddRange(patterns.Patterns.Select((p, i) => ("pattern." + p.Id, pc.Held[i])));
                metrics.Add(("pattern.all", pc.Joint));
            }
            foreach (var (metric, count) in metrics)
            {
                var p = Proportion.Of(count, c.Runs);
                yield return [arm, sample, metric, InferenceSteps.N(p.Estimate), InferenceSteps.N(p.Lower), InferenceSteps.N(p.Upper),
                    count.ToString(CultureInfo.InvariantCulture), c.Runs.ToString(CultureInfo.InvariantCulture), c.Informed.ToString(CultureInfo.InvariantCulture)];
            }
        }
    }

    private static void Plots(AbcResult result, IReadOnlyList<ParameterUpdate> updates, string dir, string caption)
    {
        var ranked = Enumerable.Range(0, updates.Count).OrderByDescending(p => updates[p].Score).ToList();
        // One marginal per parameter, most updated first, so that the file names sort by how much the record says.
        for (int r = 0; r < ranked.Count; r++) InferenceCharts.Marginal(result, ranked[r], r + 1, dir, caption);
        var top = ranked.Take(3).ToList();
        int pair = 0;
        for (int a = 0; a < top.Count; a++)
            for (int b = a + 1; b < top.Count; b++)
                InferenceCharts.Pair(result, top[a], top[b], ++pair, dir, caption);
    }

    private static void WriteSummary(TextWriter o, Experiment experiment, PatternSet patterns, AbcResult r, IReadOnlyList<ParameterUpdate> updates,
        List<(string Arm, string Sample, PredictiveCounts Counts)> predictive, int threads, double abcSeconds, double seconds)
    {
        var s = r.Settings;
        o.WriteLine($"Infer: {experiment.Scenario.Name} given {patterns.Name} ({patterns.Count} patterns) · {s.Method} ABC · {s.Draws} {(s.Method == AbcMethod.Smc ? "particles" : "draws")} × {s.ReplicatesPerDraw} replicates · tolerance {s.Tolerance} · seed {s.Seed} · {threads} threads");
        o.WriteLine($"{r.Simulations.ToString("N0", CultureInfo.InvariantCulture)} replicates simulated in {abcSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; " +
            $"{(s.Method == AbcMethod.Smc ? "final move acceptance" : "acceptance rate")} {r.AcceptanceRate.ToString("0.0000", CultureInfo.InvariantCulture)}; accepted draws {r.AcceptedDraws} ({r.Distinct} distinct); effective sample size {r.Ess.ToString("0", CultureInfo.InvariantCulture)}");
        if (s.Method == AbcMethod.Smc)
            o.WriteLine("tolerance schedule: " + string.Join(" → ", r.Generations.Select(g => $"{g.Tolerance} (ESS {g.Ess:0}{(double.IsNaN(g.MoveAcceptance) ? "" : $", moves {g.MoveAcceptance:P0}")})")));
        o.WriteLine();
        o.WriteLine($"{"parameter",-46}{"prior mean (sd)",-20}{"posterior mean (sd)",-22}{"sd ratio",9}{"shift",8}");
        foreach (var u in updates.OrderByDescending(u => u.Score).Take(15))
            o.WriteLine($"{u.Path,-46}{$"{u.PriorMean:0.###} ({u.PriorSd:0.###})",-20}{$"{u.PosteriorMean:0.###} ({u.PosteriorSd:0.###})",-22}{u.SdRatio,9:0.00}{u.Shift,8:+0.00;-0.00}{(u.Informed ? "  informed" : "")}");
        int informed = updates.Count(u => u.Informed);
        o.WriteLine($"{informed} of {updates.Count} parameters informed (|shift| > {ParameterUpdate.ShiftThreshold} prior sd or sd ratio < {ParameterUpdate.RatioThreshold}); the rest are not moved by the record (informed.csv).");
        if (predictive.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"{"arm",-32}{"P(war) prior → posterior",-28}{"P(any agreement) prior → posterior",-36}");
            foreach (var group in predictive.GroupBy(x => x.Arm))
            {
                var prior = group.First(x => x.Sample == "prior").Counts;
                var post = group.First(x => x.Sample == "posterior").Counts;
                o.WriteLine($"{group.Key,-32}{$"{(double)prior.War / prior.Runs:0.000} → {(double)post.War / post.Runs:0.000}",-28}{$"{(double)prior.AnyAgreement / prior.Runs:0.000} → {(double)post.AnyAgreement / post.Runs:0.000}",-36}");
            }
        }
        o.WriteLine($"total {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
    }
}
