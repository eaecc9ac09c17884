using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Experiments.Backtest;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Experiments.Backtest;

namespace NegotiationSim.Tests.Cli;

public class BacktestCommandTests
{
    private const string LongCases =
        "case,actor,position,salience,referencePoint,outcome,procedure\n" +
        "a,com,100,50,0,70,COD\na,ep,80,60,0,70,COD\na,de,0,90,0,70,COD\na,fr,50,40,0,70,COD\n" +
        "b,com,30,50,30,60,CNS\nb,de,60,90,30,60,CNS\nb,uk,100,10,30,60,CNS\n" +
        "c,com,50,50,,50,CNS\nc,it,0,50,,50,CNS\nc,es,100,50,,50,CNS\n";

    private static (ExitCode Code, string Output, string Error) Run(BacktestOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = BacktestCommand.Execute(options, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Writes_scores_forecasts_differences_manifest_and_plots()
    {
        using var folder = new TemporaryFolder();
        string cases = Path.Combine(folder.Path, "cases.csv");
        File.WriteAllText(cases, LongCases);
        string target = Path.Combine(folder.Path, "out");
        var (code, output, error) = Run(new BacktestOptions(cases, "council-votes", Runs: 100, Seed: 3, Out: target, Threads: 1));

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("", error);
        Assert.Contains("compromise", output, StringComparison.Ordinal);
        Assert.Contains("(yardstick)", output, StringComparison.Ordinal);
        string[] scores = File.ReadAllLines(Path.Combine(target, BacktestCommand.ScoresCsv));
        Assert.Equal("model,issues,mae,rmse,within10,crps,coverage50,coverage90", scores[0]);
        Assert.Equal(1 + NegotiationSim.Forecasting.BacktestModels.All.Count, scores.Length);   // header + one row per model
        Assert.StartsWith("constant50,3,", scores[1], StringComparison.Ordinal);
        Assert.EndsWith(",,,", scores[1], StringComparison.Ordinal);              // no CRPS or coverage for a point forecast
        string[] forecasts = File.ReadAllLines(Path.Combine(target, BacktestCommand.ForecastsCsv));
        Assert.Equal(string.Join(',', BacktestJson.ForecastsHeader), forecasts[0]);
        Assert.Equal(1 + 3 * NegotiationSim.Forecasting.BacktestModels.All.Count, forecasts.Length);
        Assert.Equal(File.ReadAllText(cases), File.ReadAllText(Path.Combine(target, BacktestCommand.CasesCopy)));
        string json = File.ReadAllText(Path.Combine(target, BacktestCommand.Json));
        Assert.Contains("\"capability\": \"council-votes\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reproduce\": \"negsim backtest cases.csv --capability council-votes --runs 100 --seed 3\"", json, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "plots", "error-by-model.png")));
        Assert.True(File.Exists(Path.Combine(target, "plots", "calibration-pit.svg")));
        Assert.True(File.Exists(Path.Combine(target, "plots", "forecast-vs-outcome-compromise.png")));
    }

    [Fact]
    public void Same_seed_gives_identical_tables_for_any_thread_count()
    {
        using var folder = new TemporaryFolder();
        string cases = Path.Combine(folder.Path, "cases.csv");
        File.WriteAllText(cases, LongCases);
        string one = Path.Combine(folder.Path, "one"), two = Path.Combine(folder.Path, "two");
        Assert.Equal(ExitCode.Success, Run(new BacktestOptions(cases, Runs: 300, Seed: 5, Out: one, Threads: 1, NoPlots: true)).Code);
        Assert.Equal(ExitCode.Success, Run(new BacktestOptions(cases, Runs: 300, Seed: 5, Out: two, Threads: 2, NoPlots: true)).Code);
        foreach (string file in (string[])[BacktestCommand.ScoresCsv, BacktestCommand.ForecastsCsv, BacktestCommand.DifferencesCsv])
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        Assert.False(Directory.Exists(Path.Combine(one, "plots")));
    }

    [Fact]
    public void Cross_validation_reports_the_mixture_and_the_protocol_calibration()
    {
        using var folder = new TemporaryFolder();
        string cases = Path.Combine(folder.Path, "cases.csv");
        File.WriteAllText(cases, LongCases);
        string target = Path.Combine(folder.Path, "cv");
        var (code, output, _) = Run(new BacktestOptions(cases, Runs: 50, Out: target, NoPlots: true, CrossValidate: true));
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("mixture (out of fold)", output, StringComparison.Ordinal);
        Assert.Contains("protocol (out of fold)", output, StringComparison.Ordinal);
        string json = File.ReadAllText(Path.Combine(target, BacktestCommand.Json));
        Assert.Contains("\"crossValidation\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"protocolCalibration\": {", json, StringComparison.Ordinal);
        Assert.Contains("--cross-validate", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_file_is_exit_code_2_with_its_location_and_nothing_written()
    {
        using var folder = new TemporaryFolder();
        string cases = Path.Combine(folder.Path, "bad.csv");
        File.WriteAllText(cases, "case,actor,position,salience,referencePoint,outcome\nx,de,fifty,50,0,80\n");
        string target = Path.Combine(folder.Path, "out");
        var (code, _, error) = Run(new BacktestOptions(cases, Out: target));
        Assert.Equal(ExitCode.UsageError, code);
        Assert.StartsWith($"error: {cases}:2:3: position: 'fifty' is not a number.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetDirectories(folder.Path));
    }

    [Fact]
    public void Bad_options_and_an_existing_folder_are_exit_code_2()
    {
        using var folder = new TemporaryFolder();
        string cases = Path.Combine(folder.Path, "cases.csv");
        File.WriteAllText(cases, LongCases);
        Assert.Equal(ExitCode.UsageError, Run(new BacktestOptions(cases, Runs: 0, Out: Path.Combine(folder.Path, "x"))).Code);
        var unknown = Run(new BacktestOptions(cases, "votes", Out: Path.Combine(folder.Path, "y")));
        Assert.Equal(ExitCode.UsageError, unknown.Code);
        Assert.Contains("no column votes", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCode.UsageError, Run(new BacktestOptions(cases, Out: folder.Path)).Code);   // exists, no --force
        Assert.Equal(ExitCode.UsageError, Run(new BacktestOptions(Path.Combine(folder.Path, "missing.csv"))).Code);
    }

    [Fact]
    public void The_development_split_runs_every_model_and_reproduces_the_README_baselines_in_scores_csv()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "deu");
        var (code, output, _) = Run(new BacktestOptions(DeuDevelopmentSplitTests.DevelopmentSplit, Runs: 200, Out: target, NoPlots: true));
        Assert.Equal(ExitCode.Success, code);
        var rows = File.ReadAllLines(Path.Combine(target, BacktestCommand.ScoresCsv)).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => (Issues: int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), Mae: Math.Round(double.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), 2)));
        Assert.Equal((172, 29.04), rows["constant50"]);
        Assert.Equal((172, 23.72), rows["mean"]);
        Assert.Equal((172, 23.87), rows["compromise"]);
        Assert.Equal((172, 28.62), rows["median"]);
        Assert.Equal(130, rows["alternatingOffers"].Issues);
        Assert.Contains("noise", output, StringComparison.Ordinal);
    }
}
