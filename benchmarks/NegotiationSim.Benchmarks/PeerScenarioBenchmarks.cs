using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using NegotiationSim.Peer;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// The peer scenario (docs/peer-scenario.md), the workload also run by NegMAS and a numpy model.
/// Times are per replicate (OperationsPerInvoke), so Op/s is replicates per second: numpy does 25,900/s at
/// 100 rounds and 119,000/s at 20 rounds on one core of the 2-vCPU reference machine (docs/peer-scenario.md,
/// "The other tools' speed").
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReplicatesPerSecond))]
public class PeerScenarioBenchmarks
{
    /// <summary>Replicates per invocation of <see cref="Kernel"/>.</summary>
    public const int KernelReplicates = 4096;

    /// <summary>Replicates per invocation of the batch benchmarks (64 chunks).</summary>
    public const int BatchReplicates = 64 * PeerBatch.ChunkSize;

    /// <summary>The deadline in rounds: 100 and 20, as in the reference runs.</summary>
    [Params(100, 20)]
    public int Steps { get; set; }

    /// <summary>Builds the step count's concession schedule before measuring.</summary>
    [GlobalSetup]
    public void Setup() => PeerScenario.Run(0, Steps);

    /// <summary>
    /// One replicate after another on one thread (seeds 0..4095) through the public kernel,
    /// <see cref="PeerScenario.Run(long, int)"/> (AVX-512 where the machine has it).
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = KernelReplicates)]
    public long Kernel()
    {
        long rounds = 0;
        for (long j = 0; j < KernelReplicates; j++)
            rounds += PeerScenario.Run(j, Steps).Rounds;
        return rounds;
    }

    /// <summary>The portable scalar kernel (the reference, and the shape of a GPU port), seeds 0..4095.</summary>
    [Benchmark(OperationsPerInvoke = KernelReplicates)]
    public long ScalarKernel()
    {
        double[] schedule = PeerSchedule.Get(Steps);
        long rounds = 0;
        for (long j = 0; j < KernelReplicates; j++)
            rounds += PeerScenario.RunScalarKernel(j, Steps, schedule).Rounds;
        return rounds;
    }

    /// <summary>
    /// The batch runner on one thread (seeds 0..65535): eight replicates per AVX-512 register where the machine has it,
    /// with the ordered accumulation.
    /// </summary>
    [Benchmark(OperationsPerInvoke = BatchReplicates)]
    public PeerBatchResult Batch1Thread() => PeerBatch.Run(0, BatchReplicates, Steps, 1);

    /// <summary>The batch runner on two threads (seeds 0..65535).</summary>
    [Benchmark(OperationsPerInvoke = BatchReplicates)]
    public PeerBatchResult Batch2Threads() => PeerBatch.Run(0, BatchReplicates, Steps, 2);

    /// <summary>
    /// Adds operations per second (here: replicates per second), and Min and Median, which a shared, noisy machine
    /// disturbs less than the Mean.
    /// </summary>
    private sealed class ReplicatesPerSecond : ManualConfig
    {
        public ReplicatesPerSecond() =>
            AddColumn(StatisticColumn.Min, StatisticColumn.Median, StatisticColumn.OperationsPerSecond);
    }
}
