using System.Runtime.CompilerServices;

namespace NegotiationSim.Uncertainty;

/// <summary>
/// The standard normal quantile Φ⁻¹(p) by Acklam's rational approximation (P. J. Acklam, "An algorithm
/// for computing the inverse normal cumulative distribution function", 2003; relative error below 1.15e-9).
/// Used by the truncated-normal sampler, where MathNet's exact InvCDF costs several times more per draw.
/// </summary>
public static class NormalQuantile
{
    private const double Low = 0.02425;
    private const double High = 1 - Low;

    /// <summary>Φ⁻¹(p) for p in (0, 1); ±∞ at the ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(double p)
    {
        if (p <= 0) return double.NegativeInfinity;
        if (p >= 1) return double.PositiveInfinity;
        if (p < Low)
        {
            double q = Math.Sqrt(-2 * Math.Log(p));
            return Tail(q);
        }
        if (p > High)
        {
            double q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -Tail(q);
        }
        double r = p - 0.5, s = r * r;
        return (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
             / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s + 6.680131188771972e+01) * s - 1.328068155288572e+01) * s + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Tail(double q) =>
        (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
}
