namespace NegotiationSim.Experiments.Results;

/// <summary>How a sweep's results folder was made, and how to make it again.</summary>
/// <param name="Tool">"negsim".</param>
/// <param name="Version">Tool version.</param>
/// <param name="Commit">Commit the tool was built from.</param>
/// <param name="Experiment">Scenario name.</param>
/// <param name="Source">The experiment file.</param>
/// <param name="ExperimentSha256">SHA-256 of its bytes (copied into the results folder).</param>
/// <param name="Variant">The variant swept, or null for the base scenario.</param>
/// <param name="Overrides">The --set overrides applied at every point, as PATH=VALUE.</param>
/// <param name="Parameters">The swept parameters as given (PATH=lo:hi:n).</param>
/// <param name="Design">"grid" (one or two parameters) or "saltelli" (three or more: Sobol' sequence, Saltelli 2010 / Jansen estimators).</param>
/// <param name="BaseSamples">N of the Saltelli design; 0 for a grid.</param>
/// <param name="Points">Number of points run.</param>
/// <param name="RunsPerPoint">Replicates per point.</param>
/// <param name="Seed">Master seed, shared by every point (common random numbers).</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="WallSeconds">Wall time of the simulation.</param>
/// <param name="StartedUtc">When it started.</param>
/// <param name="Reproduce">A command that reproduces the results.</param>
public sealed record SweepManifest(
    string Tool, string Version, string Commit, string Experiment, string Source, string ExperimentSha256, string? Variant,
    IReadOnlyList<string> Overrides, IReadOnlyList<string> Parameters, string Design, int BaseSamples, int Points, long RunsPerPoint,
    ulong Seed, int Threads, double WallSeconds, DateTime StartedUtc, string Reproduce);
