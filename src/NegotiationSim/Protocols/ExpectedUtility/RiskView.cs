namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// Whose risk exponent an actor uses when it weighs an offer, that is when receiver i evaluates E_i(j)
/// and the sender's E_j(i) (docs/expected-utility.md, "Offers").
/// </summary>
public enum RiskView
{
    /// <summary>The authors' code: the receiver evaluates both expected utilities with its own exponent r_i (its perception of j).</summary>
    Receiver = 0,

    /// <summary>Each expected utility with its own actor's exponent: E_i(j) with r_i, E_j(i) with r_j.</summary>
    Own = 1,
}
