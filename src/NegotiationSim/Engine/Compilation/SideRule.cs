namespace NegotiationSim.Engine.Compilation;

/// <summary>How a side of a meeting decides on an offer (docs/model.md §4.5, §15.1), or that it only mediates (§15.4).</summary>
internal enum SideRule : byte
{
    /// <summary>Every member present must accept (a party on its own is a consensus of one).</summary>
    Consensus,
    /// <summary>Only the side's leader decides.</summary>
    Leader,
    /// <summary>Accepting members must hold at least the side's threshold share of the present members' capability.</summary>
    Weighted,
    /// <summary>A mediator: proposes compromises and never decides.</summary>
    Mediator,
}
