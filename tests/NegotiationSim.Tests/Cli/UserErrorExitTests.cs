using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Inference;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Cli;

/// <summary>
/// The one user-error model at the command line (docs/cli.md, "Exit codes"): every kind of user mistake exits 2 with
/// a message that names the file, line and setting where it has them, no stack trace, and nothing written; an I/O
/// failure exits 1 with one line.
/// </summary>
public sealed class UserErrorExitTests : IDisposable
{
    private static readonly string Experiment = Repository.File("experiments/nato-russia-2022.json");
    private static readonly string Record = Repository.File("experiments/patterns/january-2022.json");
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string At(string name) => Path.Combine(_folder.Path, name);

    public static TheoryData<string> Mistakes =>
        ["experiment file", "--set", "actor table", "case table", "results folder", "--shard", "shard set", "report folder", "abc refused"];

    /// <summary>Writes the inputs of <paramref name="mistake"/>; returns the command to run and what its message must name.</summary>
    private (Func<TextWriter, TextWriter, ExitCode> Command, string[] Expected) Arrange(string mistake)
    {
        string target = At("out");
        switch (mistake)
        {
            case "experiment file":
            {
                string file = At("bad.json");
                string text = File.ReadAllText(Experiment);
                const string Good = "\"statusQuo\": { \"value\": 0.1,";
                File.WriteAllText(file, text.Replace(Good, "\"statusQuo\": { \"value\": 1.5,", StringComparison.Ordinal));
                int line = text[..text.IndexOf(Good, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
                return ((o, e) => RunCommand.Execute(Run(file, target), o, e, default), [$"error: {file}:{line}:", "items[0].statusQuo"]);
            }
            case "--set":
                return ((o, e) => RunCommand.Execute(Run(Experiment, target) with { Sets = ["parties.russia.outsideOptoin=0.5"] }, o, e, default),
                    ["error: ", "outsideOptoin"]);
            case "actor table":
            {
                string csv = At("broken.csv");
                File.WriteAllText(csv, "Actor,Capability,Position,Salience\nA,0.5,4,80\nB,0.5,4;5,60\n");
                return ((o, e) => ExpectedUtilityCommand.Execute(new ExpectedUtilityOptions(csv, Out: target), o, e), [$"error: {csv}:3:3: Position: '4;5' is not a number."]);
            }
            case "case table":
            {
                string csv = At("cases.csv");
                File.WriteAllText(csv, "case,actor,position,salience,referencePoint,outcome\nx,de,fifty,50,0,80\n");
                return ((o, e) => BacktestCommand.Execute(new BacktestOptions(csv, Out: target), o, e), [$"error: {csv}:2:3: position: 'fifty' is not a number."]);
            }
            case "results folder":
            {
                string missing = At("no-such-results");
                return ((o, e) => RunCommand.Execute(new RunOptions(null, null, null, target, 1, Force: false, NoPlots: true, Reproduce: missing), o, e, default),
                    [$"error: '{missing}' is not a results folder"]);
            }
            case "--shard":
                return ((o, e) => RunCommand.Execute(Run(Experiment, target) with { Shard = "0/4" }, o, e, default), ["error: --shard 0/4: K must be between 1 and N"]);
            case "shard set":
            {
                string empty = At("empty");
                Directory.CreateDirectory(empty);
                return ((o, e) => MergeCommand.Execute([empty], target, false, o, e, default), [$"error: '{empty}' is not a shard's partial folder"]);
            }
            case "report folder":
            {
                string empty = At("not-results");
                Directory.CreateDirectory(empty);
                return ((o, e) => ReportCommand.Execute(empty, o, e), [$"error: '{empty}' is not a results folder: it has no summary.json"]);
            }
            case "abc refused":
                return ((o, e) => InferCommand.Execute(new InferOptions(Experiment, Record, AbcMethod.Rejection, 20, 1, 0, 100, 5, 0, target, 2, false, true, []), o, e),
                    ["error: ", "no posterior is reported"]);
            default:
                throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null);
        }
    }

    private static RunOptions Run(string experiment, string target) =>
        new(experiment, Runs: 64, Seed: 7, Out: target, Threads: 1, Force: false, NoPlots: true);

    /// <summary>Every file and folder under <paramref name="folder"/> with its content, to show that nothing changed.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), p => File.Exists(p) ? File.ReadAllText(p) : "<dir>");

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_user_mistake_exits_2_naming_where_it_is_without_a_stack_trace_and_writes_nothing(string mistake)
    {
        var (command, expected) = Arrange(mistake);
        var before = Snapshot(_folder.Path);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = command(output, error);

        string message = error.ToString();
        Assert.True(code == ExitCode.UsageError, $"{mistake}: exit {(int)code}: {message}");
        foreach (string text in expected) Assert.Contains(text, message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(_folder.Path));
    }

    [Fact]
    public void An_io_failure_exits_1_with_one_line()
    {
        string results = At("results");
        Assert.Equal(ExitCode.Success, RunCommand.Execute(Run(Experiment, results), TextWriter.Null, TextWriter.Null, default));
        // A file where the report redraws its plots: the folder is a results folder, but cannot be written as one.
        File.WriteAllText(Path.Combine(results, "plots"), "not a folder");
        var error = new StringWriter();

        var code = ReportCommand.Execute(results, TextWriter.Null, error);

        Assert.Equal(ExitCode.RuntimeFailure, code);
        string line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: cannot write the report into '{results}'", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(results, "report.html")));
    }

    [Fact]
    public void An_io_failure_a_command_did_not_foresee_exits_1_with_its_message()
    {
        var error = new StringWriter();
        var code = CommandErrors.Run(error, () => throw new UnauthorizedAccessException("Access to the path '/x' is denied."));
        Assert.Equal(ExitCode.RuntimeFailure, code);
        Assert.Equal("error: Access to the path '/x' is denied." + Environment.NewLine, error.ToString());
    }
}
