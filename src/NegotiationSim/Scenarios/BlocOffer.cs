namespace NegotiationSim.Scenarios;

/// <summary>How a bloc forms the offer it puts on the table (docs/model.md §15.2).</summary>
public enum BlocOffer
{
    /// <summary>Its leader offers from its own (cohesion-adjusted) ideal within its own red lines (§4.4).</summary>
    Leader,
    /// <summary>The members' common position (eq. 5), within every member's red lines, conceded at the leader's pace.</summary>
    Common,
}
