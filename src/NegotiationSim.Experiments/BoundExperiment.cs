using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments;

/// <summary>What <see cref="ExperimentBinder"/> makes of a file; only meaningful when no error was reported.</summary>
internal sealed record BoundExperiment(Scenario Scenario, long Runs, ulong Seed, IReadOnlyList<VariantDefinition> Variants);
