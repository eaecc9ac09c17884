using System.Diagnostics;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine.Running;

/// <summary>
/// Runs several scenarios ("arms": a base and its variants, or the points of a sweep) replicate by replicate: a
/// worker runs each block of replicates of every arm in turn, each arm in its own <see cref="ReplicateBlock"/>, and records each arm's
/// headline metrics and their differences to arm 0 in a <see cref="PairedAccumulator"/>. With equal seeds (common
/// random numbers) the arms share every random number they can, so the paired differences are far more precise
/// than differences of independent runs. Work is handed out by the same <see cref="ChunkScheduler"/> as <see cref="MonteCarloRunner"/>
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
        int workers = ChunkScheduler.WorkerCount(settings.Replicates, settings.EffectiveThreads);
        var outcomes = new OutcomeAccumulator[workers][];
        var paired = new PairedAccumulator[workers];
        var blocks = new ReplicateBlock[workers][];
        var values = new long[workers][][];

        long completed = ChunkScheduler.Run(settings.Replicates, workers,
            worker =>
            {
                blocks[worker] = arms.Select(arm => new ReplicateBlock(arm)).ToArray();
                outcomes[worker] = arms.Select(MonteCarloRunner.NewAccumulator).ToArray();
                values[worker] = Enumerable.Range(0, k).Select(_ => new long[metrics]).ToArray();
                paired[worker] = new PairedAccumulator(layout);
            },
            (worker, start, end) =>
            {
                var block = blocks[worker];
                var acc = outcomes[worker];
                var v = values[worker];
                var pairs = paired[worker];
                for (long r = start; r < end; r += ReplicateBlock.Size)
                {
                    if (cancellation.IsCancellationRequested) return r;
                    int count = (int)Math.Min(ReplicateBlock.Size, end - r);
                    for (int a = 0; a < k; a++) block[a].Run(seeds[a], r, count);
                    for (int j = 0; j < count; j++)
                    {
                        for (int a = 0; a < k; a++)
                        {
                            var row = block[a].Row(j);
                            acc[a].Add(block[a].Rows, row);
                            layout.Extract(a, block[a].Rows, row, v[a]);
                        }
                        pairs.Add(v);
                    }
                }
                return end;
            },
            progress, cancellation, "negsim-paired", first: settings.FirstReplicate);

        var total = outcomes[0];
        var totalPaired = paired[0];
        for (int t = 1; t < workers; t++)
        {
            for (int a = 0; a < k; a++) total[a].Merge(outcomes[t][a]);
            totalPaired.Merge(paired[t]);
        }
        return new PairedRunResult(total, totalPaired, completed, cancellation.IsCancellationRequested && completed < settings.Replicates, clock.Elapsed);
    }
}
