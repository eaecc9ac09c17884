using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using NegotiationSim.Experiments.Backtest;
using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Forecasting;
using NegotiationSim.Plots;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `negsim backtest`: forecast every case of a file of real negotiations with known outcomes (the DEU data set's
/// layout, or the long layout) with every model, score the forecasts, and write the scores, the forecasts, the MAE
/// differences to the compromise model and plots (docs/validation.md).
/// </summary>
public static class BacktestCommand
{
    /// <summary>The files written into the results folder.</summary>
    public const string ScoresCsv = "scores.csv", ForecastsCsv = "forecasts.csv", DifferencesCsv = "differences.csv", Json = "backtest.json", CasesCopy = "cases.csv";

    /// <summary>The command-line shape of `negsim backtest`.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("cases") { Description = "Cases CSV: the DEU layout (isnr, p<actor>, s<actor>, rp, out) or the long layout (case,actor,position,salience,referencePoint,outcome), values on 0-100" };
        var capability = new Option<string>("--capability", "-c")
        {
            Description = "Actors' capabilities: equal, council-votes (Council votes of the time, Amsterdam or Nice; Commission as the largest state; Parliament as much under COD, 0 under CNS), or COLUMN (long layout: a column; DEU layout: a prefix, COLUMN+actor)",
            DefaultValueFactory = _ => "equal",
        };
        var runs = new Option<int>("--runs", "-n") { Description = "Monte Carlo replicates per case", DefaultValueFactory = _ => BacktestOptions.DefaultRuns };
        runs.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n < 1) r.AddError("--runs must be at least 1"); });
        var seed = new Option<ulong>("--seed", "-s") { Description = "Master seed of the Monte Carlo negotiations and the bootstrap", DefaultValueFactory = _ => BacktestOptions.DefaultSeed };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/backtest-NAME-YYYYMMDD-HHMMSS]" };
        var threads = SharedOptions.Threads();
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var noPlots = new Option<bool>("--no-plots") { Description = "Write backtest.json and the tables only" };
        var crossValidate = new Option<bool>("--cross-validate")
        {
            Description = "Also tune the mixture model's shares and the protocol's distributions by 5-fold cross-validation by proposal on this file and report the out-of-fold scores (for the development split only: never tune on test data)",
        };
        var command = new Command("backtest",
            "Forecast real negotiations with known outcomes with every model (baselines, compromise, Nash, expected utility, " +
            "alternating offers as a Monte Carlo negotiation), score them (MAE, RMSE, within 10, CRPS, interval coverage) and " +
            "compare each with the compromise model by a paired bootstrap.\n\nExamples:\n" +
            "  negsim backtest deu-1996-2000.csv            (the DEU layout; docs/validation.md says where the data come from)\n" +
            "  negsim backtest cases.csv --capability council-votes --runs 1000 --seed 7 --out results/deu")
        {
            file, capability, runs, seed, output, threads, force, noPlots, crossValidate,
        };
        // Task.Run, as in `negsim run`: System.CommandLine hooks Ctrl+C to the token only once the action has returned its task.
        command.SetAction((parse, cancellation) => Task.Run(() => (int)Execute(
            new BacktestOptions(parse.GetValue(file)!, parse.GetValue(capability) ?? "equal", parse.GetValue(runs), parse.GetValue(seed),
                parse.GetValue(output), parse.GetValue(threads), parse.GetValue(force), parse.GetValue(noPlots), parse.GetValue(crossValidate)),
            Console.Out, Console.Error, cancellation), CancellationToken.None));
        return command;
    }

    /// <summary>Reads the cases, runs every model, prints the table of scores and writes the results folder.</summary>
    /// <returns>Success; a usage error for a bad option, a mistake in the file or an existing folder (nothing written); a runtime failure when writing fails.</returns>
    public static ExitCode Execute(BacktestOptions options, TextWriter output, TextWriter error, CancellationToken cancellation = default) =>
        CommandErrors.Run(error, () => Forecast(options, output, error, cancellation));

    private static ExitCode Forecast(BacktestOptions options, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(options.File))
        {
            error.WriteLine("error: no cases file given. Usage: negsim backtest CASES.csv");
            return ExitCode.UsageError;
        }
        if (options.Runs < 1)
        {
            error.WriteLine($"error: --runs must be at least 1, got {options.Runs}");
            return ExitCode.UsageError;
        }
        if (options.Threads < 0)
        {
            error.WriteLine($"error: --threads must be 0 (all cores) or more, got {options.Threads}");
            return ExitCode.UsageError;
        }

        var rule = CapabilityRule.Parse(options.Capability);
        var table = CaseTableCsv.Load(options.File, rule);
        byte[] bytes = File.ReadAllBytes(options.File);
        if (table.Cases.Count == 0)
        {
            error.WriteLine($"error: {options.File}: no case has an actor with a position, so there is nothing to forecast");
            return ExitCode.UsageError;
        }
        if (table.WithoutPositions.Count > 0)
            error.WriteLine($"warning: {table.WithoutPositions.Count} case(s) without any position left out: {string.Join(", ", table.WithoutPositions.Take(10))}{(table.WithoutPositions.Count > 10 ? ", …" : "")}");

        string name = Path.GetFileNameWithoutExtension(options.File);
        string target = options.Out ?? Path.Combine("results", $"backtest-{name}-{DateTime.Now:yyyyMMdd-HHmmss}");
        var folder = ResultsFolder.Begin(target, options.Force);
        using (folder)
        {
            var started = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            var settings = new BacktestSettings(options.Runs, options.Seed, options.Threads, ProtocolDistributions.Default);
            BacktestResult result;
            try { result = Backtest.Run(table.Cases, settings, cancellation); }
            catch (OperationCanceledException)
            {
                error.WriteLine("interrupted; no results written");
                return ExitCode.Interrupted;
            }
            var crossValidation = options.CrossValidate ? MixtureCrossValidation.Run(table.Cases, result, seed: options.Seed) : null;
            ProtocolCalibrationResult? calibration = null;
            if (options.CrossValidate)
            {
                try { calibration = ProtocolCalibration.Run(table.Cases, ProtocolCandidate.Grid, options.Runs, options.Seed, options.Threads, cancellation: cancellation); }
                catch (OperationCanceledException)
                {
                    error.WriteLine("interrupted; no results written");
                    return ExitCode.Interrupted;
                }
            }
            clock.Stop();
            int threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
            int withOutcome = table.Cases.Count(c => c.HasOutcome);
            string reproduce = $"negsim backtest {CasesCopy} --capability {SharedOptions.Quote(rule.ToString())} --runs {options.Runs} --seed {options.Seed}" +
                (options.CrossValidate ? " --cross-validate" : "");
            var manifest = new BacktestManifest("negsim", ToolInfo.Version, ToolInfo.Commit, options.File, Convert.ToHexStringLower(SHA256.HashData(bytes)),
                table.Layout, rule.ToString(), table.Cases.Count, withOutcome, options.Runs, options.Seed, settings.BootstrapResamples,
                Describe(settings.Protocol), threads, clock.Elapsed.TotalSeconds, started, reproduce);

            WriteTable(output, Path.GetFileName(options.File), manifest, result);
            if (crossValidation is not null) WriteCrossValidation(output, crossValidation);
            if (calibration is not null) WriteCalibration(output, calibration);

            var failure = ResultsSteps.WriteAndCommit(folder, () =>
            {
                File.WriteAllBytes(folder.PathOf(CasesCopy), bytes);
                File.WriteAllText(folder.PathOf(Json), BacktestJson.Serialize(manifest, result, crossValidation, calibration));
                TidyCsv.Write(folder.PathOf(ScoresCsv), BacktestJson.ScoresHeader, BacktestJson.ScoreRows(result));
                TidyCsv.Write(folder.PathOf(ForecastsCsv), BacktestJson.ForecastsHeader, BacktestJson.ForecastRows(result));
                TidyCsv.Write(folder.PathOf(DifferencesCsv), BacktestJson.DifferencesHeader, BacktestJson.DifferenceRows(result));
                if (!options.NoPlots)
                    BacktestCharts.All(result, folder.PathOf("plots"),
                        $"{Path.GetFileName(options.File)} · capability {rule} · {options.Runs} replicates/case · seed {options.Seed}");
            }, error, cancellation);
            if (failure is { } code) return code;
        }
        output.WriteLine($"Results: {folder.Target}");
        return ExitCode.Success;
    }

    /// <summary>The protocol's distributions in words, for the manifest.</summary>
    internal static string Describe(ProtocolDistributions p) =>
        $"alternating offers (docs/model.md §4): concession exponent {p.ConcessionExponent}, initial concession {p.InitialConcession}, " +
        $"acceptance temperature {p.AcceptanceTemperature}, {p.RoundsPerActor} rounds per actor, {p.Orders} proposer orders (Commission first)";

    /// <summary>The compact table: one row per model with its scores and its MAE difference to the compromise model.</summary>
    private static void WriteTable(TextWriter output, string file, BacktestManifest m, BacktestResult result)
    {
        output.WriteLine($"Backtest: {file} · {m.Cases} cases, {m.CasesWithOutcome} with an outcome · capability {m.Capability} · " +
            $"{m.Runs.ToString("N0", CultureInfo.InvariantCulture)} replicates per case · seed {m.Seed} · {m.Threads} threads · {m.WallSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        output.WriteLine();
        output.WriteLine($"{"model",-24}{"issues",7}{"MAE",8}{"RMSE",8}{"within10",10}{"CRPS",8}{"cov50",7}{"cov90",7}   MAE − compromise [95% CI]");
        foreach (var s in result.Scores)
        {
            var d = result.Differences.FirstOrDefault(x => x.Model == s.Model);
            string diff = d is null ? "(yardstick)"
                : double.IsFinite(d.Difference) ? $"{Signed(d.Difference)} [{Signed(d.Lower)}, {Signed(d.Upper)}]{(d.IsNoise ? "  noise" : "")}" : "";
            output.WriteLine($"{s.Model,-24}{s.Issues,7}{F(s.Mae),8}{F(s.Rmse),8}{F(s.Within10),10}{F(s.Crps),8}{F(s.Coverage50),7}{F(s.Coverage90),7}   {diff}");
        }
        output.WriteLine();
        output.WriteLine("'noise': the 95% paired bootstrap interval of the MAE difference contains 0, so these data cannot tell the model");
        output.WriteLine("from the compromise model (with ~170 issues, differences under ~3 points usually are).");
        output.WriteLine($"Nash solution defined on {result.NashDefined} of {result.NashCases} cases with a reference point (elsewhere it is the compromise point);");
        output.WriteLine($"alternating offers agreed in {F(100 * result.AgreementRate)}% of replicates on average.");
        output.WriteLine("mixture: shares tuned on the DEU development split 1996-2000, so in sample there (--cross-validate gives out-of-fold scores).");
    }

    /// <summary>The cross-validation of the mixture's shares: each fold's choice, then out-of-fold against the compromise model.</summary>
    private static void WriteCrossValidation(TextWriter output, CrossValidationResult cv)
    {
        output.WriteLine();
        output.WriteLine($"Cross-validation of the mixture's shares ({cv.Folds.Count} folds by proposal; on the other folds: protocol share by MAE, then the rest by CRPS):");
        foreach (var f in cv.Folds)
            output.WriteLine($"  fold {f.Fold}: {f.Proposals} proposals, {f.Issues} issues held out; chosen {f.Chosen}");
        output.WriteLine($"{"",2}{"",-28}{"issues",7}{"MAE",8}{"RMSE",8}{"within10",10}{"CRPS",8}{"cov50",7}{"cov90",7}");
        foreach (var s in (ModelScore[])[cv.OutOfFold, cv.Compromise, cv.FullFitScore])
            output.WriteLine($"{"",2}{s.Model,-28}{s.Issues,7}{F(s.Mae),8}{F(s.Rmse),8}{F(s.Within10),10}{F(s.Crps),8}{F(s.Coverage50),7}{F(s.Coverage90),7}");
        var d = cv.Difference;
        output.WriteLine($"  out-of-fold MAE − compromise: {Signed(d.Difference)} [{Signed(d.Lower)}, {Signed(d.Upper)}]{(d.IsNoise ? " (noise)" : "")}; shares fitted on all issues: {cv.FullFit}");
    }

    /// <summary>The calibration of the protocol's distributions: every candidate in sample, the folds' choices, then out of fold.</summary>
    private static void WriteCalibration(TextWriter output, ProtocolCalibrationResult calibration)
    {
        output.WriteLine();
        output.WriteLine($"Calibration of the protocol's distributions (given agreement; {calibration.Chosen.Count} folds by proposal, lowest CRPS on the other folds):");
        output.WriteLine($"{"",2}{"candidate (exponent/temperature)",-34}{"issues",7}{"MAE",8}{"RMSE",8}{"within10",10}{"CRPS",8}{"cov50",7}{"cov90",7}");
        foreach (var s in calibration.Candidates.Append(calibration.OutOfFold).Append(calibration.Compromise))
            output.WriteLine($"{"",2}{s.Model,-34}{s.Issues,7}{F(s.Mae),8}{F(s.Rmse),8}{F(s.Within10),10}{F(s.Crps),8}{F(s.Coverage50),7}{F(s.Coverage90),7}");
        var d = calibration.Difference;
        output.WriteLine($"  chosen per fold: {string.Join(", ", calibration.Chosen)}; out-of-fold MAE − compromise: " +
            $"{Signed(d.Difference)} [{Signed(d.Lower)}, {Signed(d.Upper)}]{(d.IsNoise ? " (noise)" : "")}");
    }

    private static string F(double x) => double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static string Signed(double x) => x.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);
}
