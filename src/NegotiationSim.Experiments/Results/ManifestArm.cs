namespace NegotiationSim.Experiments.Results;

/// <summary>One arm of a comparison, as recorded in its manifest.</summary>
/// <param name="Name">The arm's name in tables and plots.</param>
/// <param name="Source">The experiment file it comes from.</param>
/// <param name="Variant">The file's variant, or null for its base scenario.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ExperimentSha256">SHA-256 of the file's bytes (copied into the results folder).</param>
/// <param name="Seed">The master seed the arm ran with.</param>
public sealed record ManifestArm(string Name, string Source, string? Variant, string Scenario, string ExperimentSha256, ulong Seed);
