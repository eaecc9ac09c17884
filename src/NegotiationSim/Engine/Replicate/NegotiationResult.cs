namespace NegotiationSim.Engine.Replicate;

/// <summary>How one negotiation (a package, or a single item) ended.</summary>
/// <param name="Agreed">True when every side accepted the offer on the table.</param>
/// <param name="RoundsPlayed">Rounds played, 1-based; the agreement (if any) came in the last of them.</param>
/// <param name="WalkoutParty">Index of the party that walked out, or −1.</param>
internal readonly record struct NegotiationResult(bool Agreed, int RoundsPlayed, int WalkoutParty);
