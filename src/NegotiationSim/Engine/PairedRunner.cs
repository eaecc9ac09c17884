using System.Diagnostics;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine;

/// <summary>
/// Runs several scenarios ("arms": a base and its variants, or the points of a sweep) replicate by replicate: a
/// worker runs replicate r of every arm in turn, each in its own <see cref="Workspace"/>, and records each arm's
/// headline metrics and their differences to arm 0 in a <see cref="PairedAccumulator"/>. With equal seeds (common
/// random numbers) the arms share every random number they can, so the paired differences are far more precise
/// than differences of independent runs. Work is handed out in the same fixed chunks as <see cref="MonteCarloRunner"/>
/// and every counter is an integer, so the result is bit-identical for any thread count.
/// </summary>
public static class PairedRunner
{
    /// <summary>Runs the arms. Cancellation stops at the next chunk boundary and reports how many replicates ran.</summary>
    /// <param name="arms">The compiled scenarios; arm 0 is the base the differences are taken against.</param>
    /// <param name="settings">Replicates, one seed per arm, threads.</param>
    /// <param name="progress">Counts finished replicates (one per replicate, however many arms).</param>
    /// <param name="cancellation">Stops the run.</param>
    public static PairedRunResult Run(IReadOnlyList<CompiledModel> arms, PairedRunSettings settings, RunProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Replicates, 1);
        if (arms.Count == 0) throw new ArgumentException("at least one arm is needed", nameof(arms));
        if (settings.Seeds.Count != arms.Count) throw new ArgumentException($"expected {arms.Count} seeds, got {settings.Seeds.Count}", nameof(settings));

        var clock = Stopwatch.StartNew();
        var layout = MetricLayout.For(arms);
        int k = arms.Count, metrics = layout.Metrics.Count;
        var seeds = settings.Seeds.ToArray();
        long chunks = (settings.Replicates + RunSettings.ChunkSize - 1) / RunSettings.ChunkSize;
        int threads = (int)Math.Min(settings.EffectiveThreads, chunks);
        long nextChunk = -1, completed = 0;
        var outcomes = new OutcomeAccumulator[threads][];
        var paired = new PairedAccumulator[threads];
        Exception? failure = null;

        void Work(int worker)
        {
            try { WorkLoop(worker); }
            catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
        }

        void WorkLoop(int worker)
        {
            var ws = new Workspace[k];
            var acc = new OutcomeAccumulator[k];
            var values = new long[k][];
            for (int a = 0; a < k; a++)
            {
                ws[a] = new Workspace(arms[a]);
                acc[a] = MonteCarloRunner.NewAccumulator(arms[a]);
                values[a] = new long[metrics];
            }
            var pairs = new PairedAccumulator(layout);
            outcomes[worker] = acc;
            paired[worker] = pairs;
            while (!cancellation.IsCancellationRequested && failure is null)
            {
                long chunk = Interlocked.Increment(ref nextChunk);
                if (chunk >= chunks) break;
                long start = chunk * RunSettings.ChunkSize, end = Math.Min(settings.Replicates, start + RunSettings.ChunkSize);
                for (long r = start; r < end; r++)
                {
                    for (int a = 0; a < k; a++)
                    {
                        ReplicateKernel.Run(arms[a], ws[a], acc[a], seeds[a], r);
                        layout.Extract(a, ws[a], values[a]);
                    }
                    pairs.Add(values);
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
                workers[t] = new Thread(() => Work(worker)) { IsBackground = true, Name = $"negsim-paired-{worker}" };
                workers[t].Start();
            }
            foreach (var w in workers) w.Join();
        }

        if (failure is not null) throw new InvalidOperationException("a worker failed: " + failure.Message, failure);
        var total = outcomes[0];
        var totalPaired = paired[0];
        for (int t = 1; t < threads; t++)
        {
            for (int a = 0; a < k; a++) total[a].Merge(outcomes[t][a]);
            totalPaired.Merge(paired[t]);
        }
        return new PairedRunResult(total, totalPaired, completed, cancellation.IsCancellationRequested && completed < settings.Replicates, clock.Elapsed);
    }
}
