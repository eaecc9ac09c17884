namespace NegotiationSim.Experiments.Results;

/// <summary>How a comparison's results folder was made, and how to make it again.</summary>
/// <param name="Tool">"negsim".</param>
/// <param name="Version">Tool version.</param>
/// <param name="Commit">Commit the tool was built from.</param>
/// <param name="Arms">The arms, the base first.</param>
/// <param name="CommonRandomNumbers">True when every arm ran on the same seed (paired on common random numbers); false with --independent.</param>
/// <param name="Overrides">The --set overrides applied to every arm, as PATH=VALUE.</param>
/// <param name="Runs">Replicates per arm asked for.</param>
/// <param name="CompletedRuns">Replicates per arm actually run.</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="WallSeconds">Wall time of the simulation.</param>
/// <param name="StartedUtc">When it started.</param>
/// <param name="Reproduce">A command that reproduces the results.</param>
public sealed record CompareManifest(
    string Tool, string Version, string Commit, IReadOnlyList<ManifestArm> Arms, bool CommonRandomNumbers, IReadOnlyList<string> Overrides,
    long Runs, long CompletedRuns, int Threads, double WallSeconds, DateTime StartedUtc, string Reproduce);
