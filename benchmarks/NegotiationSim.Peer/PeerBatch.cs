using System.Runtime.CompilerServices;

namespace NegotiationSim.Peer;

/// <summary>
/// Runs a range of peer-scenario replicates on several threads. The range is cut into fixed chunks of
/// <see cref="ChunkSize"/> replicates; each chunk is totalled on its own (utilities added in replicate order) and the
/// chunk totals are merged in chunk order, so the result never depends on the thread count or scheduling. Chunks run
/// eight replicates at a time on the AVX-512 lane kernel where the hardware has it, else one at a time on the scalar
/// kernel; both give the same outcomes, so the same totals.
/// </summary>
public static class PeerBatch
{
    /// <summary>Replicates per chunk, the unit of work handed to a thread (fixed: results depend on it at the last bit).</summary>
    public const int ChunkSize = 1024;

    /// <summary>Chunks run between two ordered merges; bounds the memory held for chunk totals.</summary>
    private const int ChunksPerWave = 4096;

    /// <summary>
    /// Runs replicates <paramref name="first"/> .. <paramref name="first"/> + <paramref name="count"/> − 1 with a
    /// deadline of <paramref name="steps"/> rounds on up to <paramref name="threads"/> threads, and returns their totals.
    /// </summary>
    /// <param name="first">First scenario index, ≥ 0.</param>
    /// <param name="count">Number of replicates, ≥ 0.</param>
    /// <param name="steps">Deadline in rounds, ≥ 1.</param>
    /// <param name="threads">Threads to use, ≥ 1 (1 runs on the calling thread).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or the range overflows.</exception>
    public static PeerBatchResult Run(long first, long count, int steps, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, long.MaxValue - first);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);

        double[] schedule = PeerSchedule.Get(steps);
        long chunks = (count + ChunkSize - 1) / ChunkSize;
        var totals = new PeerBatchResult[(int)Math.Min(chunks, ChunksPerWave)];
        PeerBatchResult result = default;
        for (long wave = 0; wave < chunks; wave += ChunksPerWave)
        {
            int inWave = (int)Math.Min(ChunksPerWave, chunks - wave);
            long waveFirst = first + wave * ChunkSize;
            long waveEnd = first + count;
            if (threads == 1 || inWave == 1)
            {
                for (int c = 0; c < inWave; c++)
                    totals[c] = RunChunk(waveFirst, c, waveEnd, steps, schedule);
            }
            else
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
                Parallel.For(0, inWave, options, c => totals[c] = RunChunk(waveFirst, c, waveEnd, steps, schedule));
            }

            for (int c = 0; c < inWave; c++)
                result = result.Then(in totals[c]);
        }
        return result;
    }

    /// <summary>Totals of chunk <paramref name="chunk"/> of a wave starting at <paramref name="waveFirst"/>.</summary>
    private static PeerBatchResult RunChunk(long waveFirst, int chunk, long end, int steps, double[] schedule)
    {
        long from = waveFirst + (long)chunk * ChunkSize;
        long to = from + Math.Min(ChunkSize, end - from); // no overflow: end ≤ long.MaxValue
        return PeerLaneKernel.IsSupported
            ? RunLaneRange(from, to, steps, schedule)
            : RunScalarRange(from, to, steps, schedule);
    }

    /// <summary>
    /// Replicates <paramref name="from"/> .. <paramref name="to"/> − 1 with the eight-lane kernel, tallied in replicate
    /// order (a last group of fewer than eight runs all eight lanes and tallies only those in the range).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PeerBatchResult RunLaneRange(long from, long to, int steps, ReadOnlySpan<double> schedule)
    {
        var tally = new PeerTally();
        var group = new PeerLaneKernel.Group();
        Span<PeerOutcome> outcomes = stackalloc PeerOutcome[PeerLaneKernel.Lanes];
        for (long offset = 0; offset < to - from; offset += PeerLaneKernel.Lanes)
        {
            // Lanes past long.MaxValue wrap around in the kernel's unsigned state arithmetic; they are not tallied.
            PeerLaneKernel.Setup(from + offset, ref group);
            PeerLaneKernel.Play(ref group, steps, schedule, outcomes);
            int lanes = (int)Math.Min(PeerLaneKernel.Lanes, to - from - offset);
            for (int lane = 0; lane < lanes; lane++)
                tally.Add(in outcomes[lane]);
        }
        return tally.Result;
    }

    /// <summary>
    /// Replicates <paramref name="from"/> .. <paramref name="to"/> − 1 with the portable scalar kernel, software-pipelined:
    /// the next scenario is drawn before the current one is played, so its long chain of dependent operations runs in
    /// the shadow of the protocol instead of after the branch misprediction that ends each negotiation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PeerBatchResult RunScalarRange(long from, long to, int steps, ReadOnlySpan<double> schedule)
    {
        var tally = new PeerTally();
        if (from >= to)
            return tally.Result;
        PeerScenario.Sample(from, out PeerParty nextA, out PeerParty nextB, out PeerParty nextC);
        for (long j = from; j < to; j++)
        {
            PeerParty a = nextA, b = nextB, c = nextC;
            PeerScenario.Sample(j + 1, out nextA, out nextB, out nextC);
            tally.Add(PeerScenario.Play(in a, in b, in c, steps, schedule));
        }
        return tally.Result;
    }
}
