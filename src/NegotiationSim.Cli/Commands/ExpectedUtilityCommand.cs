using System.CommandLine;
using System.Globalization;
using System.Text;
using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Plots;
using NegotiationSim.Protocols.ExpectedUtility;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// `negsim eu`: run Bueno de Mesquita's expected-utility model (Scholz et al. 2011; docs/expected-utility.md) on a
/// one-dimensional actor CSV, print the positions round by round with the median voter, the weighted mean and the
/// weighted median, and write them as a chart and a tidy table.
/// </summary>
public static class ExpectedUtilityCommand
{
    /// <summary>The name of the tidy table written into the results folder.</summary>
    public const string PositionsCsv = "positions.csv";

    /// <summary>The actor names the summary rows of <see cref="PositionsCsv"/> carry.</summary>
    public static IReadOnlyList<string> SummaryRows { get; } = ["median", "mean", "weightedMedian"];

    private const string AuthorsCodeName = "authorsCode";
    private const string PaperName = "paper";

    /// <summary>The command-line shape of `negsim eu`.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Actor CSV with the columns Actor,Capability,Position,Salience (salience in percent or as a fraction)" };
        var rounds = new Option<int>("--rounds", "-r")
        {
            Description = $"Rounds to run, 1 to {ExpectedUtilityOptions.MaxRounds}",
            DefaultValueFactory = _ => ExpectedUtilityOptions.DefaultRounds,
        };
        var q = new Option<double>("--q")
        {
            Description = "Q in [0, 1]: the probability that a position nobody challenges stays put (1 in Scholz et al. 2011)",
            DefaultValueFactory = _ => 1.0,
        };
        var probability = new Option<string>("--probability")
        {
            Description = $"How the probability of success is normalised: {AuthorsCodeName} (over every pair, as the authors' code; reproduces Scholz et al.'s Table 2) or {PaperName} (per pair, the paper's formula)",
            DefaultValueFactory = _ => AuthorsCodeName,
        };
        probability.AcceptOnlyFromAmong(AuthorsCodeName, PaperName);
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/eu-NAME-YYYYMMDD-HHMMSS]" };
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it exists" };
        var style = SharedOptions.Style();

        var command = new Command("eu",
            "Run Bueno de Mesquita's expected-utility model (as formalised by Scholz, Calbert & Smith 2011) on one policy " +
            "dimension: print every actor's position round by round with the median voter, the capability x salience " +
            "weighted mean (compromise model) and weighted median, and write positions.png, positions.svg and positions.csv.\n\n" +
            "Examples:\n  negsim eu experiments/ec-car-emissions-1994.csv\n  negsim eu experiments/ec-car-emissions-1994.csv --rounds 20 --q 0.9 --out results/ec")
        {
            file, rounds, q, probability, output, force, style,
        };
        command.SetAction(parse => (int)Execute(
            new ExpectedUtilityOptions(parse.GetValue(file)!, parse.GetValue(rounds), parse.GetValue(q),
                ParseProbability(parse.GetValue(probability)), parse.GetValue(output), parse.GetValue(force))
            {
                Style = SharedOptions.StyleOf(parse.GetValue(style)),
            },
            Console.Out, Console.Error));
        return command;
    }

    /// <summary>
    /// Reads the CSV, runs the model, prints the table of positions by round on <paramref name="output"/> and writes
    /// DIR/positions.png, positions.svg and positions.csv through a <see cref="ResultsFolder"/>.
    /// </summary>
    /// <param name="options">What to run.</param>
    /// <param name="output">Where the table and the results folder's path are printed.</param>
    /// <param name="error">Where problems are reported; a CSV mistake as FILE:LINE:COLUMN: COLUMN: MESSAGE Hint: HINT.</param>
    /// <returns>Success; a usage error for a bad option, CSV or existing folder (nothing written); a runtime failure when writing fails.</returns>
    public static ExitCode Execute(ExpectedUtilityOptions options, TextWriter output, TextWriter error) =>
        CommandErrors.Run(error, () => Model(options, output, error));

    private static ExitCode Model(ExpectedUtilityOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(options.File))
        {
            error.WriteLine("error: no actor CSV given. Usage: negsim eu FILE.csv");
            return ExitCode.UsageError;
        }
        if (options.Rounds < 1 || options.Rounds > ExpectedUtilityOptions.MaxRounds)
        {
            error.WriteLine($"error: --rounds must be between 1 and {ExpectedUtilityOptions.MaxRounds}, got {options.Rounds}");
            return ExitCode.UsageError;
        }
        if (!(options.StatusQuoProbability >= 0 && options.StatusQuoProbability <= 1))
        {
            error.WriteLine($"error: --q must be in [0, 1], got {Format(options.StatusQuoProbability)}");
            return ExitCode.UsageError;
        }
        if (!Enum.IsDefined(options.Probability))
        {
            error.WriteLine($"error: unknown --probability {(int)options.Probability}; use {AuthorsCodeName} or {PaperName}");
            return ExitCode.UsageError;
        }

        var table = ActorTableCsv.Load(options.File);
        double range = table.PositionRange;
        if (!(range > 0))
        {
            error.WriteLine($"error: {options.File}: every actor holds the same position, so there is nothing to negotiate");
            return ExitCode.UsageError;
        }

        var settings = new ExpectedUtilitySettings(options.Rounds, range)
        {
            StatusQuoProbability = options.StatusQuoProbability,
            Probability = options.Probability,
        };
        int n = table.Count, rows = options.Rounds + 1;
        double[] positions = new double[rows * n], median = new double[rows], mean = new double[rows], weightedMedian = new double[rows];
        int computed = ExpectedUtilityKernel.Run(table.Capability, table.Position, table.Salience, settings,
            new ExpectedUtilityWorkspace(n), new ExpectedUtilityTrajectory(positions, median, mean, weightedMedian));

        string caption = Caption(options, range);
        output.WriteLine($"Expected-utility model: {caption}");
        WriteTable(output, table.Names, positions, median, mean, weightedMedian);
        if (computed < options.Rounds)
            output.WriteLine($"No actor moved in round {computed}: the positions settled, and the later rows repeat it.");

        string name = Path.GetFileNameWithoutExtension(options.File);
        string target = options.Out ?? Path.Combine("results", $"eu-{name}-{DateTime.Now:yyyyMMdd-HHmmss}");
        var folder = ResultsFolder.Begin(target, options.Force);
        using (folder)
        {
            try
            {
                WriteCsv(folder.PathOf(PositionsCsv), table.Names, positions, median, mean, weightedMedian);
                double min = Min(table.Position);
                using (Charts.UseStyle(options.Style))
                    ExpectedUtilityCharts.Positions(table.Names, positions, median, mean, min, min + range, folder.Staging,
                        $"Positions by round: {name}", caption);
                folder.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ResultsFolderException)
            {
                error.WriteLine($"error: cannot write the results into '{folder.Target}': {folder.Explain(e)}");
                return ExitCode.RuntimeFailure;
            }
        }
        output.WriteLine($"Results: {folder.Target}");
        return ExitCode.Success;
    }

    /// <summary>The --probability word for a mode.</summary>
    internal static string ProbabilityName(ProbabilityMode mode) => mode == ProbabilityMode.Paper ? PaperName : AuthorsCodeName;

    private static ProbabilityMode ParseProbability(string? value) =>
        value == PaperName ? ProbabilityMode.Paper : ProbabilityMode.AuthorsCode;

    private static string Caption(ExpectedUtilityOptions options, double range) =>
        $"{Path.GetFileName(options.File)} · {options.Rounds} round{(options.Rounds == 1 ? "" : "s")} · Q = {Format(options.StatusQuoProbability)}" +
        $" · probability: {ProbabilityName(options.Probability)} · R = {Format(range)}";

    /// <summary>The table: one row per round, one column per actor, then the three summaries (3 decimals, invariant culture).</summary>
    private static void WriteTable(TextWriter output, IReadOnlyList<string> actors, double[] positions, double[] median, double[] mean, double[] weightedMedian)
    {
        int n = actors.Count, rows = median.Length;
        string[] headers = ["round", .. actors, "median", "mean", "wmedian"];
        int[] widths = headers.Select(h => Math.Max(h.Length, 7)).ToArray();
        widths[0] = Math.Max(5, rows.ToString(CultureInfo.InvariantCulture).Length);
        var line = new StringBuilder();
        void Cell(int column, string text)
        {
            if (column > 0) line.Append("  ");
            line.Append(text.PadLeft(widths[column]));
        }

        for (int c = 0; c < headers.Length; c++) Cell(c, headers[c]);
        output.WriteLine(line.ToString().TrimEnd());
        for (int t = 0; t < rows; t++)
        {
            line.Clear();
            Cell(0, t.ToString(CultureInfo.InvariantCulture));
            for (int a = 0; a < n; a++) Cell(1 + a, Fixed(positions[t * n + a]));
            Cell(n + 1, Fixed(median[t]));
            Cell(n + 2, Fixed(mean[t]));
            Cell(n + 3, Fixed(weightedMedian[t]));
            output.WriteLine(line.ToString());
        }
    }

    /// <summary>positions.csv: round,actor,position for every actor and round, then the rows of the three summaries.</summary>
    private static void WriteCsv(string path, IReadOnlyList<string> actors, double[] positions, double[] median, double[] mean, double[] weightedMedian)
    {
        int n = actors.Count, rows = median.Length;
        var cells = new List<IReadOnlyList<string>>(rows * (n + 3));
        for (int t = 0; t < rows; t++)
        {
            string round = t.ToString(CultureInfo.InvariantCulture);
            for (int a = 0; a < n; a++) cells.Add([round, actors[a], TidyCsv.Number(positions[t * n + a])]);
        }
        double[][] summaries = [median, mean, weightedMedian];
        for (int s = 0; s < summaries.Length; s++)
            for (int t = 0; t < rows; t++)
                cells.Add([t.ToString(CultureInfo.InvariantCulture), SummaryRows[s], TidyCsv.Number(summaries[s][t])]);
        TidyCsv.Write(path, ["round", "actor", "position"], cells);
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity;
        foreach (double x in values) min = Math.Min(min, x);
        return min;
    }

    private static string Fixed(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Format(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
