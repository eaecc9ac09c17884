using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Cli;

public class ScoreCommandTests
{
    private static readonly string Experiment = Repository.File("experiments/nato-russia-2022.json");
    private static readonly string Record = Repository.File("experiments/patterns/january-2022.json");

    [Fact]
    public void Writes_the_table_scores_manifest_and_plot()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "out");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ScoreCommand.Execute(Experiment, Record, 500, 3, target, 1, false, false, null, [], output, error);
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("", error.ToString());
        Assert.Contains("ALL (jointly)", output.ToString(), StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(target, ScoreCommand.ScoresCsv));
        Assert.Equal(string.Join(',', ScoreCommand.Header), rows[0]);
        Assert.Equal(1 + 3 * (9 + 1), rows.Length);
        Assert.Contains(rows, r => r.StartsWith("all,,,uninformed,0.001953125,", StringComparison.Ordinal));   // 0.5⁹
        Assert.True(File.Exists(Path.Combine(target, ScoreCommand.Json)));
        Assert.True(File.Exists(Path.Combine(target, "plots", NegotiationSim.Plots.InferenceCharts.PatternsName + ".png")));
        Assert.True(File.Exists(Path.Combine(target, ScoreCommand.PatternsCopy)));
    }

    [Fact]
    public void A_mistake_in_the_patterns_file_exits_2_with_its_location_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        string bad = Path.Combine(folder.Path, "bad.json");
        File.WriteAllText(bad, "{ \"name\": \"b\", \"patterns\": [\n { \"id\": \"x\", \"statement\": \"s\", \"date\": \"d\", \"source\": \"s\", \"all\": [ { \"party\": \"rusia\", \"escalated\": true } ] } ] }");
        string target = Path.Combine(folder.Path, "out");
        var error = new StringWriter();
        var code = ScoreCommand.Execute(Experiment, bad, 10, 3, target, 1, false, true, null, [], new StringWriter(), error);
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains($"{bad}:2:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Did you mean \"russia\"?", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
