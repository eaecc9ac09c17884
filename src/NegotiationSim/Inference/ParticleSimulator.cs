using System.Collections.Concurrent;
using NegotiationSim.Engine.Replicate;

namespace NegotiationSim.Inference;

/// <summary>
/// Simulates replicates with a parameter vector held fixed and measures each replicate's distance to the record.
/// Each worker thread owns a compiled copy of the model whose slot samplers are overwritten with the particle's values
/// (<see cref="ParameterSpace.Fix"/>): the kernel then runs unchanged, every other stream as in a plain run (docs/model.md
/// §8), at the cost of a normal replicate. The distance of a replicate is the number of patterns whose truth value
/// differs from the record's (a Hamming distance); a particle's result is the histogram of those distances.
/// </summary>
internal sealed class ParticleSimulator
{
    private readonly ParameterSpace _space;
    private readonly PatternSet _patterns;
    private readonly ulong _observed;
    private readonly ConcurrentBag<ReplicateBlock> _workers = [];

    public ParticleSimulator(ParameterSpace space, PatternSet patterns, ulong observed, int replicatesPerDraw, ulong seed, int threads)
    {
        _space = space;
        _patterns = patterns;
        _observed = observed;
        Replicates = replicatesPerDraw;
        Seed = seed;
        Threads = threads > 0 ? threads : Environment.ProcessorCount;
    }

    public int Replicates { get; }

    public ulong Seed { get; }

    public int Threads { get; }

    /// <summary>Number of distance levels: 0 … patterns.</summary>
    public int Levels => _patterns.Count + 1;

    /// <summary>Replicates simulated so far.</summary>
    public long Simulations => Interlocked.Read(ref _simulations);

    private long _simulations;

    /// <summary>
    /// For each of <paramref name="count"/> particles (θ in rows of <paramref name="theta"/>), simulates replicates
    /// <paramref name="firstReplicate"/>[i] … + <see cref="Replicates"/> − 1 and writes the histogram of distances into
    /// row i of <paramref name="histogram"/> (<see cref="Levels"/> columns). Identical for any thread count.
    /// </summary>
    public void Simulate(double[] theta, int count, long[] firstReplicate, int[] histogram, CancellationToken cancellation = default)
    {
        int d = _space.Dimension, levels = Levels;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Threads, CancellationToken = cancellation };
        Parallel.For(0, count, options,
            () => _workers.TryTake(out var w) ? w : new ReplicateBlock(_space.NewWorkerModel()),
            (i, _, w) =>
            {
                ParameterSpace.Fix(w.Model, theta.AsSpan(i * d, d));
                var row = histogram.AsSpan(i * levels, levels);
                row.Clear();
                for (int k = 0; k < Replicates; k += ReplicateBlock.Size)
                {
                    w.Run(Seed, firstReplicate[i] + k, Math.Min(ReplicateBlock.Size, Replicates - k));
                    for (int j = 0; j < w.Count; j++)
                        row[System.Numerics.BitOperations.PopCount(_patterns.Evaluate(w.Rows, w.Row(j)) ^ _observed)]++;
                }
                return w;
            },
            w => _workers.Add(w));
        Interlocked.Add(ref _simulations, (long)count * Replicates);
    }

    /// <summary>
    /// Like <see cref="Simulate"/>, but keeps every replicate's pattern mask (row i: <see cref="Replicates"/> masks), so
    /// that one reference table serves many records (simulation-based calibration).
    /// </summary>
    public void SimulateMasks(double[] theta, int count, long[] firstReplicate, ulong[] masks, CancellationToken cancellation = default)
    {
        int d = _space.Dimension;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Threads, CancellationToken = cancellation };
        Parallel.For(0, count, options,
            () => _workers.TryTake(out var w) ? w : new ReplicateBlock(_space.NewWorkerModel()),
            (i, _, w) =>
            {
                ParameterSpace.Fix(w.Model, theta.AsSpan(i * d, d));
                for (int k = 0; k < Replicates; k += ReplicateBlock.Size)
                {
                    w.Run(Seed, firstReplicate[i] + k, Math.Min(ReplicateBlock.Size, Replicates - k));
                    for (int j = 0; j < w.Count; j++) masks[(long)i * Replicates + k + j] = _patterns.Evaluate(w.Rows, w.Row(j));
                }
                return w;
            },
            w => _workers.Add(w));
        Interlocked.Add(ref _simulations, (long)count * Replicates);
    }

    /// <summary>The observed mask's truth values, one replicate of the model with θ fixed: for simulation-based calibration.</summary>
    public ulong Outcome(ReadOnlySpan<double> theta, long replicate)
    {
        var w = _workers.TryTake(out var taken) ? taken : new ReplicateBlock(_space.NewWorkerModel());
        ParameterSpace.Fix(w.Model, theta);
        w.Run(Seed, replicate, 1);
        ulong mask = _patterns.Evaluate(w.Rows, w.Row(0));
        _workers.Add(w);
        return mask;
    }


}
