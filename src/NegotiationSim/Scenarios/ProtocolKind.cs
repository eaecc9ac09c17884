namespace NegotiationSim.Scenarios;

/// <summary>The negotiation protocol a meeting runs.</summary>
public enum ProtocolKind
{
    /// <summary>Multilateral alternating offers with time-dependent concession (MODEL.md §4).</summary>
    AlternatingOffers,
}
