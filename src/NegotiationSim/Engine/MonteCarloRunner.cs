using System.Diagnostics;
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
    public static RunResult Run(CompiledModel model, RunSettings settings, RunProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Replicates, 1);
        var clock = Stopwatch.StartNew();
        long chunks = (settings.Replicates - 1) / RunSettings.ChunkSize + 1; // no overflow near long.MaxValue
        int threads = (int)Math.Min(settings.EffectiveThreads, chunks);
        long nextChunk = -1, completed = 0;
        var accumulators = new OutcomeAccumulator[threads];

        Exception? failure = null;

        void Work(int worker)
        {
            try { WorkLoop(worker); }
            catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
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
                for (long r = start; r < end; r++) ReplicateKernel.Run(model, ws, acc, settings.Seed, r);
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

        if (failure is not null) throw new InvalidOperationException("a worker failed: " + failure.Message, failure);
        var total = accumulators[0];
        for (int t = 1; t < threads; t++) total.Merge(accumulators[t]);
        return new RunResult(total, completed, cancellation.IsCancellationRequested && completed < settings.Replicates, clock.Elapsed);
    }
}
