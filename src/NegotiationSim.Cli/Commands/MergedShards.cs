using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Shards;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// What `negsim merge` hands a simulating command in place of its engine run: the shards' combined accumulators and
/// the experiment files they read. The command then writes its results folder exactly as after a single run, so
/// summary, tables and plots are the single run's (docs/model.md §8: the counters are integers, merging is exact).
/// </summary>
internal sealed class MergedShards(ShardSet shards, IReadOnlyList<long[]> accumulators)
{
    /// <summary>The checked shards.</summary>
    public ShardSet Shards { get; } = shards;

    /// <summary>The experiment file the shards read as <paramref name="path"/>, from shard 1's copy.</summary>
    /// <exception cref="ShardException">The shards read no such file (the options and inputs disagree: a damaged folder).</exception>
    /// <exception cref="ExperimentException">The copy is not a valid experiment for this build (cannot happen for an unchanged folder).</exception>
    public Experiment Read(string path)
    {
        var bytes = Shards.Shards[0].ReadInput(path)
            ?? throw new ShardException($"'{Shards.Shards[0].Folder}' holds no copy of '{path}'; the folder is damaged, run that shard again");
        return ExperimentReader.ReadBytes(bytes, path);
    }

    /// <summary>The whole run's result for `negsim run`.</summary>
    public RunResult Run(CompiledModel model)
    {
        var outcomes = Outcomes(model, 0);
        return new RunResult(outcomes, outcomes.Replicates, false, TimeSpan.FromSeconds(Shards.WallSeconds));
    }

    /// <summary>The whole run's result for `negsim compare`.</summary>
    public PairedRunResult Paired(IReadOnlyList<CompiledModel> arms)
    {
        Expect(arms.Count + 1);
        var outcomes = arms.Select(Outcomes).ToList();
        var paired = new PairedAccumulator(MetricLayout.For(arms));
        AddWords(paired, accumulators[arms.Count]);
        return new PairedRunResult(outcomes, paired, paired.Replicates, false, TimeSpan.FromSeconds(Shards.WallSeconds));
    }

    /// <summary>Every point's result for `negsim sweep`, in point order.</summary>
    public IReadOnlyList<PairedAccumulator?> Points(IReadOnlyList<Func<CompiledModel>> points)
    {
        Expect(points.Count);
        var results = new PairedAccumulator?[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            results[i] = new PairedAccumulator(MetricLayout.For([points[i]()]));
            AddWords(results[i]!, accumulators[i]);
        }
        return results;
    }

    /// <summary>Concatenates the shards' per-replicate tables into <paramref name="tablesFolder"/>, in replicate order.</summary>
    public void WriteTables(string tablesFolder, CompiledModel model) => ReplicateTablesMerge.Concatenate(
        Shards.Shards.Select(s => Path.Combine(s.Folder, Experiments.Results.ResultsLayout.TablesFolder)).ToList(), tablesFolder, model);

    private OutcomeAccumulator Outcomes(CompiledModel model, int index)
    {
        Expect(index + 1, atLeast: true);
        var outcomes = MonteCarloRunner.NewAccumulator(model);
        var saved = accumulators[index];
        if (saved.Length != outcomes.Counters.Length)
            throw new ShardException($"the shards' accumulators do not fit this experiment ({saved.Length} counters, expected {outcomes.Counters.Length}); were they made by another build?");
        saved.CopyTo(outcomes.Counters, 0);
        return outcomes;
    }

    private static void AddWords(PairedAccumulator into, long[] words)
    {
        try { into.AddWords(words); }
        catch (ArgumentException e) { throw new ShardException($"the shards' paired sums do not fit this experiment: {e.Message}"); }
    }

    private void Expect(int count, bool atLeast = false)
    {
        if (atLeast ? accumulators.Count >= count : accumulators.Count == count) return;
        throw new ShardException($"the shards hold {accumulators.Count} accumulator arrays, expected {count}; a folder is damaged");
    }
}
