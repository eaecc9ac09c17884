using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Tests.Validation;

/// <summary>
/// Extreme inputs that once broke the engine silently (found by the property tests): each is now either run
/// correctly or refused by the reader with a clear message.
/// </summary>
public class ExtremeInputTests
{
    private static Experiment Read(string json) => ExperimentReader.Read(json, "bug.json");

    private static string TwoParties(string runs) =>
        "{\"name\":\"x\",\"runs\":" + runs + ",\"items\":[{\"id\":\"a\",\"statusQuo\":0.5}],\"parties\":[{\"id\":\"p\"},{\"id\":\"q\"}]," +
        "\"meetings\":[{\"id\":\"m\",\"participants\":[\"p\",\"q\"],\"items\":[\"a\"]}]}";

    /// <summary>
    /// src/NegotiationSim/Engine/Running/MonteCarloRunner.cs: <c>(Replicates + ChunkSize - 1) / ChunkSize</c> overflows for
    /// Replicates &gt; long.MaxValue − 2047, so the run ends at once with Completed = 0 and Cancelled = false, and the
    /// summary is all NaN. "runs": 9223372036854775807 is valid for the reader and --runs; before RunCommand's
    /// guard, `negsim run --runs 9223372036854775807` exited 0 with a results folder of 0 replicates.
    /// Fixed means: it refuses such a count, or runs until cancelled (here after 0.2 s).
    /// </summary>
    [Fact]
    public void A_huge_replicate_count_is_run_or_refused_not_silently_skipped()
    {
        var experiment = Read(TwoParties("9223372036854775807"));
        var model = new CompiledModel(experiment.Scenario);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        RunResult? result = null;
        var thrown = Record.Exception(() => result = MonteCarloRunner.Run(model, new RunSettings(experiment.Runs, 1, 1), cancellation: cancellation.Token));

        if (thrown is not null) Assert.IsAssignableFrom<ArgumentException>(thrown);
        else Assert.True(result!.Cancelled || result.Completed == experiment.Runs,
            $"ran {result.Completed} of {experiment.Runs} replicates, cancelled: {result.Cancelled}");
    }

    /// <summary>
    /// Capabilities and saliences are relative weights; values near double.MaxValue once overflowed the engine's
    /// weighted sums (∞/∞ = NaN). The reader now caps them at 10⁶ and says so.
    /// </summary>
    [Theory]
    [InlineData("capability", "1e308")]
    [InlineData("salience", "1e7")]
    public void HugeWeightsAreRefusedWithTheValidRange(string key, string value)
    {
        string party = key == "capability"
            ? "{\"id\":\"p\",\"capability\":" + value + ",\"positions\":{\"a\":{\"ideal\":1,\"salience\":1}}}"
            : "{\"id\":\"p\",\"positions\":{\"a\":{\"ideal\":1,\"salience\":" + value + "}}}";
        string json = "{\"name\":\"x\",\"items\":[{\"id\":\"a\",\"statusQuo\":0.5}],\"parties\":[" + party + ",{\"id\":\"q\"}]," +
            "\"meetings\":[{\"id\":\"m\",\"participants\":[\"p\",\"q\"],\"items\":[\"a\"]}]}";
        var error = Assert.Single(ExperimentReader.Validate(json, "huge.json"));
        Assert.Contains(key, error.Path);
        Assert.Contains("1000000", error.ToString());
    }

    /// <summary>The largest accepted weights still give finite, meaningful results.</summary>
    [Fact]
    public void TheLargestAcceptedWeightsStillWeighPositions()
    {
        var experiment = Read("""
            {
              "name": "large capabilities",
              "items": [ { "id": "a", "statusQuo": 0.5 } ],
              "parties": [
                { "id": "p", "capability": 1e6, "positions": { "a": { "ideal": 1, "salience": 1e6 } } },
                { "id": "q", "capability": 1e6, "positions": { "a": { "ideal": 1, "salience": 1e6 } } },
                { "id": "r", "capability": 0, "positions": { "a": { "ideal": 0, "salience": 1 } } }
              ],
              "meetings": [ { "id": "m", "participants": ["p", "q", "r"], "items": ["a"] } ]
            }
            """);
        var model = new CompiledModel(experiment.Scenario);
        var summary = SummaryBuilder.Build(model, MonteCarloRunner.Run(model, new RunSettings(100, 1, 1)).Outcomes, 1);
        Assert.Equal(1, summary.Items[0].CompromisePrediction.Mean, 1);
        Assert.Equal(0.5, summary.Parties[0].StatusQuoUtility.Mean, 1);
    }
}
