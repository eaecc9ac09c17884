using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Inference;
using NegotiationSim.Plots;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `negsim score EXPERIMENT PATTERNS`: the experiment's probability of each observed pattern of a record and of all of
/// them jointly, with Wilson intervals, and Brier and log scores against the flat and uninformed baselines
/// (docs/validation.md, "Scores").
/// </summary>
public static class ScoreCommand
{
    /// <summary>The files written into the results folder.</summary>
    public const string ScoresCsv = "scores.csv", Json = "score.json", ExperimentCopy = "experiment.json", PatternsCopy = "patterns.json";

    /// <summary>The command-line shape of `negsim score`.</summary>
    public static Command Create()
    {
        var experiment = new Argument<string>("experiment") { Description = "Experiment file (docs/configuration.md)" };
        var patterns = new Argument<string>("patterns") { Description = "Patterns file: the observed record (docs/validation.md), e.g. experiments/patterns/january-2022.json" };
        var runs = SharedOptions.Runs("Replicates for each forecaster (default: the experiment's \"runs\")");
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed (default: the experiment's \"seed\")" };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/score-NAME-YYYYMMDD-HHMMSS]" };
        var threads = SharedOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var noPlots = new Option<bool>("--no-plots") { Description = "Write score.json and scores.csv only" };
        var variant = new Option<string?>("--variant") { Description = "Score one of the file's variants instead of its base scenario" };
        var set = SharedOptions.Set();
        var command = new Command("score",
            "Score an experiment against a record of observed patterns: the probability of each pattern and of all jointly (95% Wilson " +
            "intervals), Brier and log scores against two baselines (flat priors on the same supports; 0.5 per pattern).\n\nExamples:\n" +
            "  negsim score experiments/nato-russia-2022.json experiments/patterns/january-2022.json\n" +
            "  negsim score experiments/nato-russia-2022.json experiments/patterns/january-2022.json --runs 20000 --seed 7 --out results/score")
        {
            experiment, patterns, runs, seed, output, threads, force, noPlots, variant, set,
        };
        command.SetAction((parse, cancellation) => Task.Run(() => (int)Execute(
            parse.GetValue(experiment)!, parse.GetValue(patterns)!, parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(output),
            parse.GetValue(threads), parse.GetValue(force), parse.GetValue(noPlots), parse.GetValue(variant), parse.GetValue(set) ?? [],
            Console.Out, Console.Error, cancellation), CancellationToken.None));
        return command;
    }

    /// <summary>Scores the experiment; prints the table and writes the results folder.</summary>
    /// <returns>Success; a usage error for a mistake in either file or an existing folder (nothing written); interrupted; a runtime failure when writing fails.</returns>
    public static ExitCode Execute(string experimentPath, string patternsPath, long? runs, ulong? seed, string? output, int threads, bool force, bool noPlots,
        string? variant, IReadOnlyList<string> sets, TextWriter stdout, TextWriter error, CancellationToken cancellation = default) =>
        CommandErrors.Run(error, () => Score(experimentPath, patternsPath, runs, seed, output, threads, force, noPlots, variant, sets, stdout, error, cancellation));

    private static ExitCode Score(string experimentPath, string patternsPath, long? runs, ulong? seed, string? output, int threads, bool force, bool noPlots,
        string? variant, IReadOnlyList<string> sets, TextWriter stdout, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(error);
        if (InferenceSteps.Read(experimentPath, patternsPath, variant, sets, error) is not { } read) return ExitCode.UsageError;
        var (experiment, patterns, patternBytes) = read;
        long n = runs ?? experiment.Runs;
        ulong s = seed ?? experiment.Seed;
        string target = output ?? Path.Combine("results", $"score-{experiment.Scenario.Name}-{DateTime.Now:yyyyMMdd-HHmmss}");
        var folder = ResultsFolder.Begin(target, force);
        using (folder)
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<PatternScore> scores;
            try { scores = PatternScoring.Score(new CompiledModel(experiment.Scenario), patterns, n, s, threads, cancellation); }
            catch (OperationCanceledException)
            {
                error.WriteLine("interrupted; no results written");
                return ExitCode.Interrupted;
            }
            clock.Stop();
            int used = threads > 0 ? threads : Environment.ProcessorCount;
            string reproduce = $"negsim score {ExperimentCopy} {PatternsCopy} --runs {n} --seed {s}";
            WriteTable(stdout, experiment.Scenario.Name, patterns, scores, n, s, used, clock.Elapsed.TotalSeconds);
            var failure = ResultsSteps.WriteAndCommit(folder, () =>
            {
                File.WriteAllBytes(folder.PathOf(ExperimentCopy), experiment.Content);
                File.WriteAllBytes(folder.PathOf(PatternsCopy), patternBytes);
                TidyCsv.Write(folder.PathOf(ScoresCsv), Header, Rows(scores));
                File.WriteAllText(folder.PathOf(Json), InferenceSteps.Manifest("score", experiment, patternsPath, patternBytes, new Dictionary<string, object?>
                {
                    ["runs"] = n, ["seed"] = s, ["threads"] = used, ["wallSeconds"] = clock.Elapsed.TotalSeconds,
                    ["baselines"] = "flat: every uncertain parameter uniform on its prior's support (normal: mean ± 3 sd), same seed and replicates; uninformed: 0.5 per pattern, 0.5^P for the record",
                    ["logScore"] = "ln((k + 0.5)/(n + 1)) for simulated forecasts",
                    ["reproduce"] = reproduce,
                }));
                if (!noPlots)
                    InferenceCharts.PatternProbabilities(scores, folder.PathOf("plots"),
                        $"{experiment.Scenario.Name} · {patterns.Name} · {n.ToString("N0", CultureInfo.InvariantCulture)} replicates · seed {s}");
            }, error, cancellation);
            if (failure is { } code) return code;
        }
        stdout.WriteLine($"Results: {folder.Target}");
        return ExitCode.Success;
    }

    /// <summary>The columns of scores.csv: one row per pattern and forecaster, then the whole record ("all").</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["pattern", "input", "date", "forecaster", "probability", "lower", "upper", "count", "runs", "brier", "log_score", "statement"];

    private static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<PatternScore> scores)
    {
        foreach (var row in scores)
            foreach (var f in row.Forecasts)
                yield return
                [
                    row.Id, row.Pattern is null ? "" : row.Pattern.Input ? "true" : "false", row.Pattern?.Date ?? "", f.Forecaster,
                    InferenceSteps.N(f.Probability.Estimate), InferenceSteps.N(f.Probability.Lower), InferenceSteps.N(f.Probability.Upper),
                    f.Probability.Count.ToString(CultureInfo.InvariantCulture), f.Probability.Total.ToString(CultureInfo.InvariantCulture),
                    InferenceSteps.N(f.Brier), InferenceSteps.N(f.LogScore), row.Pattern?.Statement ?? "every pattern jointly",
                ];
    }

    private static void WriteTable(TextWriter o, string scenario, PatternSet patterns, IReadOnlyList<PatternScore> scores, long runs, ulong seed, int threads, double seconds)
    {
        o.WriteLine($"Score: {scenario} against {patterns.Name} · {patterns.Count} patterns · {runs.ToString("N0", CultureInfo.InvariantCulture)} replicates per forecaster · seed {seed} · {threads} threads · {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        o.WriteLine();
        o.WriteLine($"{"pattern",-22}{"date",-24}{"model [95% CI]",-24}{"flat",8}{"Brier m/f/u",22}{"log m/f/u",24}");
        foreach (var row in scores)
        {
            var m = row.Forecasts[0]; var f = row.Forecasts[1]; var u = row.Forecasts[2];
            string id = row.Pattern is null ? "ALL (jointly)" : row.Id + (row.Pattern.Input ? "*" : "");
            string ci = $"{InferenceSteps.P(m.Probability.Estimate)} [{InferenceSteps.P(m.Probability.Lower)}, {InferenceSteps.P(m.Probability.Upper)}]";
            o.WriteLine($"{id,-22}{row.Pattern?.Date ?? "",-24}{ci,-24}{InferenceSteps.P(f.Probability.Estimate),8}" +
                $"{$"{InferenceSteps.P(m.Brier)}/{InferenceSteps.P(f.Brier)}/{InferenceSteps.P(u.Brier)}",22}" +
                $"{$"{L(m.LogScore)}/{L(f.LogScore)}/{L(u.LogScore)}",24}");
        }
        o.WriteLine();
        foreach (bool earned in new[] { false, true })
        {
            var parts = PatternScoring.Forecasters.Select(name => (name, t: PatternScoring.Totals(scores, name, earned)))
                .Select(x => $"{x.name} {InferenceSteps.P(x.t.MeanBrier)} / {L(x.t.SumLog)}");
            int count = PatternScoring.Totals(scores, "model", earned).Patterns;
            o.WriteLine($"{(earned ? "patterns not used in calibration" : "all patterns"),-34} ({count}): mean Brier / summed log score: {string.Join("; ", parts)}");
        }
        o.WriteLine("* an input of the calibration (seeds/README.md): reproducing it is not evidence. Brier: (1 − p)², lower is better;");
        o.WriteLine("  log: ln p, higher is better. flat: every uncertain parameter uniform on its prior's support; uninformed: 0.5 each.");
    }

    private static string L(double x) => double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "";
}
