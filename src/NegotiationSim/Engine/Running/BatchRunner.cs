using NegotiationSim.Engine.Compilation;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine.Running;

/// <summary>
/// Runs many scenarios (the points of a sweep) on the same seed, in parallel across points: each point is a full
/// run of its own (<see cref="PairedRunner"/> with one arm), so its result depends only on its scenario, the seed and
/// the number of replicates — never on the thread count or on which worker ran it — and every point shares the same
/// random numbers wherever the scenarios agree (common random numbers across points).
/// </summary>
public static class BatchRunner
{
    /// <summary>Runs every point and returns their headline-metric accumulators in point order.</summary>
    /// <param name="points">Makes point i's compiled model; called once per point, on a worker thread.</param>
    /// <param name="replicates">Replicates per point, ≥ 1.</param>
    /// <param name="seed">Master seed shared by all points.</param>
    /// <param name="threads">Worker threads in all; 0 means one per core.</param>
    /// <param name="progress">Counts finished replicates over all points.</param>
    /// <param name="cancellation">Stops the batch; unfinished points are returned as null.</param>
    public static IReadOnlyList<PairedAccumulator?> RunEach(IReadOnlyList<Func<CompiledModel>> points, long replicates, ulong seed, int threads = 0,
        RunProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        int total = threads > 0 ? threads : Environment.ProcessorCount;
        int outer = Math.Max(1, Math.Min(total, points.Count));
        int inner = Math.Max(1, total / outer);
        var results = new PairedAccumulator?[points.Count];
        int next = -1;
        Exception? failure = null;

        void Work()
        {
            try
            {
                while (!cancellation.IsCancellationRequested && failure is null)
                {
                    int i = Interlocked.Increment(ref next);
                    if (i >= points.Count) break;
                    var model = points[i]();
                    var run = PairedRunner.Run([model], PairedRunSettings.Common(replicates, seed, 1, inner), progress, cancellation);
                    if (!run.Cancelled) results[i] = run.Paired;
                }
            }
            catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
        }

        if (outer == 1) Work();
        else
        {
            var workers = new Thread[outer];
            for (int t = 0; t < outer; t++)
            {
                workers[t] = new Thread(Work) { IsBackground = true, Name = $"negsim-batch-{t}" };
                workers[t].Start();
            }
            foreach (var w in workers) w.Join();
        }
        // The point's own exception, with its own stack, so that a user error met by a worker reaches the CLI as itself.
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return results;
    }
}
