using BenchmarkDotNet.Attributes;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Benchmarks;

/// <summary>The outcome bookkeeping alone: counting values into the accumulator, merging two, and building the summary.</summary>
[MemoryDiagnoser]
public class AccumulatorBenchmarks
{
    private const int Values = 10_000;
    private CompiledModel _model = null!;
    private OutcomeAccumulator _a = null!, _b = null!;

    /// <summary>Fills two accumulators from a short run of the default scenario.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = new CompiledModel(ExperimentReader.ReadDefault().Scenario);
        _a = MonteCarloRunner.Run(_model, new RunSettings(5_000, 1, 1)).Outcomes;
        _b = MonteCarloRunner.Run(_model, new RunSettings(5_000, 2, 1)).Outcomes;
    }

    /// <summary>One value counted into a histogram with fixed-point Σx and Σx².</summary>
    [Benchmark(OperationsPerInvoke = Values)]
    public void AddValue()
    {
        var c = _a.Counters;
        for (int i = 0; i < Values; i++) OutcomeAccumulator.AddValue(c, 0, i * (1.0 / Values));
    }

    /// <summary>Merging two workers' accumulators (the default scenario's full shape).</summary>
    [Benchmark]
    public void Merge() => _a.Merge(_b);

    /// <summary>Turning counters into the Summary (quantiles, intervals, offer bands): once per run.</summary>
    [Benchmark]
    public Summary BuildSummary() => SummaryBuilder.Build(_model, _b, 2);
}
