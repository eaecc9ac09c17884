using System.Diagnostics;
using System.Runtime.ExceptionServices;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine.Running;

/// <summary>
/// Runs replicates 0..N−1 (or a shard's range, <see cref="RunSettings.FirstReplicate"/>) of one scenario in parallel (<see cref="ChunkScheduler"/>): each worker owns a
/// <see cref="ReplicateBlock"/> (sample, play) and an <see cref="OutcomeAccumulator"/> (reduce), and the accumulators
/// (integers only) are merged at the end, so the result is bit-identical for any thread count and memory does not grow with N.
/// </summary>
public static class MonteCarloRunner
{
    /// <summary>Creates the accumulator shape for <paramref name="model"/>.</summary>
    public static OutcomeAccumulator NewAccumulator(CompiledModel model) =>
        new(model.Parties, model.Items, model.Meetings, model.TrajectoryStart[model.Meetings], model.BeliefPairs,
            model.TracksVetoes ? model.Blocs : -1);

    /// <summary>
    /// Runs the experiment. Cancellation stops at the next block of <see cref="ReplicateBlock.Size"/> replicates (with a
    /// sink, at the next chunk boundary, so that the sink sees a gap-free prefix) and reports how many replicates ran.
    /// </summary>
    /// <param name="model">The compiled experiment.</param>
    /// <param name="settings">Replicates, seed and threads.</param>
    /// <param name="progress">Counts finished replicates while the run goes on; optional.</param>
    /// <param name="cancellation">Stops the run at the next chunk boundary.</param>
    /// <param name="sink">
    /// Receives every replicate's outcome, chunk by chunk in replicate order, never concurrently (see
    /// <see cref="IReplicateSink"/>); optional, and without one the run captures nothing per replicate. Whatever the
    /// thread count, the sink sees the same batches in the same order. An exception from the sink is rethrown as is.
    /// </param>
    public static RunResult Run(CompiledModel model, RunSettings settings, RunProgress? progress = null, CancellationToken cancellation = default,
        IReplicateSink? sink = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Replicates, 1);
        var clock = Stopwatch.StartNew();
        int workers = ChunkScheduler.WorkerCount(settings.Replicates, settings.EffectiveThreads);
        var blocks = new ReplicateBlock[workers];
        var accumulators = new OutcomeAccumulator[workers];
        // Two chunks per worker in flight: enough slack that a worker rarely waits for the chunk in line.
        var handOff = sink is null ? null : new OrderedHandOff(sink, model, 2 * workers);

        long completed;
        try
        {
            completed = ChunkScheduler.Run(settings.Replicates, workers,
                worker =>
                {
                    blocks[worker] = new ReplicateBlock(model);
                    accumulators[worker] = NewAccumulator(model);
                },
                (worker, start, end) =>
                {
                    var block = blocks[worker];
                    var acc = accumulators[worker];
                    if (handOff is null)
                    {
                        for (long r = start; r < end; r += ReplicateBlock.Size)
                        {
                            if (cancellation.IsCancellationRequested) return r;
                            block.Run(settings.Seed, r, (int)Math.Min(ReplicateBlock.Size, end - r));
                            for (int j = 0; j < block.Count; j++) acc.Add(block.Rows, block.Row(j));
                        }
                        return end;
                    }
                    long chunk = (start - settings.FirstReplicate) / RunSettings.ChunkSize;
                    var batch = handOff.Rent(chunk) ?? throw new OperationCanceledException("another worker or the sink failed");
                    batch.Reset(start);
                    for (long r = start; r < end; r += ReplicateBlock.Size)
                    {
                        block.Run(settings.Seed, r, (int)Math.Min(ReplicateBlock.Size, end - r));
                        for (int j = 0; j < block.Count; j++)
                        {
                            acc.Add(block.Rows, block.Row(j));
                            batch.Capture(block, j);
                        }
                    }
                    handOff.Complete(chunk, batch);
                    return end;
                },
                progress, cancellation, "negsim-worker", onFailure: () => handOff?.Abort(), first: settings.FirstReplicate);
        }
        catch (OperationCanceledException) when (handOff?.SinkFailure is not null)
        {
            // A worker that found the hand-off aborted stopped with a cancellation; the sink's failure is the cause.
            ExceptionDispatchInfo.Throw(handOff.SinkFailure);
            throw;
        }
        if (handOff?.SinkFailure is { } sinkFailure) ExceptionDispatchInfo.Throw(sinkFailure);

        var total = accumulators[0];
        for (int t = 1; t < workers; t++) total.Merge(accumulators[t]);
        return new RunResult(total, completed, cancellation.IsCancellationRequested && completed < settings.Replicates, clock.Elapsed);
    }
}
