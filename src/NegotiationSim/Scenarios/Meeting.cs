namespace NegotiationSim.Scenarios;

/// <summary>One meeting of the sequence.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Display name.</param>
/// <param name="Participants">Party ids; every one must attend for the meeting to be held.</param>
/// <param name="Items">Agenda item ids; items settled earlier are skipped.</param>
/// <param name="Rounds">Round limit T ≥ 1.</param>
/// <param name="Settlement">Package or item by item.</param>
/// <param name="Protocol">The protocol.</param>
/// <param name="Date">The day it is held, for the calendar of docs/model.md §13.3; null for an undated meeting.</param>
/// <param name="Hours">Its duration in hours, &gt; 0, over which the rounds are a grid (§13.5); null: rounds are the clock.</param>
/// <param name="Format">Talks or written answers (§13.7).</param>
public sealed record Meeting(
    string Id,
    string Name,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Items,
    int Rounds,
    Settlement Settlement,
    ProtocolKind Protocol,
    DateOnly? Date = null,
    double? Hours = null,
    MeetingFormat Format = MeetingFormat.Talks);
