namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// How the probability P_i(j) that actor i prevails over actor j is normalised
/// (Scholz, Calbert &amp; Smith 2011, §4; docs/expected-utility.md, "Probability of success").
/// Both modes share the numerator Σ_k max(0, v_k(i, j)), the capability × salience weighted votes of the
/// actors k who prefer i's position to j's.
/// </summary>
public enum ProbabilityMode
{
    /// <summary>
    /// The denominator sums |v_k(a, b)| over every voter k and every ordered pair of actors (a, b), as the
    /// authors' own code does (reported by the public Python translations of it). Probabilities are small
    /// and P_i(j) + P_j(i) &lt; 1. This is the reading that reproduces Scholz et al.'s Table 2.
    /// </summary>
    AuthorsCode = 0,

    /// <summary>
    /// The paper's formula: the denominator is Σ_k |v_k(i, j)| for the pair at hand only, so that
    /// P_i(j) + P_j(i) = 1 whenever some voter is not indifferent.
    /// </summary>
    Paper = 1,
}
