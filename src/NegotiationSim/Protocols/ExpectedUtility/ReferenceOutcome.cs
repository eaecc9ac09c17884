namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// The expected outcome μ that U_b and U_w measure against: what actor i expects if j's position changes
/// without a challenge. It only matters when the status-quo probability Q is below 1.
/// </summary>
public enum ReferenceOutcome
{
    /// <summary>The median-voter (Condorcet) position at the start of the round, as the paper writes.</summary>
    MedianVoter = 0,

    /// <summary>The capability × salience weighted mean at the start of the round (as in one public replication).</summary>
    WeightedMean = 1,
}
