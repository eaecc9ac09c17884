namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim compare` was asked to do.</summary>
/// <param name="Experiments">Experiment files: all variants of one file, or several files (each with its variants).</param>
/// <param name="Runs">Replicates per arm; null takes the first file's "runs".</param>
/// <param name="Seed">Master seed; null takes the first file's "seed".</param>
/// <param name="Out">Results folder, or null for results/compare-NAME-TIMESTAMP.</param>
/// <param name="Threads">Worker threads; 0 = one per core.</param>
/// <param name="Force">Replace an existing results folder.</param>
/// <param name="NoPlots">Skip the plots.</param>
/// <param name="Independent">Run arm k on seed + k instead of common random numbers (to measure what pairing gains).</param>
public sealed record CompareOptions(IReadOnlyList<string> Experiments, long? Runs, ulong? Seed, string? Out, int Threads, bool Force, bool NoPlots, bool Independent)
{
    /// <summary>Setting overrides (PATH=VALUE) applied to every arm after its own changes.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Only these variants (the base is always kept); empty for all.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The arm every difference is taken against; null for the first file's base.</summary>
    public string? Base { get; init; }

    /// <summary>How the plots are drawn (<c>--style</c>).</summary>
    public NegotiationSim.Plots.PlotStyle Style { get; init; }

    /// <summary>Run only this shard (<c>--shard K/N</c> or <c>slurm</c>) and write a partial folder; null for the whole run.</summary>
    public string? Shard { get; init; }

    /// <summary>Set by <c>negsim merge</c>: take the shards' results instead of simulating (never saved with the options).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal MergedShards? Merged { get; init; }
}
