using NegotiationSim.Inference;

namespace NegotiationSim.Cli.Commands;

/// <summary>The options of `negsim infer` (docs/cli.md).</summary>
public sealed record InferOptions(string Experiment, string Patterns, AbcMethod Method, int Draws, int Replicates, int Tolerance, double MinimumEss,
    ulong? Seed, int PredictiveDraws, string? Out, int Threads, bool Force, bool NoPlots, IReadOnlyList<string> Sets);
