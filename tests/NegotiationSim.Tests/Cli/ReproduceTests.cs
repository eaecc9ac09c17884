using System.Text.Json.Nodes;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Cli;

/// <summary>`negsim run --reproduce DIR`: the recorded experiment, seed and runs, run again, give the same summary.json.</summary>
public sealed class ReproduceTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (ExitCode Code, string Output, string Error) Run(RunOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RunCommand.Execute(options, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static RunOptions Reproduce(string dir, string? target, int threads = 2) =>
        new(null, null, null, target, threads, Force: false, NoPlots: true, Reproduce: dir);

    /// <summary>A results folder made from an experiment file (not the embedded default), 3 chunks on one thread.</summary>
    private string Original()
    {
        string experiment = Path.Combine(_folder.Path, "baseline.json");
        File.Copy(Path.Combine(Validation.Repository.Root, "experiments", "nato-russia-2022.json"), experiment);
        string dir = Path.Combine(_folder.Path, "original");
        var (code, _, error) = Run(new RunOptions(experiment, 5_000, 17, dir, 1, Force: false, NoPlots: true));
        Assert.True(code == ExitCode.Success, error);
        return dir;
    }

    private static string WithoutTiming(string dir)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")))!;
        var manifest = json["manifest"]!.AsObject();
        foreach (var field in new[] { "threads", "wallSeconds", "startedUtc" }) manifest.Remove(field);
        return json.ToJsonString();
    }

    [Fact]
    public void A_run_of_a_variant_with_overrides_reproduces_them_too()
    {
        string experiment = Path.Combine(_folder.Path, "variants.json");
        File.Copy(Path.Combine(Validation.Repository.Root, "experiments", "nato-russia-2022.json"), experiment);
        string original = Path.Combine(_folder.Path, "variant"), copy = Path.Combine(_folder.Path, "variant-copy");
        var options = new RunOptions(experiment, 3_000, 5, original, 1, Force: false, NoPlots: true)
        {
            Variant = "russia-hardline",
            Sets = ["parties.russia.outsideOption=0.55"],
        };
        var (code, _, error) = Run(options);
        Assert.True(code == ExitCode.Success, error);

        (code, _, error) = Run(Reproduce(original, copy));

        Assert.True(code == ExitCode.Success, error);
        Assert.Equal(WithoutTiming(original), WithoutTiming(copy));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(copy, "summary.json")))!["manifest"]!;
        Assert.Equal("russia-hardline", (string)manifest["variant"]!);
        Assert.Equal("parties.russia.outsideOption=0.55", (string)manifest["sets"]![0]!);
    }

    [Fact]
    public void A_reproduction_writes_a_summary_identical_to_the_original_apart_from_timing()
    {
        string original = Original();
        string copy = Path.Combine(_folder.Path, "copy");

        var (code, output, error) = Run(Reproduce(original, copy, threads: 2));

        Assert.True(code == ExitCode.Success, error);
        // Nothing but progress (shown, with '\r', once a run takes over a second, as on a loaded machine) on stderr.
        Assert.Equal("", string.Concat(error.Split('\r').Where(part => !part.Contains(" replicates, ", StringComparison.Ordinal))).Trim());
        Assert.Equal(WithoutTiming(original), WithoutTiming(copy));
        Assert.Equal(File.ReadAllBytes(Path.Combine(original, "experiment.json")), File.ReadAllBytes(Path.Combine(copy, "experiment.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(original, "tables", "items.csv")), File.ReadAllBytes(Path.Combine(copy, "tables", "items.csv")));
        Assert.Contains("Reproduced: summary.json is identical", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_out_the_reproduction_goes_beside_the_original()
    {
        string original = Original();
        var (code, output, error) = Run(Reproduce(original, null));
        Assert.True(code == ExitCode.Success, error);
        var made = Assert.Single(Directory.GetDirectories(_folder.Path, "original-reproduced-*"));
        Assert.Contains("Results: " + made, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_from_another_build_is_reproduced_with_a_warning()
    {
        string original = Original();
        string summaryPath = Path.Combine(original, "summary.json");
        var json = JsonNode.Parse(File.ReadAllText(summaryPath))!;
        json["manifest"]!["commit"] = "0123456789abcdef";
        File.WriteAllText(summaryPath, json.ToJsonString());

        var (code, output, error) = Run(Reproduce(original, Path.Combine(_folder.Path, "copy")));

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("warning:", error, StringComparison.Ordinal);
        Assert.Contains("commit 0123456789abcdef", error, StringComparison.Ordinal);
        Assert.Contains("Reproduced: summary.json is identical", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs")]
    [InlineData("seed")]
    [InlineData("experiment")]
    public void Reproduce_cannot_be_combined_with_a_new_experiment_seed_or_runs(string clash)
    {
        string original = Original();
        string copy = Path.Combine(_folder.Path, "copy");
        var options = Reproduce(original, copy) with
        {
            Runs = clash == "runs" ? 10 : null,
            Seed = clash == "seed" ? 1UL : null,
            Experiment = clash == "experiment" ? "x.json" : null,
        };

        var (code, _, error) = Run(options);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("--reproduce takes the experiment, seed and runs from the results folder", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(copy));
    }

    [Fact]
    public void An_experiment_changed_after_the_run_is_refused()
    {
        string original = Original();
        File.AppendAllText(Path.Combine(original, "experiment.json"), "\n");
        string copy = Path.Combine(_folder.Path, "copy");

        var (code, _, error) = Run(Reproduce(original, copy));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("was changed after the run", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(copy));
    }

    [Fact]
    public void A_folder_that_is_not_a_results_folder_is_refused()
    {
        var (code, _, error) = Run(Reproduce(_folder.Path, Path.Combine(_folder.Path, "copy")));
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("is not a results folder: it has no summary.json", error, StringComparison.Ordinal);
    }
}
