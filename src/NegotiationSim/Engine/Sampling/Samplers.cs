using System.Runtime.CompilerServices;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Engine.Sampling;

/// <summary>
/// Allocation-free samplers for the flattened distributions of <see cref="SamplerSpec"/>.
/// Written here rather than calling MathNet because MathNet's samplers are objects bound to an
/// <c>System.Random</c>, and its Beta costs ~80 ns a draw; these run on a struct stream and are
/// checked against MathNet's CDFs by Kolmogorov–Smirnov and moment tests.
/// </summary>
internal static class Samplers
{
    /// <summary>Flattens a validated distribution. Choice values and cumulative weights, and Beta hat tables, are appended to <paramref name="lookupTable"/>.</summary>
    public static SamplerSpec Compile(Distribution d, List<double> lookupTable)
    {
        switch (d.Kind)
        {
            case DistributionKind.Fixed:
            case DistributionKind.Uniform:
            case DistributionKind.Normal:
                return new(d.Kind, d.A, d.B, 0, 0, 0, 0, 0, 0, 0, 0);
            case DistributionKind.TruncatedNormal:
            {
                // Inverse-CDF sampling on whichever tail keeps the probabilities away from 1, where
                // doubles lose resolution: for an interval above the mean, reflect it below.
                double mean = d.A, sd = d.B, a = (d.C - mean) / sd, b = (d.D - mean) / sd;
                bool reflect = a > 0;
                double lo = reflect ? -b : a, hi = reflect ? -a : b;
                double pLo = MathNet.Numerics.Distributions.Normal.CDF(0, 1, lo);
                double pHi = MathNet.Numerics.Distributions.Normal.CDF(0, 1, hi);
                return new(d.Kind, mean, reflect ? -sd : sd, pLo, pHi - pLo, d.C, d.D, 0, 0, 0, 0);
            }
            case DistributionKind.Beta:
                return CompileBeta(d.A, d.B, d.C, d.D, lookupTable);
            case DistributionKind.Pert:
            {
                double range = d.C - d.A;
                return CompileBeta(1 + 4 * (d.B - d.A) / range, 1 + 4 * (d.C - d.B) / range, d.A, d.C, lookupTable);
            }
            case DistributionKind.Triangular:
                return new(d.Kind, d.A, d.B, d.C, (d.B - d.A) / (d.C - d.A), 0, 0, 0, 0, 0, 0);
            case DistributionKind.Choice:
            {
                int start = lookupTable.Count;
                double total = d.Weights.Sum(), cumulative = 0;
                for (int i = 0; i < d.Values.Count; i++)
                {
                    cumulative += d.Weights[i] / total;
                    lookupTable.Add(d.Values[i]);
                    lookupTable.Add(i == d.Values.Count - 1 ? 1.0 : cumulative);
                }
                return new(d.Kind, 0, 0, 0, 0, 0, 0, 0, 0, start, d.Values.Count);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(d), d.Kind, "unknown distribution kind");
        }
    }

    // Shapes both ≥ 1 (every PERT): rejection from a tabulated hat (BetaHat), ~3 uniforms a draw. Otherwise the
    // gamma ratio, with the Marsaglia–Tsang constants d = a − 1/3 and c = 1/√(9d) computed once; a shape below 1 is
    // drawn as Gamma(a + 1)·U^(1/a), so its 1/a is kept too (0 when not needed).
    private static SamplerSpec CompileBeta(double alpha, double beta, double lower, double upper, List<double> table)
    {
        if (alpha >= 1 && beta >= 1)
            return new(DistributionKind.Beta, alpha - 1, beta - 1, 0, 0, lower, upper, 0, 0, BetaHat.Build(alpha, beta, table), BetaHat.Intervals);
        double a = alpha < 1 ? alpha + 1 : alpha, b = beta < 1 ? beta + 1 : beta;
        double da = a - 1.0 / 3, db = b - 1.0 / 3;
        return new(DistributionKind.Beta, da, 1 / Math.Sqrt(9 * da), db, 1 / Math.Sqrt(9 * db), lower, upper,
            alpha < 1 ? 1 / alpha : 0, beta < 1 ? 1 / beta : 0, 0, 0);
    }

    /// <summary>One draw. <paramref name="lookupTable"/> holds (value, cumulative weight) pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Draw(in SamplerSpec s, ref RandomStream rng, ReadOnlySpan<double> lookupTable)
    {
        switch (s.Kind)
        {
            case DistributionKind.Fixed:
                return s.P0;
            case DistributionKind.Uniform:
                return s.P0 + (s.P1 - s.P0) * rng.NextDouble();
            case DistributionKind.Normal:
                return s.P0 + s.P1 * Ziggurat.Next(ref rng);
            case DistributionKind.TruncatedNormal:
            {
                double x = s.P0 + s.P1 * NormalQuantile.Of(s.P2 + s.P3 * rng.NextOpenDouble());
                return Math.Clamp(x, s.P4, s.P5);
            }
            case DistributionKind.Beta when s.TableCount > 0:
                return s.P4 + (s.P5 - s.P4) * BetaHat.Draw(s.P0, s.P1, s.TableStart, lookupTable, ref rng);
            case DistributionKind.Beta:
            {
                double g1 = Gamma(s.P0, s.P1, s.P6, ref rng), g2 = Gamma(s.P2, s.P3, s.P7, ref rng);
                double sum = g1 + g2;
                // Shapes far below 1 can underflow both gammas to 0: the Beta is then all but a coin on {0, 1},
                // weighted as the shapes are (α = 1/P6, β = 1/P7).
                double x = sum > 0 ? g1 / sum : (rng.NextDouble() * (s.P6 + s.P7) < s.P7 ? 1 : 0);
                return s.P4 + (s.P5 - s.P4) * x;
            }
            case DistributionKind.Triangular:
            {
                double u = rng.NextDouble(), range = s.P2 - s.P0;
                return u < s.P3
                    ? s.P0 + Math.Sqrt(u * range * (s.P1 - s.P0))
                    : s.P2 - Math.Sqrt((1 - u) * range * (s.P2 - s.P1));
            }
            case DistributionKind.Choice:
            {
                double u = rng.NextDouble();
                int end = s.TableStart + 2 * s.TableCount;
                for (int i = s.TableStart; i < end; i += 2)
                    if (u < lookupTable[i + 1]) return lookupTable[i];
                return lookupTable[end - 2];
            }
            default:
                return double.NaN;
        }
    }

    /// <summary>
    /// Gamma(a, 1) by Marsaglia &amp; Tsang (2000) with d = a − 1/3 and c = 1/√(9d) precomputed, normal deviates from
    /// the ziggurat; <paramref name="inverseShape"/> = 1/a₀ &gt; 0 applies the boost Gamma(a₀) = Gamma(a₀ + 1)·U^(1/a₀).
    /// The squeeze accepts about 98% of candidates without a logarithm.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Gamma(double d, double c, double inverseShape, ref RandomStream rng)
    {
        while (true)
        {
            double x = Ziggurat.Next(ref rng), v = 1 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = rng.NextOpenDouble(), x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.Log(u) < 0.5 * x2 + d * (1 - v + Math.Log(v)))
                return inverseShape > 0 ? d * v * Math.Pow(rng.NextOpenDouble(), inverseShape) : d * v;
        }
    }
}
