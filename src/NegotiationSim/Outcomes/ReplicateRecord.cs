using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;


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
    IReadOnlyList<double> Utility, IReadOnlyList<bool> WalkedOut, IReadOnlyList<bool> Escalated)
{
    /// <summary>Samples and plays replicate <paramref name="replicate"/> of <paramref name="model"/> on its own and reads its outcome row (allocates: for inspection and tests, not for runs).</summary>
    internal static ReplicateRecord Inspect(CompiledModel model, ulong seed, long replicate)
    {
        ArgumentNullException.ThrowIfNull(model);
        var block = new ReplicateBlock(model);
        block.Run(seed, replicate, 1);
        var R = block.Rows;
        var row = block.Row(0).ToArray();
        bool[] Flags(int at, int n) => Enumerable.Range(0, n).Select(i => row[at + i] != 0).ToArray();
        return new ReplicateRecord((Ending)(int)row[R.Ending], (int)row[R.MeetingsHeld],
            Flags(R.ItemAgreed, R.Items), row.AsSpan(R.ItemValue, R.Items).ToArray(),
            Enumerable.Range(0, R.Items).Select(i => (int)row[R.ItemMeeting + i]).ToArray(),
            Enumerable.Range(0, R.Items).Select(i => (int)row[R.ItemRound + i]).ToArray(),
            row.AsSpan(R.PartyUtility, R.Parties).ToArray(), Flags(R.PartyWalkedOut, R.Parties), Flags(R.PartyEscalated, R.Parties));
    }
}
