namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim sweep` was asked to do.</summary>
/// <param name="Experiment">Experiment file.</param>
/// <param name="Parameters">Swept settings as given to <c>--param</c> (PATH=lo:hi:n).</param>
/// <param name="Runs">Replicates per point; null for <see cref="SweepCommand.DefaultRunsPerPoint"/>.</param>
/// <param name="Samples">Base samples N of a Saltelli design (three or more parameters): N(d + 2) points.</param>
/// <param name="Seed">Master seed shared by every point; null takes the file's.</param>
/// <param name="Out">Results folder, or null for results/sweep-NAME-TIMESTAMP.</param>
/// <param name="Threads">Worker threads; 0 = one per core.</param>
/// <param name="Force">Replace an existing results folder.</param>
/// <param name="NoPlots">Skip the plots.</param>
public sealed record SweepOptions(string Experiment, IReadOnlyList<string> Parameters, long? Runs, int Samples, ulong? Seed, string? Out, int Threads, bool Force, bool NoPlots)
{
    /// <summary>Setting overrides (PATH=VALUE) applied at every point before the swept values.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>The file's variant to sweep; null for its base scenario.</summary>
    public string? Variant { get; init; }

    /// <summary>How the plots are drawn (<c>--style</c>).</summary>
    public NegotiationSim.Plots.PlotStyle Style { get; init; }

    /// <summary>Run only this shard (<c>--shard K/N</c> or <c>slurm</c>) and write a partial folder; null for the whole run.</summary>
    public string? Shard { get; init; }

    /// <summary>Set by <c>negsim merge</c>: take the shards' results instead of simulating (never saved with the options).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal MergedShards? Merged { get; init; }
}
