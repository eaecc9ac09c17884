using System.Runtime.CompilerServices;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// Faratin, Sierra &amp; Jennings (1998) polynomial time-dependent concession, F(τ) = κ + (1 − κ)·τ^(1/e).
/// NegMAS writes the same family with the exponent inverted (its "e" is our 1/e).
/// </summary>
internal static class ConcessionCurve
{
    /// <summary>The share of the concession range given up at normalised time <paramref name="tau"/> ∈ [0, 1].</summary>
    /// <param name="tau">t/(T − 1).</param>
    /// <param name="initial">κ ∈ [0, 1].</param>
    /// <param name="exponent">e &gt; 0: &lt; 1 Boulware, 1 linear, &gt; 1 Conceder.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Fraction(double tau, double initial, double exponent) =>
        initial + (1 - initial) * (tau <= 0 ? 0 : Math.Pow(tau, 1 / exponent));

    /// <summary>The same fraction from ln τ and 1/e, as the kernel evaluates it: κ + (1 − κ)·exp(ln τ / e).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FractionFromLog(double lnTau, double initial, double inverseExponent) =>
        initial + (1 - initial) * Math.Exp(lnTau * inverseExponent);

    /// <summary>Aspiration α = 1 − (1 − floor)·F(τ): utility the party still insists on; floor = max(reservation, disagreement).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Aspiration(double floor, double fraction) => 1 - (1 - floor) * fraction;
}
