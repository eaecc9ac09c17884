using BenchmarkDotNet.Attributes;
using NegotiationSim.Engine;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;
using NegotiationSim.Reference;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// Replicates per second on the embedded default scenario: the kernel on one thread, the parallel runner on 1 and 2
/// threads, the parameter sampling alone (the measured lower bound of a replicate's cost), and the reference
/// implementation side by side. Each reported time is per replicate (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class DefaultScenarioBenchmarks
{
    private const int KernelReplicates = 20_000;
    private const int RunnerReplicates = 100_000;
    private const int ReferenceReplicates = 1_000;
    private Scenario _scenario = null!;
    private CompiledModel _model = null!;
    private Workspace _workspace = null!;
    private CompiledModel _expectedUtilityModel = null!;
    private Workspace _expectedUtilityWorkspace = null!;
    private OutcomeAccumulator _accumulatorEu = null!;
    private OutcomeAccumulator _accumulator = null!;
    private long _next;

    /// <summary>Reads and compiles the scenario once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = ExperimentReader.ReadDefault().Scenario;
        _model = new CompiledModel(_scenario);
        _workspace = new Workspace(_model);
        _expectedUtilityModel = new CompiledModel(ExperimentReader.Materialise(ExperimentReader.ReadDefault(), "expected-utility").Scenario);
        _expectedUtilityWorkspace = new Workspace(_expectedUtilityModel);
        _accumulatorEu = MonteCarloRunner.NewAccumulator(_expectedUtilityModel);
        _accumulator = MonteCarloRunner.NewAccumulator(_model);
    }

    /// <summary>Parameter sampling alone: 89 uncertain parameters per replicate, each from its own stream.</summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void SamplingOnly()
    {
        for (int i = 0; i < KernelReplicates; i++) ReplicateKernel.SampleParameters(_model, _workspace, 20220120, _next++);
    }

    /// <summary>The whole replicate kernel on one thread, recording into one accumulator.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = KernelReplicates)]
    public void Kernel()
    {
        for (int i = 0; i < KernelReplicates; i++) ReplicateKernel.Run(_model, _workspace, _accumulator, 20220120, _next++);
    }

    /// <summary>The whole replicate with every meeting run by the expected-utility protocol (the file's "expected-utility" variant).</summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelExpectedUtility()
    {
        for (int i = 0; i < KernelReplicates; i++) ReplicateKernel.Run(_expectedUtilityModel, _expectedUtilityWorkspace, _accumulatorEu, 20220120, _next++);
    }

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
    public ulong Reference() => ReferenceModel.RunMany(_scenario, 20220120, ReferenceReplicates);
}
