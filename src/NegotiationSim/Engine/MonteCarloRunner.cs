using System.Diagnostics;
using System.Runtime.ExceptionServices;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine;

/// <summary>
/// Runs replicates 0..N−1 in parallel. Work is handed out in fixed chunks; each worker owns a
/// <see cref="Workspace"/> and an <see cref="OutcomeAccumulator"/>, and the accumulators (integers only) are
/// merged at the end, so the result is bit-identical for any thread count and memory does not grow with N.
/// </summary>
public static class MonteCarloRunner
{
    /// <summary>Creates the accumulator shape for <paramref name="model"/>.</summary>
    public static OutcomeAccumulator NewAccumulator(CompiledModel model) =>
        new(model.Parties, model.Items, model.Meetings, model.TrajectoryStart[model.Meetings]);

    /// <summary>Runs the experiment. Cancellation stops at the next chunk boundary and reports how many replicates ran.</summary>
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
        long chunks = (settings.Replicates - 1) / RunSettings.ChunkSize + 1; // no overflow near long.MaxValue
        int threads = (int)Math.Min(settings.EffectiveThreads, chunks);
        long nextChunk = -1, completed = 0;
        var accumulators = new OutcomeAccumulator[threads];
        // Two chunks per worker in flight: enough slack that a worker rarely waits for the chunk in line.
        var handOff = sink is null ? null : new OrderedHandOff(sink, model, 2 * threads);

        Exception? failure = null;

        void Work(int worker)
        {
            try { WorkLoop(worker); }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                handOff?.Abort();
            }
        }

        void WorkLoop(int worker)
        {
            var ws = new Workspace(model);
            var acc = NewAccumulator(model);
            accumulators[worker] = acc;
            while (!cancellation.IsCancellationRequested && failure is null)
            {
                long chunk = Interlocked.Increment(ref nextChunk);
                if (chunk >= chunks) break;
                long start = chunk * RunSettings.ChunkSize, end = start + Math.Min(RunSettings.ChunkSize, settings.Replicates - start);
                if (handOff is null)
                {
                    for (long r = start; r < end; r++) ReplicateKernel.Run(model, ws, acc, settings.Seed, r);
                }
                else
                {
                    var batch = handOff.Rent(chunk);
                    if (batch is null) break;   // another worker failed
                    batch.Reset(start);
                    for (long r = start; r < end; r++)
                    {
                        ReplicateKernel.Run(model, ws, acc, settings.Seed, r);
                        batch.Capture(model, ws);
                    }
                    handOff.Complete(chunk, batch);
                }
                Interlocked.Add(ref completed, end - start);
                progress?.Add(end - start);
            }
        }

        if (threads == 1) Work(0);
        else
        {
            var workers = new Thread[threads];
            for (int t = 0; t < threads; t++)
            {
                int worker = t;
                workers[t] = new Thread(() => Work(worker)) { IsBackground = true, Name = $"negsim-worker-{worker}" };
                workers[t].Start();
            }
            foreach (var w in workers) w.Join();
        }

        if (handOff?.SinkFailure is { } sinkFailure) ExceptionDispatchInfo.Throw(sinkFailure);
        if (failure is not null) throw new InvalidOperationException("a worker failed: " + failure.Message, failure);
        var total = accumulators[0];
        for (int t = 1; t < threads; t++) total.Merge(accumulators[t]);
        return new RunResult(total, completed, cancellation.IsCancellationRequested && completed < settings.Replicates, clock.Elapsed);
    }
}
