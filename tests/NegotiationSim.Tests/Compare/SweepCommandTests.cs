using System.Globalization;
using System.Text.Json.Nodes;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Sweeps;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Compare;

/// <summary>`negsim sweep`: a known monotone response, the tidy table, heatmaps and Sobol' indices.</summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Default => Path.Combine(VariantTests.RepositoryRoot(), "experiments", "nato-russia-2022.json");

    private (ExitCode Code, string Output, string Error) Sweep(SweepOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SweepCommand.Execute(options, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void RussiasOutsideOptionRaisesEscalationMonotonicallyWithinTheIntervals()
    {
        string dir = Path.Combine(_folder.Path, "s1");
        var (code, output, error) = Sweep(new SweepOptions(Default, ["parties.russia.outsideOption=0.2:0.7:6"], 3_000, 64, 7, dir, 0, false, false));
        Assert.True(code == ExitCode.Success, error);
        Assert.Contains("6 points (grid)", output);

        var rows = File.ReadAllLines(Path.Combine(dir, "tables", "sweep.csv"));
        Assert.Equal("point,block,parties.russia.outsideOption,metric,estimate,lower,upper", rows[0]);
        var escalation = rows.Skip(1).Select(r => r.Split(',')).Where(c => c[3] == "escalation")
            .Select(c => (X: Num(c[2]), P: Num(c[4]), Lo: Num(c[5]), Hi: Num(c[6]))).OrderBy(e => e.X).ToList();
        Assert.Equal([0.2, 0.3, 0.4, 0.5, 0.6, 0.7], escalation.Select(e => e.X));
        for (int i = 1; i < escalation.Count; i++)
        {
            // With common random numbers the outside option moves only the escalation draw's threshold: never down.
            Assert.True(escalation[i].P >= escalation[i - 1].P, $"P(escalation) fell from {escalation[i - 1].P} to {escalation[i].P}");
            Assert.True(escalation[i].Hi >= escalation[i - 1].Lo);
            Assert.True(escalation[i].Lo <= escalation[i].P && escalation[i].P <= escalation[i].Hi);
        }
        Assert.True(escalation[^1].Lo > escalation[0].Hi, "a large, significant rise over the range");
        foreach (var name in new[] { "sweep-outcomes.png", "sweep-endings.png", "sweep-agreement-by-item.png" })
            Assert.True(File.Exists(Path.Combine(dir, "plots", name)), name);
    }

    [Fact]
    public void TwoParametersGiveHeatmapsAndThreeGiveSobolIndices()
    {
        string two = Path.Combine(_folder.Path, "s2");
        var (code, _, error) = Sweep(new SweepOptions(Default, ["parties.russia.outsideOption=0.2:0.6:3", "trust.initial=0.1:0.5:3"], 500, 64, 7, two, 0, false, false));
        Assert.True(code == ExitCode.Success, error);
        Assert.True(File.Exists(Path.Combine(two, "plots", "sweep-heatmap-escalation.png")));
        Assert.True(File.Exists(Path.Combine(two, "plots", "sweep-heatmap-anyAgreement.png")));

        string three = Path.Combine(_folder.Path, "s3");
        (code, var output, error) = Sweep(new SweepOptions(Default,
            ["parties.russia.outsideOption=0.2:0.6", "trust.initial=0.1:0.5", "escalation.temperature=0.02:0.1"], 300, 8, 7, three, 0, false, false));
        Assert.True(code == ExitCode.Success, error);
        Assert.Contains("Sobol' indices of escalation", output);
        var sobol = File.ReadAllLines(Path.Combine(three, "tables", "sobol.csv"));
        Assert.Equal("metric,parameter,first,firstLower,firstUpper,total,totalLower,totalUpper", sobol[0]);
        Assert.Equal(1 + 2 * 3, sobol.Length);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(three, "sweep.json")))!["manifest"]!;
        Assert.Equal("saltelli", (string)manifest["design"]!);
        Assert.Equal(8 * (3 + 2), (int)manifest["points"]!);
        Assert.True(File.Exists(Path.Combine(three, "plots", "sweep-sobol-escalation.png")));
    }

    [Fact]
    public void ASweepDoesNotDependOnTheThreadCount()
    {
        string one = Path.Combine(_folder.Path, "t1"), two = Path.Combine(_folder.Path, "t2");
        string[] param = ["parties.russia.walkoutHazard=0:0.2:3"];
        Assert.Equal(ExitCode.Success, Sweep(new SweepOptions(Default, param, 2_500, 64, 3, one, 1, false, true)).Code);
        Assert.Equal(ExitCode.Success, Sweep(new SweepOptions(Default, param, 2_500, 64, 3, two, 2, false, true)).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(one, "tables", "sweep.csv")), File.ReadAllBytes(Path.Combine(two, "tables", "sweep.csv")));
    }

    [Theory]
    [InlineData("parties.russia.outsideOption=0.7:0.2:5", "--param: parties.russia.outsideOption: lo must be below hi")]
    [InlineData("parties.russia.outsideOption=0.2:x", "lo and hi must be numbers")]
    [InlineData("parties.russia.outsideOption=0.2:1.4:5", "--param parties.russia.outsideOption: outsideOption must be in [0, 1], got 1.4")]
    [InlineData("parties.rusia.outsideOption=0.2:0.4:5", "--param parties.rusia.outsideOption: no party \"rusia\"")]
    public void ParameterMistakesExitWithCodeTwoAndNameThePath(string param, string expected)
    {
        var (code, _, error) = Sweep(new SweepOptions(Default, [param], 100, 64, null, Path.Combine(_folder.Path, "bad"), 1, false, true));
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void AGridSpansTheRangeWithCleanValues()
    {
        var plan = SweepPlan.Create([SweepParameter.Parse("trust.initial=0.1:0.3:3"), SweepParameter.Parse("trust.gainOnAgreement=0:0.2:2")], 64);
        Assert.Equal("grid", plan.Design);
        Assert.Equal([[0.1, 0.0], [0.1, 0.2], [0.2, 0.0], [0.2, 0.2], [0.3, 0.0], [0.3, 0.2]], plan.Points.Select(p => p.Values));
        Assert.Throws<ExperimentException>(() => SweepPlan.Create([SweepParameter.Parse("a=0:1"), SweepParameter.Parse("a=0:2")], 64));
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
