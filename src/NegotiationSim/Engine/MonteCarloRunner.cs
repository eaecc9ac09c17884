using System.Diagnostics;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine;

/// <summary>
/// Runs replicates 0..N−1 of one scenario in parallel (<see cref="ChunkScheduler"/>): each worker owns a
/// <see cref="Workspace"/> and an <see cref="OutcomeAccumulator"/>, and the accumulators (integers only) are merged
/// at the end, so the result is bit-identical for any thread count and memory does not grow with N.
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
        int workers = ChunkScheduler.WorkerCount(settings.Replicates, settings.EffectiveThreads);
        var workspaces = new Workspace[workers];
        var accumulators = new OutcomeAccumulator[workers];

        long completed = ChunkScheduler.Run(settings.Replicates, workers,
            worker =>
            {
                workspaces[worker] = new Workspace(model);
                accumulators[worker] = NewAccumulator(model);
            },
            (worker, start, end) =>
            {
                var ws = workspaces[worker];
                var acc = accumulators[worker];
                for (long r = start; r < end; r++) ReplicateKernel.Run(model, ws, acc, settings.Seed, r);
            },
            progress, cancellation, "negsim-worker");

        var total = accumulators[0];
        for (int t = 1; t < workers; t++) total.Merge(accumulators[t]);
        return new RunResult(total, completed, cancellation.IsCancellationRequested && completed < settings.Replicates, clock.Elapsed);
    }
}
