namespace NegotiationSim.Outcomes;

/// <summary>
/// One observer's belief that one typed initiator is resolute, over the sequence (docs/model.md §14): its distribution
/// after the mobilisation signal and after each meeting reached.
/// </summary>
/// <param name="Observer">Observer party id.</param>
/// <param name="Initiator">Initiator party id.</param>
/// <param name="InitiatorResolute">Probability that the initiator was resolute (its drawn type).</param>
/// <param name="AfterSignal">The belief before the first meeting, after the signal.</param>
/// <param name="AfterMeeting">Per meeting, in sequence order: the belief after it, over the replicates that reached it; null where none did.</param>
public sealed record BeliefSummary(string Observer, string Initiator, Proportion InitiatorResolute, Distribution01 AfterSignal,
    IReadOnlyList<Distribution01?> AfterMeeting);
