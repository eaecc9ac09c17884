using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>
/// Faratin, Sierra &amp; Jennings (1998) time-dependent concession: F(τ) = κ + (1 − κ)·τ^(1/e).
/// e &lt; 1 is Boulware (holds out), e = 1 linear, e &gt; 1 Conceder.
/// </summary>
/// <param name="Exponent">e &gt; 0.</param>
/// <param name="Initial">κ in [0, 1]: the share of the concession range given up at the first round.</param>
public sealed record ConcessionStrategy(Distribution Exponent, Distribution Initial);
