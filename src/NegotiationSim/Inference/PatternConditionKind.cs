namespace NegotiationSim.Inference;

/// <summary>What one condition of a record pattern looks at in a replicate (docs/validation.md, "Patterns files").</summary>
public enum PatternConditionKind
{
    /// <summary>Meeting <c>Index</c> was held (every participant attended).</summary>
    MeetingHeld,
    /// <summary>Meeting <c>Index</c> was reached (no war before it, the sequence not ended before it) and someone stayed away.</summary>
    MeetingDeclined,
    /// <summary>Someone walked out of meeting <c>Index</c> (needs <c>rules.endOnWalkout</c>: the walkout ends the sequence there).</summary>
    MeetingWalkout,
    /// <summary>Meeting <c>Index</c> agreed at least one item.</summary>
    MeetingAgreed,
    /// <summary>Item <c>Index</c> was agreed by the end of the sequence.</summary>
    ItemAgreed,
    /// <summary>The sequence ended as <see cref="Ending"/> <c>Index</c>.</summary>
    Ending,
    /// <summary>Some party went to war: before meeting <c>Index</c> was reached, or by the final decision when <c>Index</c> is the number of meetings.</summary>
    War,
    /// <summary>Party <c>Index</c> walked out of some meeting.</summary>
    PartyWalkedOut,
    /// <summary>Party <c>Index</c> took its outside option (started the war).</summary>
    PartyEscalated,
    /// <summary>Some party walked out of some meeting.</summary>
    AnyWalkout,
}
