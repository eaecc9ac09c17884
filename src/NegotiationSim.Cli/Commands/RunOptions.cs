namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim run` was asked to do.</summary>
/// <param name="Experiment">Experiment file, or null for the embedded default.</param>
/// <param name="Runs">Replicates, overriding the file's; null keeps it.</param>
/// <param name="Seed">Seed, overriding the file's; null keeps it.</param>
/// <param name="Out">Results folder, or null for results/NAME-TIMESTAMP.</param>
/// <param name="Threads">Worker threads; 0 = one per core.</param>
/// <param name="Force">Replace an existing results folder.</param>
/// <param name="NoPlots">Skip the plots (faster; summary.json, experiment.json and the tables only).</param>
/// <param name="SaveReplicates">Also write every replicate to tables/replicates.parquet and tables/items.parquet.</param>
/// <param name="Reproduce">A results folder whose experiment, seed and runs to run again, or null.</param>
public sealed record RunOptions(string? Experiment, long? Runs, ulong? Seed, string? Out, int Threads, bool Force, bool NoPlots,
    bool SaveReplicates = false, string? Reproduce = null)
{
    /// <summary>The file's variant to run instead of its base scenario; null for the base.</summary>
    public string? Variant { get; init; }

    /// <summary>How the plots are drawn (<c>--style</c>).</summary>
    public NegotiationSim.Plots.PlotStyle Style { get; init; }

    /// <summary>Setting overrides as given to <c>--set</c> (PATH=VALUE), applied after the variant's changes.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Run only this shard (<c>--shard K/N</c> or <c>slurm</c>) and write a partial folder; null for the whole run.</summary>
    public string? Shard { get; init; }

    /// <summary>Set by <c>negsim merge</c>: take the shards' results instead of simulating (never saved with the options).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal MergedShards? Merged { get; init; }
}
