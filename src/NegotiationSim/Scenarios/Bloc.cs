using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>Parties that coordinate (docs/model.md §2): they propose as one side and decide by <see cref="Rule"/>.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Members">Party ids, at least two.</param>
/// <param name="Cohesion">In [0, 1]: how far each member's ideal is pulled toward the bloc's common position.</param>
/// <param name="Rule">How the bloc decides whether to accept an offer.</param>
/// <param name="Threshold">Under <see cref="BlocRule.Weighted"/>: the share of the present members' capability that must accept, in (0, 1] (docs/model.md §15.1).</param>
/// <param name="Offer">How the bloc's offer is formed (§15.2).</param>
public sealed record Bloc(string Id, IReadOnlyList<string> Members, Distribution Cohesion, BlocRule Rule, double Threshold = 0.5, BlocOffer Offer = BlocOffer.Leader);
