namespace NegotiationSim.Scenarios;

/// <summary>How a bloc decides on an offer.</summary>
public enum BlocRule
{
    /// <summary>Every member must accept.</summary>
    Consensus,
    /// <summary>The member with the highest base capability decides for the bloc.</summary>
    Leader,
    /// <summary>The offer passes when the members accepting it hold at least the bloc's threshold share of the present members' capability (docs/model.md §15.1).</summary>
    Weighted,
}
