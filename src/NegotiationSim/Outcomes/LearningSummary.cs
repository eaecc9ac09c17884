namespace NegotiationSim.Outcomes;

/// <summary>
/// What private information did (docs/model.md §14.5): beliefs over the sequence, and whether wars followed a
/// misperception (some observer's belief favouring the wrong type at a table or at the decision) or a true absence of a bargaining range.
/// All probabilities have every replicate as denominator.
/// </summary>
/// <param name="Beliefs">Per observer–initiator pair.</param>
/// <param name="Misperceived">Some observer's belief favoured the wrong type at the start of some negotiation or at the decision for war (whether or not war came).</param>
/// <param name="WarAfterMisperception">War, with a misperception at its decision.</param>
/// <param name="WarWithoutRange">War, with no bargaining range (eq. 32).</param>
/// <param name="WarMisperceivedWithRange">War with a misperception although a bargaining range existed: war from misperception.</param>
/// <param name="WarNoRangeCorrectBeliefs">War with every belief on the right side and no bargaining range: war from a true absence of a range.</param>
public sealed record LearningSummary(IReadOnlyList<BeliefSummary> Beliefs, Proportion Misperceived, Proportion WarAfterMisperception,
    Proportion WarWithoutRange, Proportion WarMisperceivedWithRange, Proportion WarNoRangeCorrectBeliefs);
