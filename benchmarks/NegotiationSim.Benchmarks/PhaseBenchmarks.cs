using BenchmarkDotNet.Attributes;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// Each of a worker's three phases alone (docs/architecture.md, "Three phases"), on one block of
/// <see cref="ReplicateBlock.Size"/> replicates: sampling the block's parameters, playing its replicates into outcome
/// rows, and reducing the rows into an accumulator. Times are per replicate (OperationsPerInvoke), so the three add up to
/// what a worker spends on a replicate, less the runner's chunk bookkeeping.
/// </summary>
[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private ReplicateBlock _block = null!;
    private OutcomeAccumulator _outcomes = null!;
    private long _next;

    /// <summary>The experiment file under experiments/: the members default, NATO as one party, and the classic scenario.</summary>
    [Params("nato-russia-2022.json", "nato-russia-2022-one-nato.json", "nato-russia-2022-classic.json")]
    public string File { get; set; } = "";

    /// <summary>Compiles the scenario and plays one block, so that <see cref="Play"/> and <see cref="Reduce"/> have rows to work on.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var model = new CompiledModel(ExperimentReader.ReadFile(Path.Combine(Repository.Root(), "experiments", File)).Scenario);
        _block = new ReplicateBlock(model);
        _outcomes = MonteCarloRunner.NewAccumulator(model);
        _block.Run(20220120, 0, ReplicateBlock.Size);
    }

    /// <summary>The sample phase: every uncertain parameter of a new block of replicates, slot by slot, each from its own stream.</summary>
    [Benchmark(OperationsPerInvoke = ReplicateBlock.Size)]
    public void Sample() => _block.Sample(20220120, ++_next * ReplicateBlock.Size, ReplicateBlock.Size);

    /// <summary>The play phase: the block's replicates played again from the same draws, each writing its outcome row.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ReplicateBlock.Size)]
    public void Play() => _block.Play(20220120);

    /// <summary>The reduce phase: the block's rows counted into the accumulator.</summary>
    [Benchmark(OperationsPerInvoke = ReplicateBlock.Size)]
    public void Reduce()
    {
        for (int j = 0; j < ReplicateBlock.Size; j++) _outcomes.Add(_block.Rows, _block.Row(j));
    }
}
