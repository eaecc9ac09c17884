using BenchmarkDotNet.Attributes;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Benchmarks;

/// <summary>How the cost of one replicate grows with parties × items × rounds (one thread, per replicate).</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private const int Replicates = 200;
    private CompiledModel _model = null!;
    private ReplicateBlock _block = null!;
    private OutcomeAccumulator _accumulator = null!;
    private long _next;

    /// <summary>Number of parties.</summary>
    [Params(3, 10, 30)] public int Parties { get; set; }

    /// <summary>Number of agenda items.</summary>
    [Params(10, 50)] public int Items { get; set; }

    /// <summary>Round limit of each meeting.</summary>
    [Params(20, 100)] public int Rounds { get; set; }

    /// <summary>Builds and compiles the scenario of this size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = new CompiledModel(ScaledScenario.Create(Parties, Items, Rounds));
        _block = new ReplicateBlock(_model);
        _accumulator = MonteCarloRunner.NewAccumulator(_model);
    }

    /// <summary>One replicate of the scaled scenario.</summary>
    [Benchmark(OperationsPerInvoke = Replicates)]
    public void Replicate()
    {
        for (int done = 0; done < Replicates; done += ReplicateBlock.Size)
        {
            int count = Math.Min(ReplicateBlock.Size, Replicates - done);
            _block.Run(7, _next, count);
            _next += count;
            for (int j = 0; j < count; j++) _accumulator.Add(_block.Rows, _block.Row(j));
        }
    }
}
