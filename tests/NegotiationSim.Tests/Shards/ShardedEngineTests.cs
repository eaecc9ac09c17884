using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Shards;

/// <summary>
/// The engine's replicate ranges: shards that together cover 0…N−1 add up to exactly the whole run's counters
/// (docs/model.md §8), for any split, including ones not on chunk boundaries, and for paired runs' Int128 sums.
/// </summary>
public class ShardedEngineTests
{
    private static readonly NegotiationSim.Scenarios.Scenario Uncertain = Bilateral(temperature: 0.03, attendanceB: Distribution.Beta(6, 4),
        outsideB: Distribution.Triangular(0.4, 0.6, 0.9), exponentDistributionA: Distribution.Pert(0.2, 0.5, 2), walkoutB: 0.05);

    [Theory]
    [InlineData(new long[] { 0, 5000, 10_000 })]
    [InlineData(new long[] { 0, 1, 2047, 2048, 7777, 10_000 })]
    [InlineData(new long[] { 0, 4096, 8192, 10_000 })]
    public void Replicate_ranges_add_up_to_the_whole_run(long[] cuts)
    {
        var model = new CompiledModel(Uncertain);
        var whole = MonteCarloRunner.Run(model, new RunSettings(10_000, 42, 2)).Outcomes;
        var total = MonteCarloRunner.NewAccumulator(model);
        for (int s = 0; s + 1 < cuts.Length; s++)
        {
            var part = MonteCarloRunner.Run(model, new RunSettings(cuts[s + 1] - cuts[s], 42, 2) { FirstReplicate = cuts[s] });
            Assert.Equal(cuts[s + 1] - cuts[s], part.Completed);
            total.Merge(part.Outcomes);
        }
        Assert.Equal(whole.Counters, total.Counters);
    }

    [Fact]
    public void A_range_that_starts_later_differs_from_one_that_starts_at_zero()
    {
        // Guards against the first replicate being ignored, which would make every shard the same.
        var model = new CompiledModel(Uncertain);
        var a = MonteCarloRunner.Run(model, new RunSettings(3000, 42, 1)).Outcomes.Counters;
        var b = MonteCarloRunner.Run(model, new RunSettings(3000, 42, 1) { FirstReplicate = 3000 }).Outcomes.Counters;
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Paired_words_added_as_plain_integers_give_the_whole_runs_sums()
    {
        var arms = new[] { new CompiledModel(Uncertain), new CompiledModel(Bilateral(temperature: 0.05, walkoutB: 0.1)) };
        var settings = PairedRunSettings.Common(10_000, 7, 2, 2);
        var whole = PairedRunner.Run(arms, settings).Paired;

        // Three shards' words added element by element, as ShardSet.Combine does for every shard file.
        long[]? words = null;
        foreach (var (first, count) in new[] { (0L, 2048L), (2048L, 6144L), (8192L, 1808L) })
        {
            var part = PairedRunner.Run(arms, settings with { Replicates = count, FirstReplicate = first }).Paired.ToWords();
            if (words is null) words = part;
            else for (int i = 0; i < words.Length; i++) words[i] += part[i];
        }
        var merged = new PairedAccumulator(whole.Layout);
        merged.AddWords(words);

        Assert.Equal(whole.Replicates, merged.Replicates);
        Assert.Equal(whole.Sum, merged.Sum);
        Assert.Equal(whole.SumOfSquares, merged.SumOfSquares);
        Assert.Equal(whole.DifferenceSum, merged.DifferenceSum);
        Assert.Equal(whole.DifferenceSumOfSquares, merged.DifferenceSumOfSquares);
    }

    [Fact]
    public void Words_of_another_layout_are_refused()
    {
        var one = new PairedAccumulator(MetricLayout.For([new CompiledModel(Uncertain)]));
        var two = new PairedAccumulator(MetricLayout.For([new CompiledModel(Uncertain), new CompiledModel(Uncertain)]));
        Assert.Throws<ArgumentException>(() => one.AddWords(two.ToWords()));
    }
}
