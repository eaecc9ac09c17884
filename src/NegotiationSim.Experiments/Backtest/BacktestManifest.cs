namespace NegotiationSim.Experiments.Backtest;

/// <summary>How a backtest's results folder was made, and how to make it again.</summary>
/// <param name="Tool">"negsim".</param>
/// <param name="Version">Tool version.</param>
/// <param name="Commit">Commit the tool was built from.</param>
/// <param name="Source">The cases file as given.</param>
/// <param name="SourceSha256">SHA-256 of its bytes (the folder holds a copy, cases.csv).</param>
/// <param name="Layout">"wide" (DEU) or "long".</param>
/// <param name="Capability">The --capability rule.</param>
/// <param name="Cases">Cases forecast.</param>
/// <param name="CasesWithOutcome">Cases with an outcome (the most any model is scored on).</param>
/// <param name="Runs">Monte Carlo replicates per case.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="BootstrapResamples">Resamples of the paired bootstrap.</param>
/// <param name="Protocol">The protocol's distributions, in words.</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="WallSeconds">Wall time of the forecasts and scores.</param>
/// <param name="StartedUtc">When it started.</param>
/// <param name="Reproduce">A command that reproduces the folder from inside it.</param>
public sealed record BacktestManifest(
    string Tool, string Version, string Commit, string Source, string SourceSha256, string Layout, string Capability,
    int Cases, int CasesWithOutcome, int Runs, ulong Seed, int BootstrapResamples, string Protocol, int Threads,
    double WallSeconds, DateTime StartedUtc, string Reproduce);
