using System.Text.Json;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Tests.Experiments.Results;

/// <summary>summary.json reads back into the same Summary, so plots and reports can be redrawn without rerunning.</summary>
public class SummaryJsonTests
{
    private static (Manifest Manifest, Summary Summary) DefaultRun(long runs = 3_000)
    {
        var experiment = ExperimentReader.ReadDefault();
        var model = new CompiledModel(experiment.Scenario);
        var result = MonteCarloRunner.Run(model, new RunSettings(runs, 21, 2));
        var summary = SummaryBuilder.Build(model, result.Outcomes, 21);
        var manifest = new Manifest("negsim", "0.1.0", "abc", experiment.Scenario.Name, experiment.Source, experiment.Sha256,
            21, runs, runs, 2, 0.5, new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), "negsim run experiment.json --seed 21 --runs 3000");
        return (manifest, summary);
    }

    [Fact]
    public void A_summary_reads_back_to_the_same_json_text_undefined_values_included()
    {
        var (manifest, summary) = DefaultRun();
        string json = SummaryJson.Serialize(manifest, summary);
        Assert.Contains("null", json);   // items never agreed have no agreed-value mean

        var back = SummaryJson.ReadSummary(json);

        Assert.Equal(json, SummaryJson.Serialize(manifest, back));
        Assert.Equal(summary.Items.Count, back.Items.Count);
        Assert.True(double.IsNaN(back.Items.First(i => i.Agreement.Count == 0).AgreedValue.Mean));
        Assert.Equal(summary.Escalation, back.Escalation);
        Assert.Equal(summary.Parties[2].FinalUtility.Counts, back.Parties[2].FinalUtility.Counts);
    }

    [Fact]
    public void A_file_reads_back_with_its_manifest()
    {
        var (manifest, summary) = DefaultRun(500);
        using var folder = new TemporaryFolder();
        string path = Path.Combine(folder.Path, "summary.json");
        File.WriteAllText(path, SummaryJson.Serialize(manifest, summary));

        var (m, s) = SummaryJson.ReadFile(path);

        // Records compare lists by reference, so the overrides are compared apart.
        Assert.Equal(manifest with { Sets = [] }, m with { Sets = [] });
        Assert.Equal(manifest.Sets, m.Sets);
        Assert.Equal(summary.Replicates, s.Replicates);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"manifest\": {}, \"summary\": 3}")]
    public void Text_that_is_not_a_summary_is_a_json_exception(string json) =>
        Assert.ThrowsAny<JsonException>(() => SummaryJson.ReadSummary(json));

    [Fact]
    public void Differences_ignore_timing_and_name_what_differs()
    {
        var (manifest, summary) = DefaultRun(500);
        string a = SummaryJson.Serialize(manifest, summary);
        string b = SummaryJson.Serialize(manifest with { Threads = 16, WallSeconds = 9, StartedUtc = DateTime.UnixEpoch }, summary);
        Assert.Empty(SummaryJson.Differences(a, b));

        string c = SummaryJson.Serialize(manifest, summary with { Escalation = summary.Escalation with { Count = summary.Escalation.Count + 1 } });
        Assert.Equal(["$.summary.escalation.count"], SummaryJson.Differences(a, c));
        string d = SummaryJson.Serialize(manifest with { Commit = "other" }, summary);
        Assert.Equal(["$.manifest.commit"], SummaryJson.Differences(a, d));
        Assert.Empty(SummaryJson.Differences(a, d, ["commit"]));
    }
}
