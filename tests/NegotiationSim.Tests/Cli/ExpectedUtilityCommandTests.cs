using System.Globalization;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Plots;
using NegotiationSim.Protocols.ExpectedUtility;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Plots;
using NegotiationSim.Tests.Protocols;

namespace NegotiationSim.Tests.Cli;

public class ExpectedUtilityCommandTests
{
    // Scholz, Calbert & Smith (2011) Table 2, rounds 1–8 (Q = 1, the authors' code); docs/expected-utility.md §4.
    private static readonly double[] PublishedMedian = [8.4, 9.9, 9.9, 9.9, 9.9, 7.4, 8.8, 9.6];
    private const double Tolerance = 0.35;
    private const int EcActors = 10;

    private static string EcFile => ExpectedUtilityTests.RepositoryFile("experiments/ec-car-emissions-1994.csv");

    private static (ExitCode Code, string Output, string Error) Eu(ExpectedUtilityOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ExpectedUtilityCommand.Execute(options, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The printed table's rows: round number, then every number of the row.</summary>
    private static List<double[]> TableRows(string output) =>
        output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length > 0 && int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(cells => cells.Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            .ToList();

    [Fact]
    public void Ec_case_prints_the_published_medians_for_rounds_1_to_8()
    {
        using var folder = new TemporaryFolder();
        var (code, output, error) = Eu(new ExpectedUtilityOptions(EcFile, Out: Path.Combine(folder.Path, "ec")));

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("", error);
        string header = output.Split(Environment.NewLine).First(l => l.StartsWith("round", StringComparison.Ordinal));
        Assert.Equal(["round", "Netherlands", "Belgium", "Luxembourg", "Germany", "France", "Italy", "UK", "Ireland", "Denmark", "Greece", "median", "mean", "wmedian"],
            header.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var rows = TableRows(output);
        Assert.Equal(9, rows.Count);
        for (int t = 0; t < rows.Count; t++)
        {
            Assert.Equal(t, rows[t][0]);
            Assert.Equal(EcActors + 4, rows[t].Length);
        }
        Assert.Equal(7.0, rows[0][EcActors + 1]);            // initial median (Table 1)
        Assert.Equal(7.39, rows[0][EcActors + 2], 0.005);    // initial weighted mean (Table 1)
        for (int t = 1; t <= 8; t++)
        {
            double median = rows[t][EcActors + 1];
            Assert.True(Math.Abs(median - PublishedMedian[t - 1]) <= Tolerance,
                $"round {t}: median {median}, published {PublishedMedian[t - 1]}");
            Assert.Equal(median, rows[t][EcActors + 3]);     // the weighted median equals the median voter here
        }
        Assert.Contains("Q = 1", output, StringComparison.Ordinal);
        Assert.Contains("probability: authorsCode", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_non_blank_chart_and_a_tidy_table()
    {
        using var folder = new TemporaryFolder();
        string dir = Path.Combine(folder.Path, "ec");
        var (code, output, _) = Eu(new ExpectedUtilityOptions(EcFile, Out: dir));

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("Results: " + Path.GetFullPath(dir), output, StringComparison.Ordinal);
        Assert.Equal(["positions.csv", "positions.png", "positions.svg"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(folder.Path, ".*"));   // no staging folder left behind

        var chart = new ChartFiles(Path.Combine(dir, "positions.png"), Path.Combine(dir, "positions.svg"));
        PlotAssert.Valid(chart);
        var texts = PlotAssert.SvgTexts(chart.Svg);
        Assert.Contains("Positions by round: ec-car-emissions-1994", texts);
        Assert.Contains(texts, t => t.StartsWith("ec-car-emissions-1994.csv · 8 rounds · Q = 1", StringComparison.Ordinal));
        Assert.Contains("median voter", texts);
        Assert.Contains("Belgium", texts);
        Assert.Contains(texts, t => t.Contains("4 (lowest in the file) to 10 (highest)", StringComparison.Ordinal));

        var lines = File.ReadAllLines(Path.Combine(dir, "positions.csv"));
        Assert.Equal("round,actor,position", lines[0]);
        Assert.Equal(1 + 9 * EcActors + 3 * 9, lines.Length);
        Assert.Equal("0,Netherlands,4", lines[1]);
        Assert.Equal("1,Belgium", string.Join(',', lines[1 + EcActors + 1].Split(',')[..2]));
        var medians = lines.Where(l => l.Split(',')[1] == "median").Select(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(9, medians.Count);
        Assert.Equal(TableRows(output).Select(r => r[EcActors + 1]), medians.Select(m => Math.Round(m, 3)));
        Assert.Equal(9, lines.Count(l => l.Split(',')[1] == "mean"));
        Assert.Equal(9, lines.Count(l => l.Split(',')[1] == "weightedMedian"));
    }

    [Fact]
    public void A_broken_csv_is_a_usage_error_naming_the_line_and_column_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        string csv = Path.Combine(folder.Path, "broken.csv"), dir = Path.Combine(folder.Path, "out");
        File.WriteAllText(csv, "Actor,Capability,Position,Salience\nA,0.5,4,80\nB,0.5,4;5,60\n");

        var (code, output, error) = Eu(new ExpectedUtilityOptions(csv, Out: dir));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {csv}:3:3: Position: '4;5' is not a number.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();
        string csv = Path.Combine(folder.Path, "missing.csv");
        var (code, _, error) = Eu(new ExpectedUtilityOptions(csv, Out: Path.Combine(folder.Path, "out")));
        Assert.Equal(ExitCode.UsageError, code);
        Assert.StartsWith($"error: {csv}: The file cannot be opened", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1.0, "--rounds")]
    [InlineData(ExpectedUtilityOptions.MaxRounds + 1, 1.0, "--rounds")]
    [InlineData(8, 1.5, "--q")]
    [InlineData(8, double.NaN, "--q")]
    public void Options_out_of_range_are_usage_errors(int rounds, double q, string option)
    {
        using var folder = new TemporaryFolder();
        string dir = Path.Combine(folder.Path, "out");
        var (code, _, error) = Eu(new ExpectedUtilityOptions(EcFile, rounds, q, Out: dir));
        Assert.Equal(ExitCode.UsageError, code);
        Assert.StartsWith("error: " + option, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void An_existing_folder_is_kept_unless_forced()
    {
        using var folder = new TemporaryFolder();
        string dir = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "x");

        var (code, _, error) = Eu(new ExpectedUtilityOptions(EcFile, Rounds: 2, Out: dir));
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "keep.txt")));

        (code, _, _) = Eu(new ExpectedUtilityOptions(EcFile, Rounds: 2, Out: dir, Force: true));
        Assert.Equal(ExitCode.Success, code);
        Assert.False(File.Exists(Path.Combine(dir, "keep.txt")));
        Assert.True(File.Exists(Path.Combine(dir, "positions.csv")));
    }

    [Fact]
    public void The_paper_probability_and_q_reach_the_kernel()
    {
        using var folder = new TemporaryFolder();
        var (code, output, _) = Eu(new ExpectedUtilityOptions(EcFile, Probability: ProbabilityMode.Paper, Out: Path.Combine(folder.Path, "paper")));
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("probability: paper", output, StringComparison.Ordinal);
        // docs/expected-utility.md §4: with the paper's probability the median stays at 7 from round 1 on.
        Assert.All(TableRows(output), row => Assert.Equal(7.0, row[EcActors + 1]));

        (code, output, _) = Eu(new ExpectedUtilityOptions(EcFile, Rounds: 3, StatusQuoProbability: 0.5, Out: Path.Combine(folder.Path, "q")));
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("3 rounds · Q = 0.5", output, StringComparison.Ordinal);
        Assert.Equal(4, TableRows(output).Count);
    }

    [Theory]
    [InlineData("--probability paper", true)]
    [InlineData("--probability authorsCode --rounds 3 --q 0.25 --out x --force", true)]
    [InlineData("--probability foo", false)]
    [InlineData("--rounds many", false)]
    public void The_command_line_parses(string options, bool valid)
    {
        var parse = ExpectedUtilityCommand.Create().Parse("a.csv " + options);
        Assert.Equal(valid, parse.Errors.Count == 0);
    }
}
