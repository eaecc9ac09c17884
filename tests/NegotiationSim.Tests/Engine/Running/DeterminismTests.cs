using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Running;

public class DeterminismTests
{
    private static readonly NegotiationSim.Scenarios.Scenario Uncertain = Bilateral(temperature: 0.03, attendanceB: Distribution.Beta(6, 4),
        outsideB: Distribution.Triangular(0.4, 0.6, 0.9), exponentDistributionA: Distribution.Pert(0.2, 0.5, 2), exponentDistributionB: Distribution.Uniform(0.3, 3),
        walkoutB: 0.05);

    [Fact]
    public void OneAndTwoThreadsGiveBitIdenticalCounters()
    {
        // 10,000 replicates span several chunks, so two threads really interleave.
        var one = Run.Counters(Uncertain, 10_000, 42, 1);
        var two = Run.Counters(Uncertain, 10_000, 42, 2);
        Assert.Equal(one, two);
    }

    [Fact]
    public void TheSameSeedGivesTheSameResultAndAnotherSeedDoesNot()
    {
        Assert.Equal(Run.Counters(Uncertain, 3_000, 5, 2), Run.Counters(Uncertain, 3_000, 5, 2));
        Assert.NotEqual(Run.Counters(Uncertain, 3_000, 5, 2), Run.Counters(Uncertain, 3_000, 6, 2));
    }

    [Fact]
    public void AFirstRunIsAPrefixOfALongerOne()
    {
        // Replicate r depends on (seed, r) only: the first 2,048 replicates of a long run are the short run, whether
        // they are sampled and played one at a time or in the runner's blocks.
        var model = new NegotiationSim.Engine.Compilation.CompiledModel(Uncertain);
        var acc = NegotiationSim.Engine.Running.MonteCarloRunner.NewAccumulator(model);
        Run.Reduce(new NegotiationSim.Engine.Replicate.ReplicateBlock(model), acc, 9, 0, 2048, blockSize: 1);
        Assert.Equal(Run.Counters(Uncertain, 2048, 9, 2), acc.Counters);
    }
}
