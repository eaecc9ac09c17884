using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Tests.Engine;

/// <summary>Runs a scenario and returns its summary: the shortest path from a test to the model's answer.</summary>
internal static class Run
{
    public static Summary Summarise(Scenario scenario, long replicates = 20_000, ulong seed = 7, int threads = 1)
    {
        var model = new CompiledModel(scenario);
        var result = MonteCarloRunner.Run(model, new RunSettings(replicates, seed, threads));
        return SummaryBuilder.Build(model, result.Outcomes, seed);
    }

    public static long[] Counters(Scenario scenario, long replicates, ulong seed, int threads)
    {
        var model = new CompiledModel(scenario);
        return MonteCarloRunner.Run(model, new RunSettings(replicates, seed, threads)).Outcomes.Counters;
    }

    /// <summary>Samples and plays replicate <paramref name="replicate"/> alone and returns the play phase's workspace as it left it.</summary>
    internal static Workspace Played(CompiledModel model, ulong seed, long replicate)
    {
        var block = new ReplicateBlock(model);
        block.Run(seed, replicate, 1);
        return block.Workspace;
    }

    /// <summary>
    /// Samples, plays and reduces replicates <paramref name="first"/> … + <paramref name="count"/> − 1 into
    /// <paramref name="outcomes"/>, in blocks of <paramref name="blockSize"/>: the runner's three phases on one thread,
    /// allocation-free, with the block size a test may vary.
    /// </summary>
    internal static void Reduce(ReplicateBlock block, OutcomeAccumulator outcomes, ulong seed, long first, long count, int blockSize = ReplicateBlock.Size)
    {
        for (long r = first; r < first + count; r += blockSize)
        {
            block.Run(seed, r, (int)Math.Min(blockSize, first + count - r));
            for (int j = 0; j < block.Count; j++) outcomes.Add(block.Rows, block.Row(j));
        }
    }
}
