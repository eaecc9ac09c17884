namespace NegotiationSim.Scenarios;

/// <summary>How a bloc decides on an offer.</summary>
public enum BlocRule
{
    /// <summary>Every member must accept.</summary>
    Consensus,
    /// <summary>The member with the highest base capability decides for the bloc.</summary>
    Leader,
}
