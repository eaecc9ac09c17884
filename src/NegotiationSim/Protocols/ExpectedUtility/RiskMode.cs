namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// How each actor's risk exponent r_i in [0.5, 2] is found at the start of a round
/// (docs/expected-utility.md, "Risk exponents").
/// </summary>
public enum RiskMode
{
    /// <summary>
    /// The authors' code: with every exponent set to 1, actor i's danger is Σ_{j≠i} E_j(i), the others'
    /// expected utility of challenging it; R_i = (2 danger_i − max − min) / (max − min) over all actors,
    /// and r_i = (1 − R_i/3) / (1 + R_i/3). Recomputed every round.
    /// </summary>
    AcrossActors = 0,

    /// <summary>
    /// Bueno de Mesquita's stated intent as read by some replications: the max and min are taken over the
    /// dangers actor i itself would face at each position currently held by some actor (O(n⁵) a round).
    /// </summary>
    AcrossPositions = 1,

    /// <summary>Every actor risk-neutral, r_i = 1 (an ablation).</summary>
    Neutral = 2,
}
