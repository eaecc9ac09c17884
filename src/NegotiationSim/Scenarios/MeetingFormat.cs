namespace NegotiationSim.Scenarios;

/// <summary>How a meeting's parties exchange offers (docs/model.md §13.7).</summary>
public enum MeetingFormat
{
    /// <summary>Talks at a table: alternating offers over the meeting's rounds, walkouts possible.</summary>
    Talks,
    /// <summary>
    /// Written answers: the first side sends one written offer, the other side replies with one counter-offer; both are
    /// considered positions (made at τ = 1), nobody walks out, and the recipient's "attendance" is whether it answers.
    /// </summary>
    Written,
}
