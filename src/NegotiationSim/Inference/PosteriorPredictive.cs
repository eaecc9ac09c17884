using System.Collections.Concurrent;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Sampling;

namespace NegotiationSim.Inference;

/// <summary>
/// The predictive distribution of an arm of an experiment (its base scenario or a variant) under a sample of the base
/// scenario's parameters — the posterior of <see cref="Abc"/> ("had NATO done X, given what we now believe"), or the
/// prior for comparison. A parameter the arm shares with the base (same path, same prior) takes the sampled value; a
/// parameter the variant changed or added keeps the variant's own prior, drawn per replicate from its own stream
/// (docs/model.md §8.1), because the record says nothing about a counterfactual setting.
/// </summary>
public static class PosteriorPredictive
{
    /// <summary>Runs <paramref name="replicatesPerRow"/> replicates for each of <paramref name="rows"/> rows of <paramref name="theta"/> (the base's slot order).</summary>
    public static PredictiveCounts Run(CompiledModel baseModel, CompiledModel arm, PatternSet? patterns, double[] theta, int rows, int replicatesPerRow,
        ulong seed, int threads = 0, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(baseModel);
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(theta);
        int d = baseModel.UncertainParameters;
        var map = new int[arm.UncertainParameters];
        for (int s = 0; s < map.Length; s++)
        {
            int b = IndexOf(baseModel.UncertainParameterPaths, arm.UncertainParameterPaths[s]);
            map[s] = b >= 0 && SamePrior(baseModel, b, arm, s) ? b : -1;
        }
        int p = patterns?.Count ?? 0;
        var totals = new long[p + 3];
        var gate = new object();
        var pool = new ConcurrentBag<ReplicateBlock>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.For(0, rows, options,
            () =>
            {
                if (!pool.TryTake(out var w)) w = new ReplicateBlock(new CompiledModel(arm.Scenario));
                return (W: w, Counts: new long[p + 3]);
            },
            (row, _, local) =>
            {
                var slots = local.W.Model.Slots;
                for (int s = 0; s < slots.Length; s++)
                    slots[s] = map[s] >= 0 ? ParameterSpace.Fixed(theta[row * d + map[s]]) : arm.Slots[s];
                var block = local.W;
                var R = block.Rows;
                for (int k = 0; k < replicatesPerRow; k += ReplicateBlock.Size)
                {
                    block.Run(seed, (long)row * replicatesPerRow + k, Math.Min(ReplicateBlock.Size, replicatesPerRow - k));
                    for (int j = 0; j < block.Count; j++)
                    {
                        var outcome = block.Row(j);
                        if (outcome[R.EscalatedAt] >= 0 || outcome.Slice(R.PartyEscalated, R.Parties).IndexOfAnyExcept(0.0) >= 0) local.Counts[0]++;
                        if (outcome.Slice(R.ItemAgreed, R.Items).IndexOfAnyExcept(0.0) >= 0) local.Counts[1]++;
                        if (patterns is null) continue;
                        ulong mask = patterns.Evaluate(R, outcome);
                        for (int q = 0; q < p; q++) local.Counts[2 + q] += (long)((mask >> q) & 1);
                        if (mask == patterns.AllHeld) local.Counts[2 + p]++;
                    }
                }
                return local;
            },
            local =>
            {
                lock (gate) for (int i = 0; i < totals.Length; i++) totals[i] += local.Counts[i];
                pool.Add(local.W);
            });
        long runs = (long)rows * replicatesPerRow;
        var counts = patterns is null ? null : new PatternCounts(runs, totals.Skip(2).Take(p).ToArray(), totals[2 + p]);
        return new PredictiveCounts(runs, totals[0], totals[1], counts, map.Count(b => b >= 0));
    }

    private static int IndexOf(IReadOnlyList<string> paths, string path)
    {
        for (int i = 0; i < paths.Count; i++) if (paths[i] == path) return i;
        return -1;
    }

    private static bool SamePrior(CompiledModel a, int i, CompiledModel b, int j)
    {
        SamplerSpec x = a.Slots[i], y = b.Slots[j];
        if (x.Kind != y.Kind || x.P0 != y.P0 || x.P1 != y.P1 || x.P2 != y.P2 || x.P3 != y.P3 || x.P4 != y.P4 || x.P5 != y.P5
            || x.P6 != y.P6 || x.P7 != y.P7 || x.TableCount != y.TableCount || a.SlotMin[i] != b.SlotMin[j] || a.SlotMax[i] != b.SlotMax[j])
            return false;
        if (x.Kind != Uncertainty.DistributionKind.Choice) return true;
        for (int t = 0; t < 2 * x.TableCount; t++)
            if (a.LookupTable[x.TableStart + t] != b.LookupTable[y.TableStart + t]) return false;
        return true;
    }
}
