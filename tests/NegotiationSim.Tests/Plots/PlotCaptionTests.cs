using NegotiationSim.Plots;

namespace NegotiationSim.Tests.Plots;

public sealed class PlotCaptionTests
{
    [Fact]
    public void Text_IsExperimentSeedAndRunsWithThousandsSeparators()
    {
        Assert.Equal("nato-russia-2022 · seed 20220120 · 100,000 runs", new PlotCaption("nato-russia-2022", 20220120, 100_000).Text);
    }

    [Theory]
    [InlineData(0, "x · seed 1 · 0 runs")]
    [InlineData(1, "x · seed 1 · 1 run")]
    [InlineData(1234567, "x · seed 1 · 1,234,567 runs")]
    public void Text_CountsRuns(long runs, string expected) =>
        Assert.Equal(expected, new PlotCaption("x", 1, runs).Text);

    [Fact]
    public void Text_NamesAnUnnamedExperiment() =>
        Assert.Equal("(unnamed experiment) · seed 18446744073709551615 · 5 runs", new PlotCaption(" ", ulong.MaxValue, 5).ToString());

    [Fact]
    public void From_TakesScenarioSeedAndReplicatesOfTheSummary()
    {
        var caption = PlotCaption.From(SyntheticSummary.Realistic());

        Assert.Equal(new PlotCaption(SyntheticSummary.Scenario, SyntheticSummary.Seed, SyntheticSummary.Runs), caption);
    }
}
