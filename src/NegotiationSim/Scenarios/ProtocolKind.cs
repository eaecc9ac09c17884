namespace NegotiationSim.Scenarios;

/// <summary>The negotiation protocol a meeting runs.</summary>
public enum ProtocolKind
{
    /// <summary>Multilateral alternating offers with time-dependent concession (MODEL.md §4).</summary>
    AlternatingOffers,
    /// <summary>Bueno de Mesquita's expected-utility model as formalised by Scholz, Calbert &amp; Smith (2011), item by item (MODEL.md §5).</summary>
    ExpectedUtility,
}
