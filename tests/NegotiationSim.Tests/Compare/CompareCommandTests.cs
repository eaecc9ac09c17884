using System.Text.Json.Nodes;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Compare;

/// <summary>`negsim compare` and `negsim run --set/--variant` end to end, with captured writers.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (ExitCode Code, string Output, string Error) Compare(CompareOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CompareCommand.Execute(options, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private (ExitCode Code, string Output, string Error) Run(RunOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RunCommand.Execute(options, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void CompareWritesTheTidyTableTheJsonAndThePlots()
    {
        string file = CompareFiles.Write(_folder.Path);
        string dir = Path.Combine(_folder.Path, "out");
        var (code, output, error) = Compare(new CompareOptions([file], 3_000, null, dir, 0, false, false, false));
        Assert.True(code == ExitCode.Success, error);
        Assert.Contains("P(escalation", output);
        Assert.Contains("tempting", output);

        var csv = File.ReadAllLines(Path.Combine(dir, "tables", "compare.csv"));
        Assert.Equal("metric,variant,estimate,lower,upper,diff,diffLower,diffUpper", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("escalation,base,", StringComparison.Ordinal) && l.EndsWith(",,,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("escalation,tempting,", StringComparison.Ordinal) && !l.EndsWith(",,,", StringComparison.Ordinal));

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")))!;
        Assert.True((bool)json["manifest"]!["commonRandomNumbers"]!);
        Assert.Equal(5, json["manifest"]!["arms"]!.AsArray().Count);
        Assert.All(json["manifest"]!["arms"]!.AsArray(), a => Assert.Equal(5UL, (ulong)a!["seed"]!));
        Assert.DoesNotContain("NaN", File.ReadAllText(Path.Combine(dir, "compare.json")));
        Assert.True(File.Exists(Path.Combine(dir, "experiments", "1-toy.json")));

        var pngs = Directory.GetFiles(Path.Combine(dir, "plots"), "*.png").Select(Path.GetFileName).ToList();
        foreach (var name in new[] { "compare-agreement-by-item.png", "compare-endings.png", "compare-differences.png", "compare-utility-c.png", "compare-agreed-x.png" })
            Assert.Contains(name, pngs);
        using var bitmap = SkiaSharp.SKBitmap.Decode(Path.Combine(dir, "plots", "compare-differences.png"));
        Assert.True(bitmap.Width >= 800);
    }

    [Fact]
    public void IndependentSeedsAreRecordedAndOnlyTheChosenVariantsRun()
    {
        string file = CompareFiles.Write(_folder.Path);
        string dir = Path.Combine(_folder.Path, "ind");
        var (code, _, error) = Compare(new CompareOptions([file], 2_000, 40, dir, 0, false, true, true) { Variants = ["apart"] });
        Assert.True(code == ExitCode.Success, error);
        var arms = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")))!["manifest"]!["arms"]!.AsArray();
        Assert.Equal(["base", "apart"], arms.Select(a => (string)a!["name"]!));
        Assert.Equal([40UL, 41UL], arms.Select(a => (ulong)a!["seed"]!));
        Assert.False(Directory.Exists(Path.Combine(dir, "plots")));
    }

    [Fact]
    public void AFileWithoutVariantsHasNothingToCompare()
    {
        string file = CompareFiles.Write(_folder.Path, ExperimentFiles.Minimal, "minimal.json");
        var (code, _, error) = Compare(new CompareOptions([file], 100, null, Path.Combine(_folder.Path, "x"), 0, false, true, false));
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("nothing to compare", error);
    }

    [Theory]
    [InlineData("parties.russia.outsideOption", "--set: parties.russia.outsideOption: expected PATH=VALUE")]
    [InlineData("parties.rusia.outsideOption=0.5", "--set parties.rusia.outsideOption: no party \"rusia\" in parties. Did you mean \"russia\"?")]
    [InlineData("parties.russia.outsideOption=1.5", "--set parties.russia.outsideOption: outsideOption must be in [0, 1], got 1.5")]
    [InlineData("parties.russia.outsideOption={\"uniform\":[0.5,}", "--set: parties.russia.outsideOption: the value")]
    [InlineData("meetings.m2.settlement=itembyitem", "--set meetings.m2.settlement: unknown settlement \"itembyitem\". Did you mean \"itemByItem\"?")]
    public void SetMistakesExitWithCodeTwoAndNameThePath(string set, string expected)
    {
        var (code, _, error) = Run(new RunOptions(null, 100, 1, Path.Combine(_folder.Path, "r"), 1, false, true) { Sets = [set] });
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains(expected, error);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "r")));
    }

    [Fact]
    public void RunTakesAVariantAndSetsAndRecordsThemInTheManifest()
    {
        string dir = Path.Combine(_folder.Path, "v");
        var (code, _, error) = Run(new RunOptions(null, 2_000, 1, dir, 0, false, true)
        {
            Variant = "no-bloc",
            Sets = ["parties.russia.outsideOption={\"uniform\":[0.5,0.7]}"],
        });
        Assert.True(code == ExitCode.Success, error);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")))!["manifest"]!;
        Assert.Equal("nato-russia-2022.no-bloc", (string)manifest["experiment"]!);
        Assert.Contains("--variant no-bloc --set 'parties.russia.outsideOption={\"uniform\":[0.5,0.7]}'", (string)manifest["reproduce"]!);
    }
}
