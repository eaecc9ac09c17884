namespace NegotiationSim.Scenarios;

/// <summary>
/// A complete, validated negotiation situation: what a researcher describes (docs/model.md §2).
/// Built by the experiment reader; compiled to flat arrays by <see cref="Engine.Compilation.CompiledModel"/>.
/// </summary>
/// <param name="Name">Short name shown on plots.</param>
/// <param name="Description">One paragraph on what the scenario represents.</param>
/// <param name="Items">Agenda items.</param>
/// <param name="Parties">Parties.</param>
/// <param name="Blocs">Blocs; a party belongs to at most one.</param>
/// <param name="Meetings">The meeting sequence, in order; at least one.</param>
/// <param name="Trust">Trust dynamics.</param>
/// <param name="Rules">Between-meeting and end-of-sequence rules.</param>
/// <param name="LossExponent">k in u = Σ w (1 − |x − p|^k): 1 or 2.</param>
/// <param name="War">What war means, when the scenario describes it (docs/model.md §13.1); null: only fixed outside options.</param>
/// <param name="Bargaining">How offers are made and judged (§13); null: <see cref="BargainingRules.Classic"/>.</param>
public sealed record Scenario(
    string Name,
    string Description,
    IReadOnlyList<AgendaItem> Items,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<Bloc> Blocs,
    IReadOnlyList<Meeting> Meetings,
    TrustRules Trust,
    SequenceRules Rules,
    int LossExponent,
    War? War = null,
    BargainingRules? Bargaining = null)
{
    /// <summary>The bargaining rules in force: <see cref="Bargaining"/>, or the classic rules of §4.</summary>
    public BargainingRules BargainingInForce => Bargaining ?? BargainingRules.Classic;
}
