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
/// threads, the parameter sampling alone (the measured lower bound of a replicate's cost), the kernel on the classic
/// scenario of docs/model.md §§1–6 (experiments/nato-russia-2022-classic.json, what the shadow of war of §13 costs),
/// and the reference implementation (which covers §§1–6, so it runs the classic scenario). Each reported time is per
/// replicate (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class DefaultScenarioBenchmarks
{
    private const int KernelReplicates = 20_000;
    private const int RunnerReplicates = 100_000;
    private const int ReferenceReplicates = 1_000;
    private CompiledModel _classicRulesModel = null!;
    private Workspace _classicRulesWorkspace = null!;
    private OutcomeAccumulator _classicRulesAccumulator = null!;
    private Scenario _classicScenario = null!;
    private CompiledModel _classicModel = null!;
    private Workspace _classicWorkspace = null!;
    private OutcomeAccumulator _classicAccumulator = null!;
    private CompiledModel _model = null!;
    private CompiledModel _oneNatoModel = null!;
    private Workspace _oneNatoWorkspace = null!;
    private OutcomeAccumulator _oneNatoAccumulator = null!;
    private CompiledModel _completeModel = null!;
    private Workspace _completeWorkspace = null!;
    private OutcomeAccumulator _completeAccumulator = null!;
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
        _model = new CompiledModel(ExperimentReader.ReadDefault().Scenario);
        _classicRulesModel = new CompiledModel(ExperimentReader.Materialise(ExperimentReader.ReadDefault(), "classic-rules").Scenario);
        _classicRulesWorkspace = new Workspace(_classicRulesModel);
        _classicRulesAccumulator = MonteCarloRunner.NewAccumulator(_classicRulesModel);
        _classicScenario = ExperimentReader.ReadFile(Path.Combine(RepositoryRoot(), "experiments", "nato-russia-2022-classic.json")).Scenario;
        _classicModel = new CompiledModel(_classicScenario);
        _classicWorkspace = new Workspace(_classicModel);
        _classicAccumulator = MonteCarloRunner.NewAccumulator(_classicModel);
        _workspace = new Workspace(_model);
        _oneNatoModel = new CompiledModel(ExperimentReader.ReadFile(Path.Combine(RepositoryRoot(), "experiments", "nato-russia-2022-one-nato.json")).Scenario);
        _oneNatoWorkspace = new Workspace(_oneNatoModel);
        _oneNatoAccumulator = MonteCarloRunner.NewAccumulator(_oneNatoModel);
        // The one-NATO file's variant: with 33 parties the expected-utility model costs about 50 times the one-NATO
        // scenario per replicate, too long for a kernel benchmark, and the one-NATO figure stays comparable with earlier runs.
        _expectedUtilityModel = new CompiledModel(ExperimentReader.Materialise(
            ExperimentReader.ReadFile(Path.Combine(RepositoryRoot(), "experiments", "nato-russia-2022-one-nato.json")), "expected-utility").Scenario);
        _expectedUtilityWorkspace = new Workspace(_expectedUtilityModel);
        _accumulatorEu = MonteCarloRunner.NewAccumulator(_expectedUtilityModel);
        _accumulator = MonteCarloRunner.NewAccumulator(_model);
        // The default scenario without private types (docs/model.md §14): what beliefs and learning cost.
        var scenario = ExperimentReader.ReadDefault().Scenario;
        _completeModel = new CompiledModel(scenario.War is null ? scenario : scenario with { War = scenario.War with { Types = null } });
        _completeWorkspace = new Workspace(_completeModel);
        _completeAccumulator = MonteCarloRunner.NewAccumulator(_completeModel);
    }

    /// <summary>
    /// The whole replicate kernel on the default scenario with its private types removed (complete information, §13):
    /// what beliefs and learning (§14) cost. While the shipped default declares no types, it runs what <see cref="Kernel"/> runs.
    /// </summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelWithoutBeliefs()
    {
        for (int i = 0; i < KernelReplicates; i++) ReplicateKernel.Run(_completeModel, _completeWorkspace, _completeAccumulator, 20220120, _next++);
    }

    /// <summary>Parameter sampling alone: the default's uncertain parameters (108), each from its own stream.</summary>
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

    /// <summary>
    /// The whole replicate kernel on the default scenario with NATO as one party beside the US
    /// (experiments/nato-russia-2022-one-nato.json): the difference to <see cref="Kernel"/> is what modelling the
    /// Alliance as its 30 members, Ukraine's consent and the mediator cost (docs/model.md §15).
    /// </summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelOneNato()
    {
        for (int i = 0; i < KernelReplicates; i++) ReplicateKernel.Run(_oneNatoModel, _oneNatoWorkspace, _oneNatoAccumulator, 20220120, _next++);
    }

    /// <summary>The whole replicate kernel on the classic scenario (three meetings, 20 rounds, no war, no linkage).</summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelClassic()
    {
        for (int i = 0; i < KernelReplicates; i++) ReplicateKernel.Run(_classicModel, _classicWorkspace, _classicAccumulator, 20220120, _next++);
    }

    /// <summary>
    /// The default scenario under the classic bargaining rules (its "classic-rules" variant: rotating proposers, a coin
    /// per offer, outside options only at the end): the same eight meetings, so the difference to <see cref="Kernel"/>
    /// is what the rules of docs/model.md §13.2–13.6 cost, and to <see cref="KernelClassic"/> what the bigger scenario costs.
    /// </summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public void KernelClassicRules()
    {
        for (int i = 0; i < KernelReplicates; i++) ReplicateKernel.Run(_classicRulesModel, _classicRulesWorkspace, _classicRulesAccumulator, 20220120, _next++);
    }

    /// <summary>The whole replicate with every meeting run by the expected-utility protocol (the "expected-utility" variant of experiments/nato-russia-2022-one-nato.json).</summary>
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
    public ulong Reference() => ReferenceModel.RunMany(_classicScenario, 20220120, ReferenceReplicates);

    /// <summary>The repository root: the folder above this program's that holds experiments/.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "experiments", "nato-russia-2022-classic.json"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "experiments", "nato-russia-2022-classic.json"))) return dir.FullName;
        throw new DirectoryNotFoundException("cannot find experiments/nato-russia-2022-classic.json above the benchmark program");
    }
}
