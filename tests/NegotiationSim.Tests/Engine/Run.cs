using NegotiationSim.Engine;
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
}
