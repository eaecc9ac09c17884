namespace NegotiationSim.Experiments.Results;

/// <summary>Everything needed to say how a results folder was made, and to make it again.</summary>
/// <param name="Tool">"negsim".</param>
/// <param name="Version">Tool version.</param>
/// <param name="Commit">Commit the tool was built from.</param>
/// <param name="Experiment">Experiment name.</param>
/// <param name="Source">Where the experiment came from (a path, or "embedded default").</param>
/// <param name="ExperimentSha256">SHA-256 of the experiment file's bytes; experiment.json in the folder is that file.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Runs">Replicates asked for.</param>
/// <param name="CompletedRuns">Replicates actually run.</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="WallSeconds">Wall time of the simulation.</param>
/// <param name="StartedUtc">When the run started.</param>
/// <param name="Reproduce">A command that reproduces the results from this folder.</param>
public sealed record Manifest(
    string Tool, string Version, string Commit, string Experiment, string Source, string ExperimentSha256,
    ulong Seed, long Runs, long CompletedRuns, int Threads, double WallSeconds, DateTime StartedUtc, string Reproduce)
{
    /// <summary>The experiment file's variant that was run (<c>--variant</c>), or null for its base scenario.</summary>
    public string? Variant { get; init; }

    /// <summary>The <c>--set</c> overrides applied, as PATH=VALUE, in order.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];
}
