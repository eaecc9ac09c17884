namespace NegotiationSim.Inference;

/// <summary>
/// One checkable statement about a replicate: <see cref="Kind"/> applied to <see cref="Index"/> (a meeting, item,
/// party or ending, by the compiled model's order) is <see cref="Expected"/>.
/// </summary>
/// <param name="Kind">What is looked at.</param>
/// <param name="Index">The meeting, item, party or <see cref="Ending"/> it concerns; for <see cref="PatternConditionKind.War"/>, the meeting before which war must have begun (the number of meetings: by the final decision).</param>
/// <param name="Expected">The value the record had.</param>
public readonly record struct PatternCondition(PatternConditionKind Kind, int Index, bool Expected);
