namespace NegotiationSim.Scenarios;

/// <summary>How the logistic acceptance of eq. 15 draws its noise (docs/model.md §13.5).</summary>
public enum AcceptanceNoise
{
    /// <summary>A fresh uniform for every offer: more rounds mean more chances to accept by luck.</summary>
    PerOffer,
    /// <summary>One logistic threshold per responder and negotiation: the number of rounds does not add luck.</summary>
    PerNegotiation,
}
