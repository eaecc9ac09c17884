using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;


namespace NegotiationSim.Inference;

/// <summary>
/// Runs replicates of a compiled model and counts the patterns of a <see cref="PatternSet"/> (docs/validation.md).
/// Each replicate is the kernel's own (docs/model.md §8: its streams depend on the seed and its index only), and the
/// counts are integer sums, so the result is identical for any number of threads.
/// </summary>
public static class PatternRunner
{
    /// <summary>Replicates per unit of parallel work.</summary>
    internal const int Chunk = 2048;

    /// <summary>Counts the patterns in replicates 0 … <paramref name="runs"/> − 1 of <paramref name="model"/> with <paramref name="seed"/>.</summary>
    public static PatternCounts Count(CompiledModel model, PatternSet patterns, long runs, ulong seed, int threads = 0, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var held = new long[patterns.Count];
        long joint = 0;
        ulong all = patterns.AllHeld;
        long chunks = (runs + Chunk - 1) / Chunk;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.For(0L, chunks, options,
            () => (Block: new ReplicateBlock(model), Held: new long[patterns.Count + 1]),
            (chunk, _, local) =>
            {
                long end = Math.Min(runs, (chunk + 1) * Chunk);
                var block = local.Block;
                for (long r = chunk * Chunk; r < end; r += ReplicateBlock.Size)
                {
                    block.Run(seed, r, (int)Math.Min(ReplicateBlock.Size, end - r));
                    for (int j = 0; j < block.Count; j++)
                    {
                        ulong mask = patterns.Evaluate(block.Rows, block.Row(j));
                        for (int p = 0; p < patterns.Count; p++) local.Held[p] += (long)((mask >> p) & 1);
                        if (mask == all) local.Held[^1]++;
                    }
                }
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (int p = 0; p < patterns.Count; p++) held[p] += local.Held[p];
                    joint += local.Held[^1];
                }
            });
        return new PatternCounts(runs, held, joint);
    }
}
