using System.Text.Json.Nodes;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;

namespace NegotiationSim.Tests.Cli;

/// <summary>`negsim run` end to end on the embedded default scenario: reproducibility and what a results folder holds.</summary>
public sealed class RunReproducibilityTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("negsim-run-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (ExitCode Code, string Output, string Error) Run(string outDir, int threads, bool plots = false, long runs = 6_000)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RunCommand.Execute(new RunOptions(null, runs, 11, outDir, threads, Force: false, NoPlots: !plots), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static JsonNode WithoutTiming(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        var manifest = json["manifest"]!.AsObject();
        manifest.Remove("threads");
        manifest.Remove("wallSeconds");
        manifest.Remove("startedUtc");
        return json;
    }

    [Fact]
    public void OneAndTwoThreadsWriteTheSameSummaryTimingAside()
    {
        string one = Path.Combine(_root, "one"), two = Path.Combine(_root, "two");
        Assert.Equal(ExitCode.Success, Run(one, 1).Code);
        Assert.Equal(ExitCode.Success, Run(two, 2).Code);
        var a = WithoutTiming(Path.Combine(one, "summary.json"));
        var b = WithoutTiming(Path.Combine(two, "summary.json"));
        Assert.Equal(a.ToJsonString(), b.ToJsonString());
    }

    [Fact]
    public void AResultsFolderSaysHowToReproduceIt()
    {
        string dir = Path.Combine(_root, "r");
        var (code, output, _) = Run(dir, 0);
        Assert.Equal(ExitCode.Success, code);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")))!["manifest"]!;
        Assert.Equal("nato-russia-2022", (string)manifest["experiment"]!);
        Assert.Equal(11UL, (ulong)manifest["seed"]!);
        Assert.Equal(6_000L, (long)manifest["runs"]!);
        Assert.False(string.IsNullOrEmpty((string)manifest["commit"]!));
        Assert.Contains("--seed 11", (string)manifest["reproduce"]!);
        // The experiment file is copied byte for byte and matches the recorded hash.
        var bytes = File.ReadAllBytes(Path.Combine(dir, "experiment.json"));
        Assert.Equal((string)manifest["experimentSha256"]!, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        Assert.Contains("ESCALATION", output);
        Assert.Contains("Diplomatic channels", output);
    }

    [Fact]
    public void TheSummaryHoldsEveryHeadlineMetric()
    {
        string dir = Path.Combine(_root, "m");
        Assert.Equal(ExitCode.Success, Run(dir, 0).Code);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")))!["summary"]!;
        foreach (var key in new[] { "items", "parties", "meetings", "completed", "declined", "walkout", "escalation", "anyAgreement", "meanMeetingsHeld", "efficiency" })
            Assert.NotNull(summary[key]);
        var escalation = summary["escalation"]!;
        double p = (double)escalation["estimate"]!, lo = (double)escalation["lower"]!, hi = (double)escalation["upper"]!;
        Assert.True(lo <= p && p <= hi && lo >= 0 && hi <= 1);
        Assert.Equal(11, summary["items"]!.AsArray().Count);
        // Items never agreed have no agreed-value mean: written as null, never as NaN.
        Assert.DoesNotContain("NaN", File.ReadAllText(Path.Combine(dir, "summary.json")));
    }

    [Fact]
    public void PlotsAreWrittenAsPngAndSvgAndAreNotBlank()
    {
        string dir = Path.Combine(_root, "p");
        Assert.Equal(ExitCode.Success, Run(dir, 0, plots: true, runs: 3_000).Code);
        var pngs = Directory.GetFiles(Path.Combine(dir, "plots"), "*.png");
        Assert.True(pngs.Length >= 7, $"expected the 4 summary plots and 3 offer fans, found {pngs.Length}");
        foreach (var png in pngs)
        {
            Assert.True(File.Exists(Path.ChangeExtension(png, ".svg")), $"{png} has no SVG twin");
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            var colours = new HashSet<uint>();
            for (int y = 0; y < bitmap.Height; y += 7)
                for (int x = 0; x < bitmap.Width; x += 7)
                    colours.Add((uint)bitmap.GetPixel(x, y));
            Assert.True(colours.Count > 20, $"{Path.GetFileName(png)} looks blank ({colours.Count} colours)");
        }
    }
}
