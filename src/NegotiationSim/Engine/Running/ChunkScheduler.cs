namespace NegotiationSim.Engine.Running;

/// <summary>
/// The one parallel loop of the engine: replicates 0..N−1 are cut into fixed chunks of <see cref="RunSettings.ChunkSize"/>
/// and handed to worker threads as they come free. Each worker first sets up its own state (workspaces,
/// accumulators), then runs whole chunks. Which worker runs a chunk never changes a replicate's numbers, and the
/// callers' accumulators are integers, so results do not depend on the thread count. Delegates are called once per
/// worker and once per chunk, never per replicate.
/// </summary>
internal static class ChunkScheduler
{
    /// <summary>Runs the chunks; returns how many replicates ran (fewer than asked only when cancelled).</summary>
    /// <param name="replicates">N ≥ 1.</param>
    /// <param name="threads">Requested worker threads (capped at the number of chunks).</param>
    /// <param name="setUpWorker">Called on each worker's own thread before its first chunk, with the worker index; returns nothing.</param>
    /// <param name="runChunk">
    /// Runs replicates [start, end) on worker <c>worker</c> and returns where it stopped: <c>end</c>, or earlier when it saw
    /// the cancellation (a long chunk stops at a block boundary, <see cref="ReplicateBlock.Size"/> replicates, so that an
    /// interrupt is prompt; the counters of a cancelled run then cover a part of a chunk, and callers discard them).
    /// </param>
    /// <param name="progress">Counts finished replicates.</param>
    /// <param name="cancellation">Stops at the next chunk boundary, or inside a chunk where <paramref name="runChunk"/> checks it.</param>
    /// <param name="name">Thread name prefix, for debuggers and profilers.</param>
    /// <param name="onFailure">Called once on the failing worker's thread when a worker throws, so that the others can be released.</param>
    /// <param name="first">
    /// The first replicate: chunks then cover first … first + replicates − 1 and <paramref name="runChunk"/> gets
    /// those replicate numbers (a shard of a larger run, docs/model.md §8).
    /// </param>
    public static long Run(long replicates, int threads, Action<int> setUpWorker, Func<int, long, long, long> runChunk,
        RunProgress? progress, CancellationToken cancellation, string name, Action? onFailure = null, long first = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        long chunks = (replicates - 1) / RunSettings.ChunkSize + 1; // no overflow near long.MaxValue
        int workers = WorkerCount(replicates, threads);
        long nextChunk = -1, completed = 0;
        Exception? failure = null;

        void Work(int worker)
        {
            try
            {
                setUpWorker(worker);
                while (!cancellation.IsCancellationRequested && Volatile.Read(ref failure) is null)
                {
                    long chunk = Interlocked.Increment(ref nextChunk);
                    if (chunk >= chunks) break;
                    long start = chunk * RunSettings.ChunkSize, end = start + Math.Min(RunSettings.ChunkSize, replicates - start);
                    long reached = runChunk(worker, first + start, first + end) - first;
                    Interlocked.Add(ref completed, reached - start);
                    progress?.Add(reached - start);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                onFailure?.Invoke();
            }
        }

        if (workers == 1) Work(0);
        else
        {
            var pool = new Thread[workers];
            for (int t = 0; t < workers; t++)
            {
                int worker = t;
                pool[t] = new Thread(() => Work(worker)) { IsBackground = true, Name = $"{name}-{worker}" };
                pool[t].Start();
            }
            foreach (var thread in pool) thread.Join();
        }

        // The worker's own exception, with its own stack: callers and the CLI see what failed, not a wrapper.
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return completed;
    }

    /// <summary>The number of workers <see cref="Run"/> will use: the requested threads, but no more than there are chunks.</summary>
    public static int WorkerCount(long replicates, int threads) =>
        (int)Math.Min(Math.Max(1, threads), (replicates - 1) / RunSettings.ChunkSize + 1);
}
