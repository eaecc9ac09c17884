using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>What happens between meetings and at the end of the sequence (docs/model.md §§5–6).</summary>
/// <param name="EndOnDecline">A meeting a party stays away from ends the sequence.</param>
/// <param name="EndOnWalkout">A walkout ends the sequence.</param>
/// <param name="EscalationTemperature">T_esc &gt; 0 in P(escalation) = σ((o − U)/T_esc).</param>
/// <param name="EscalationDate">The day of the final escalation decision (docs/model.md §13.3); null: after the last meeting, undated.</param>
public sealed record SequenceRules(bool EndOnDecline, bool EndOnWalkout, Distribution EscalationTemperature, DateOnly? EscalationDate = null);
