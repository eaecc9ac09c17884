using BenchmarkDotNet.Attributes;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;
using NegotiationSim.Reference;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// Replicates per second on the embedded default scenario: the kernel on one thread, the parallel runner on 1 and 2
/// threads, the parameter sampling alone (the measured lower bound of a replicate's cost), the kernel on the classic
/// scenario of docs/model.md §§1–6 (experiments/nato-russia-2022-classic.json, what the shadow of war of §13 costs),
/// and the reference implementation (which covers §§1–6, so it runs the classic scenario). Each reported time is per
/// replicate (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class DefaultScenarioBenchmarks
{
    private const int KernelReplicates = 20_000;
    // Ten chunks of 2,048: enough for two workers to share, and at about 0.4 ms a replicate of the members default,
    // short enough for CI's dry run of every benchmark (100,000 took over a minute a runner benchmark there).
    private const int RunnerReplicates = 20_480;
    private const int ReferenceReplicates = 1_000;
    private Scenario _classicScenario = null!;
    private CompiledModel _model = null!;
    private Pipeline _default = null!;
    private Pipeline _classicRules = null!;
    private Pipeline _classic = null!;
    private Pipeline _oneNato = null!;
    private Pipeline _complete = null!;
    private Pipeline _expectedUtility = null!;
    private long _next;

    /// <summary>Reads and compiles the scenarios once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var file = ExperimentReader.ReadDefault();
        _model = new CompiledModel(file.Scenario);
        _default = new Pipeline(_model);
        _classicRules = new Pipeline(new CompiledModel(ExperimentReader.Materialise(file, "classic-rules").Scenario));
        _classicScenario = ExperimentReader.ReadFile(Path.Combine(Repository.Root(), "experiments", "nato-russia-2022-classic.json")).Scenario;
        _classic = new Pipeline(new CompiledModel(_classicScenario));
        var oneNato = ExperimentReader.ReadFile(Path.Combine(Repository.Root(), "experiments", "nato-russia-2022-one-nato.json"));
        _oneNato = new Pipeline(new CompiledModel(oneNato.Scenario));
        // The one-NATO file's variant: with 33 parties the expected-utility model costs about 50 times the one-NATO
        // scenario per replicate, too long for a kernel benchmark, and the one-NATO figure stays comparable with earlier runs.
        _expectedUtility = new Pipeline(new CompiledModel(ExperimentReader.Materialise(oneNato, "expected-utility").Scenario));
        // The default scenario without private types (docs/model.md §14): what beliefs and learning cost.
        var scenario = file.Scenario;
        _complete = new Pipeline(new CompiledModel(scenario.War is null ? scenario : scenario with { War = scenario.War with { Types = null } }));
    }

    /// <summary>
    /// The three phases on one thread (docs/architecture.md, "Three phases"): blocks of <see cref="ReplicateBlock.Size"/>
    /// replicates sampled, played, and reduced into one accumulator, as a runner's worker does.
    /// </summary>
    private sealed class Pipeline(CompiledModel model)
    {
        public ReplicateBlock Block { get; } = new(model);
        public OutcomeAccumulator Outcomes { get; } = MonteCarloRunner.NewAccumulator(model);

        public void Run(int replicates, ref long next)
        {
            for (int done = 0; done < replicates; done += ReplicateBlock.Size)
            {
                int count = Math.Min(ReplicateBlock.Size, replicates - done);
                Block.Run(20220120, next, count);
                next += count;
                for (int j = 0; j < count; j++) Outcomes.Add(Block.Rows, Block.Row(j));
            }
        }
    }

    /// <summary>The whole replicate (sample, play, reduce) on one thread, recording into one accumulator.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = KernelReplicates)]
    public void Kernel() => _default.Run(KernelReplicates, ref _next);

    /// <summary>
    /// The default scenario with its private types removed (complete information, §13): what beliefs and learning (§14) cost.
    /// </summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelWithoutBeliefs() => _complete.Run(KernelReplicates, ref _next);

    /// <summary>
    /// The default scenario with NATO as one party beside the US (experiments/nato-russia-2022-one-nato.json): the
    /// difference to <see cref="Kernel"/> is what modelling the Alliance as its 30 members, Ukraine's consent and the
    /// mediator cost (docs/model.md §15).
    /// </summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelOneNato() => _oneNato.Run(KernelReplicates, ref _next);

    /// <summary>The classic scenario (three meetings, 20 rounds, no war, no linkage).</summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelClassic() => _classic.Run(KernelReplicates, ref _next);

    /// <summary>
    /// The default scenario under the classic bargaining rules (its "classic-rules" variant: rotating proposers, a coin
    /// per offer, outside options only at the end): the same eight meetings, so the difference to <see cref="Kernel"/>
    /// is what the rules of docs/model.md §13.2–13.6 cost, and to <see cref="KernelClassic"/> what the bigger scenario costs.
    /// </summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelClassicRules() => _classicRules.Run(KernelReplicates, ref _next);

    /// <summary>Every meeting run by the expected-utility protocol (the "expected-utility" variant of experiments/nato-russia-2022-one-nato.json).</summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelExpectedUtility() => _expectedUtility.Run(KernelReplicates, ref _next);

    /// <summary>The parallel runner with one worker thread (includes per-run setup and the final merge).</summary>
    [Benchmark(OperationsPerInvoke = RunnerReplicates)]
    public long RunnerOneThread() => MonteCarloRunner.Run(_model, new RunSettings(RunnerReplicates, 20220120, 1)).Completed;

    /// <summary>The parallel runner with two worker threads (both cores of the reference machine).</summary>
    [Benchmark(OperationsPerInvoke = RunnerReplicates)]
    public long RunnerTwoThreads() => MonteCarloRunner.Run(_model, new RunSettings(RunnerReplicates, 20220120, 2)).Completed;

    /// <summary>
    /// Two threads handing every replicate to a sink that keeps nothing: what capturing per-replicate outcomes and the
    /// ordered hand-off cost on top of <see cref="RunnerTwoThreads"/>.
    /// </summary>
    [Benchmark(OperationsPerInvoke = RunnerReplicates)]
    public long RunnerTwoThreadsDiscardingSink() =>
        MonteCarloRunner.Run(_model, new RunSettings(RunnerReplicates, 20220120, 2), sink: new DiscardingSink()).Completed;

    /// <summary>Two threads writing every replicate to Parquet, as <c>negsim run --save-replicates</c> does.</summary>
    [Benchmark(OperationsPerInvoke = RunnerReplicates)]
    public long RunnerTwoThreadsParquet()
    {
        string dir = Path.Combine(Path.GetTempPath(), "negsim-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var tables = ReplicateTables.Create(dir, _model);
            long n = MonteCarloRunner.Run(_model, new RunSettings(RunnerReplicates, 20220120, 2), sink: tables).Completed;
            tables.Complete();
            return n;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class DiscardingSink : IReplicateSink
    {
        public void Write(ReplicateBatch batch) { }
    }

    /// <summary>The reference implementation (objects, LINQ) on the same replicates: the oracle's speed.</summary>
    [Benchmark(OperationsPerInvoke = ReferenceReplicates)]
    public ulong Reference() => ReferenceModel.RunMany(_classicScenario, 20220120, ReferenceReplicates);
}
