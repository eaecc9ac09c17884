namespace NegotiationSim.Outcomes;

/// <summary>
/// Everything one replicate produced (docs/model.md §7), as plain data: for inspecting single replicates and for
/// checking the engine against the reference implementation. The engine itself never builds these in its loop.
/// </summary>
/// <param name="Ending">How the sequence ended.</param>
/// <param name="MeetingsHeld">Number of meetings held.</param>
/// <param name="Agreed">Per item: agreed or not.</param>
/// <param name="Value">Per item: the value in force at the end (agreed, or the status quo).</param>
/// <param name="Meeting">Per item: index of the meeting that agreed it, or −1.</param>
/// <param name="Round">Per item: the round of agreement (1-based), or 0.</param>
/// <param name="Utility">Per party: utility of the final outcome.</param>
/// <param name="WalkedOut">Per party: walked out of some meeting.</param>
/// <param name="Escalated">Per party: took its outside option.</param>
public sealed record ReplicateRecord(
    Ending Ending, int MeetingsHeld,
    IReadOnlyList<bool> Agreed, IReadOnlyList<double> Value, IReadOnlyList<int> Meeting, IReadOnlyList<int> Round,
    IReadOnlyList<double> Utility, IReadOnlyList<bool> WalkedOut, IReadOnlyList<bool> Escalated);
