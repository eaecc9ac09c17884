using System.Runtime.CompilerServices;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Engine;

/// <summary>
/// Allocation-free samplers for the flattened distributions of <see cref="SamplerSpec"/>.
/// Written here rather than calling MathNet because MathNet's samplers are objects bound to an
/// <c>System.Random</c>, and its Beta costs ~80 ns a draw; these run on a struct stream and are
/// checked against MathNet's CDFs by Kolmogorov–Smirnov and moment tests.
/// </summary>
public static class Samplers
{
    /// <summary>Flattens a validated distribution. Choice values and cumulative weights are appended to <paramref name="choiceTable"/>.</summary>
    public static SamplerSpec Compile(Distribution d, List<double> choiceTable)
    {
        switch (d.Kind)
        {
            case DistributionKind.Fixed:
            case DistributionKind.Uniform:
            case DistributionKind.Normal:
                return new(d.Kind, d.A, d.B, 0, 0, 0, 0, 0, 0);
            case DistributionKind.TruncatedNormal:
            {
                // Inverse-CDF sampling on whichever tail keeps the probabilities away from 1, where
                // doubles lose resolution: for an interval above the mean, reflect it below.
                double mean = d.A, sd = d.B, a = (d.C - mean) / sd, b = (d.D - mean) / sd;
                bool reflect = a > 0;
                double lo = reflect ? -b : a, hi = reflect ? -a : b;
                double pLo = MathNet.Numerics.Distributions.Normal.CDF(0, 1, lo);
                double pHi = MathNet.Numerics.Distributions.Normal.CDF(0, 1, hi);
                return new(d.Kind, mean, reflect ? -sd : sd, pLo, pHi - pLo, d.C, d.D, 0, 0);
            }
            case DistributionKind.Beta:
                return new(d.Kind, d.A, d.B, 0, 0, d.C, d.D, 0, 0);
            case DistributionKind.Pert:
            {
                double range = d.C - d.A;
                return new(DistributionKind.Beta, 1 + 4 * (d.B - d.A) / range, 1 + 4 * (d.C - d.B) / range, 0, 0, d.A, d.C, 0, 0);
            }
            case DistributionKind.Triangular:
                return new(d.Kind, d.A, d.B, d.C, (d.B - d.A) / (d.C - d.A), 0, 0, 0, 0);
            case DistributionKind.Choice:
            {
                int start = choiceTable.Count;
                double total = d.Weights.Sum(), cumulative = 0;
                for (int i = 0; i < d.Values.Count; i++)
                {
                    cumulative += d.Weights[i] / total;
                    choiceTable.Add(d.Values[i]);
                    choiceTable.Add(i == d.Values.Count - 1 ? 1.0 : cumulative);
                }
                return new(d.Kind, 0, 0, 0, 0, 0, 0, start, d.Values.Count);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(d), d.Kind, "unknown distribution kind");
        }
    }

    /// <summary>One draw. <paramref name="choiceTable"/> holds (value, cumulative weight) pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Draw(in SamplerSpec s, ref RandomStream rng, ReadOnlySpan<double> choiceTable)
    {
        switch (s.Kind)
        {
            case DistributionKind.Fixed:
                return s.P0;
            case DistributionKind.Uniform:
                return s.P0 + (s.P1 - s.P0) * rng.NextDouble();
            case DistributionKind.Normal:
                return s.P0 + s.P1 * StandardNormal(ref rng);
            case DistributionKind.TruncatedNormal:
            {
                double x = s.P0 + s.P1 * NormalQuantile.Of(s.P2 + s.P3 * rng.NextOpenDouble());
                return Math.Clamp(x, s.P4, s.P5);
            }
            case DistributionKind.Beta:
            {
                double g1 = Gamma(s.P0, ref rng), g2 = Gamma(s.P1, ref rng);
                return s.P4 + (s.P5 - s.P4) * (g1 / (g1 + g2));
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
                int end = s.ChoiceStart + 2 * s.ChoiceCount;
                for (int i = s.ChoiceStart; i < end; i += 2)
                    if (u < choiceTable[i + 1]) return choiceTable[i];
                return choiceTable[end - 2];
            }
            default:
                return double.NaN;
        }
    }

    /// <summary>Standard normal by the Box–Muller transform (one value from two uniforms: a fixed draw count).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double StandardNormal(ref RandomStream rng)
    {
        double u1 = rng.NextOpenDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Gamma(shape, 1) by Marsaglia &amp; Tsang (2000); shapes below 1 by the U^(1/a) boost.</summary>
    public static double Gamma(double shape, ref RandomStream rng)
    {
        double boost = 1;
        if (shape < 1)
        {
            boost = Math.Pow(rng.NextOpenDouble(), 1 / shape);
            shape += 1;
        }
        double d = shape - 1.0 / 3, c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x = StandardNormal(ref rng), v = 1 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = rng.NextOpenDouble(), x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.Log(u) < 0.5 * x2 + d * (1 - v + Math.Log(v)))
                return d * v * boost;
        }
    }
}
