using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>Trust between the sides, in [0, 1], carried from meeting to meeting (docs/model.md §§5–6).</summary>
/// <param name="Initial">Trust before the first meeting.</param>
/// <param name="GainOnAgreement">Added after a meeting that settles at least one item.</param>
/// <param name="LossOnFailure">Subtracted after a meeting that settles nothing, or one a party stayed away from.</param>
/// <param name="LossOnWalkout">Subtracted after a walkout.</param>
public sealed record TrustRules(Distribution Initial, Distribution GainOnAgreement, Distribution LossOnFailure, Distribution LossOnWalkout);
