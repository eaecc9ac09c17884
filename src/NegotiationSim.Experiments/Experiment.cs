using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments;

/// <summary>A validated experiment file: the scenario and how to run it.</summary>
/// <param name="Source">Where it came from: the path as given, or the source name passed to the reader.</param>
/// <param name="Scenario">The validated scenario.</param>
/// <param name="Runs">Monte Carlo replicates, ≥ 1 (the file's <c>runs</c>; the CLI's <c>--runs</c> may override it).</param>
/// <param name="Seed">Master seed (the file's <c>seed</c>; the CLI's <c>--seed</c> may override it).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes, recorded in results manifests so a result can be traced to the exact file.</param>
/// <param name="Content">The file's exact bytes, copied into every results folder so that the run can be repeated from it.</param>
public sealed record Experiment(string Source, Scenario Scenario, long Runs, ulong Seed, string Sha256, byte[] Content)
{
    /// <summary>The variants the file lists under <c>"variants"</c>, in file order; empty when it lists none.</summary>
    public IReadOnlyList<ExperimentVariant> Variants { get; init; } = [];

    /// <summary>The variant this experiment is (see <see cref="ExperimentReader.Materialise"/>); null for the file's base scenario.</summary>
    public string? Variant { get; init; }

    /// <summary>The overrides applied on top of the file (and variant), e.g. from <c>--set</c>; empty for none.</summary>
    public IReadOnlyList<SettingOverride> Overrides { get; init; } = [];

    /// <summary>The file's parsed tree (with its variants), parties' <c>like</c> resolved (<see cref="PartyTemplates"/>), from which variants and overrides are materialised.</summary>
    internal SourceNode? Tree { get; init; }

    /// <summary>The variants as written, for materialising them.</summary>
    internal IReadOnlyList<VariantDefinition> Definitions { get; init; } = [];
}
