namespace NegotiationSim.Scenarios;

/// <summary>The negotiation protocol a meeting runs.</summary>
public enum ProtocolKind
{
    /// <summary>Multilateral alternating offers with time-dependent concession (docs/model.md §4).</summary>
    AlternatingOffers,
    /// <summary>Bueno de Mesquita's expected-utility model as formalised by Scholz, Calbert &amp; Smith (2011), item by item (docs/model.md §4.11).</summary>
    ExpectedUtility,
}
