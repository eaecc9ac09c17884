using System.Globalization;

namespace NegotiationSim.Uncertainty;

/// <summary>
/// An immutable, validated probability distribution for one scenario parameter.
/// Create it through the named factories; each checks its parameters and throws
/// <see cref="ArgumentException"/> with the valid range when they are impossible.
/// The hot loop never sees this type: <see cref="Engine.Compilation.CompiledModel"/> flattens it.
/// </summary>
public sealed record Distribution
{
    private Distribution(DistributionKind kind, double a, double b, double c, double d, double[]? values = null, double[]? weights = null)
    {
        Kind = kind; A = a; B = b; C = c; D = d;
        Values = values ?? [];
        Weights = weights ?? [];
    }

    /// <summary>The family.</summary>
    public DistributionKind Kind { get; }

    /// <summary>First parameter: the value (Fixed), lower bound (Uniform, Triangular, Pert), mean (Normal, TruncatedNormal) or α (Beta).</summary>
    public double A { get; }

    /// <summary>Second parameter: upper bound (Uniform), sd (Normal, TruncatedNormal), β (Beta) or mode (Triangular, Pert).</summary>
    public double B { get; }

    /// <summary>Third parameter: lower bound (TruncatedNormal, Beta) or upper bound (Triangular, Pert).</summary>
    public double C { get; }

    /// <summary>Fourth parameter: upper bound (TruncatedNormal, Beta).</summary>
    public double D { get; }

    /// <summary>Choice: the values.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Choice: the weights (not necessarily normalised).</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>True when the parameter has no uncertainty.</summary>
    public bool IsFixed => Kind == DistributionKind.Fixed;

    /// <summary>A point value.</summary>
    public static Distribution Fixed(double value)
    {
        Require(double.IsFinite(value), "a fixed value must be a finite number");
        return new(DistributionKind.Fixed, value, 0, 0, 0);
    }

    /// <summary>Uniform on [lower, upper], lower &lt; upper.</summary>
    public static Distribution Uniform(double lower, double upper)
    {
        Require(double.IsFinite(lower) && double.IsFinite(upper) && lower < upper, "uniform needs finite bounds with lower < upper");
        return new(DistributionKind.Uniform, lower, upper, 0, 0);
    }

    /// <summary>Normal with the given mean and standard deviation sd &gt; 0.</summary>
    public static Distribution Normal(double mean, double sd)
    {
        Require(double.IsFinite(mean) && double.IsFinite(sd) && sd > 0, "normal needs a finite mean and sd > 0");
        return new(DistributionKind.Normal, mean, sd, 0, 0);
    }

    /// <summary>Normal(mean, sd) restricted to [lower, upper]; the interval must hold probability mass.</summary>
    public static Distribution TruncatedNormal(double mean, double sd, double lower, double upper)
    {
        Require(double.IsFinite(mean) && double.IsFinite(sd) && sd > 0, "truncated normal needs a finite mean and sd > 0");
        Require(double.IsFinite(lower) && double.IsFinite(upper) && lower < upper, "truncated normal needs finite bounds with lower < upper");
        double mass = MathNet.Numerics.Distributions.Normal.CDF(mean, sd, upper) - MathNet.Numerics.Distributions.Normal.CDF(mean, sd, lower);
        Require(mass > 1e-12, "the truncation interval of a truncated normal holds no probability mass (it lies too far from the mean in sd units)");
        return new(DistributionKind.TruncatedNormal, mean, sd, lower, upper);
    }

    /// <summary>Beta(α, β) with α, β &gt; 0, scaled to [lower, upper] (default [0, 1]).</summary>
    public static Distribution Beta(double alpha, double beta, double lower = 0, double upper = 1)
    {
        Require(alpha > 0 && beta > 0 && double.IsFinite(alpha) && double.IsFinite(beta), "beta needs shape parameters α > 0 and β > 0");
        Require(double.IsFinite(lower) && double.IsFinite(upper) && lower < upper, "beta needs a range with lower < upper");
        return new(DistributionKind.Beta, alpha, beta, lower, upper);
    }

    /// <summary>Triangular with lower ≤ mode ≤ upper and lower &lt; upper.</summary>
    public static Distribution Triangular(double lower, double mode, double upper)
    {
        Require(double.IsFinite(lower) && double.IsFinite(mode) && double.IsFinite(upper) && lower <= mode && mode <= upper && lower < upper,
            "triangular needs lower <= mode <= upper and lower < upper");
        return new(DistributionKind.Triangular, lower, mode, upper, 0);
    }

    /// <summary>PERT with lower ≤ mode ≤ upper and lower &lt; upper: Beta(1 + 4(m−a)/(b−a), 1 + 4(b−m)/(b−a)) on [a, b].</summary>
    public static Distribution Pert(double lower, double mode, double upper)
    {
        Require(double.IsFinite(lower) && double.IsFinite(mode) && double.IsFinite(upper) && lower <= mode && mode <= upper && lower < upper,
            "pert needs lower <= mode <= upper and lower < upper");
        return new(DistributionKind.Pert, lower, mode, upper, 0);
    }

    /// <summary>One of <paramref name="values"/>, chosen with probability proportional to <paramref name="weights"/> (equal when null).</summary>
    public static Distribution Choice(IReadOnlyList<double> values, IReadOnlyList<double>? weights = null)
    {
        Require(values.Count > 0, "choice needs at least one value");
        Require(values.All(double.IsFinite), "choice values must be finite numbers");
        var w = weights?.ToArray() ?? Enumerable.Repeat(1.0, values.Count).ToArray();
        Require(w.Length == values.Count, "choice needs as many weights as values");
        Require(w.All(x => x >= 0 && double.IsFinite(x)) && w.Sum() > 0, "choice weights must be >= 0 with a positive sum");
        return new(DistributionKind.Choice, 0, 0, 0, 0, values.ToArray(), w);
    }

    /// <summary>The smallest value a draw can take.</summary>
    public double Minimum => Kind switch
    {
        DistributionKind.Fixed => A,
        DistributionKind.Uniform => A,
        DistributionKind.Normal => double.NegativeInfinity,
        DistributionKind.TruncatedNormal => C,
        DistributionKind.Beta => C,
        DistributionKind.Triangular or DistributionKind.Pert => A,
        DistributionKind.Choice => Values.Min(),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The largest value a draw can take.</summary>
    public double Maximum => Kind switch
    {
        DistributionKind.Fixed => A,
        DistributionKind.Uniform => B,
        DistributionKind.Normal => double.PositiveInfinity,
        DistributionKind.TruncatedNormal => D,
        DistributionKind.Beta => D,
        DistributionKind.Triangular or DistributionKind.Pert => C,
        DistributionKind.Choice => Values.Max(),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The mean of the distribution (used for point summaries such as the compromise model of the base scenario).</summary>
    public double Mean => Kind switch
    {
        DistributionKind.Fixed => A,
        DistributionKind.Uniform => (A + B) / 2,
        DistributionKind.Normal => A,
        DistributionKind.TruncatedNormal => new MathNet.Numerics.Distributions.Normal(A, B).Mean + TruncatedShift(),
        DistributionKind.Beta => C + (D - C) * A / (A + B),
        DistributionKind.Triangular => (A + B + C) / 3,
        DistributionKind.Pert => (A + 4 * B + C) / 6,
        DistributionKind.Choice => Values.Zip(Weights, (v, w) => v * w).Sum() / Weights.Sum(),
        _ => throw new InvalidOperationException(),
    };

    private double TruncatedShift()
    {
        double alpha = (C - A) / B, beta = (D - A) / B;
        double z = MathNet.Numerics.Distributions.Normal.CDF(0, 1, beta) - MathNet.Numerics.Distributions.Normal.CDF(0, 1, alpha);
        return B * (MathNet.Numerics.Distributions.Normal.PDF(0, 1, alpha) - MathNet.Numerics.Distributions.Normal.PDF(0, 1, beta)) / z;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var ci = CultureInfo.InvariantCulture;
        return Kind switch
        {
            DistributionKind.Fixed => A.ToString("R", ci),
            DistributionKind.Uniform => string.Create(ci, $"uniform({A}, {B})"),
            DistributionKind.Normal => string.Create(ci, $"normal({A}, {B})"),
            DistributionKind.TruncatedNormal => string.Create(ci, $"truncatedNormal({A}, {B}, {C}, {D})"),
            DistributionKind.Beta => string.Create(ci, $"beta({A}, {B}) on [{C}, {D}]"),
            DistributionKind.Triangular => string.Create(ci, $"triangular({A}, {B}, {C})"),
            DistributionKind.Pert => string.Create(ci, $"pert({A}, {B}, {C})"),
            DistributionKind.Choice => "choice(" + string.Join(", ", Values.Select(v => v.ToString("R", ci))) + ")",
            _ => Kind.ToString(),
        };
    }

    /// <summary>Records compare by value, including the choice lists.</summary>
    public bool Equals(Distribution? other) =>
        other is not null && Kind == other.Kind && A.Equals(other.A) && B.Equals(other.B) && C.Equals(other.C) && D.Equals(other.D)
        && Values.SequenceEqual(other.Values) && Weights.SequenceEqual(other.Weights);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, A, B, C, D, Values.Count);

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new ArgumentException(message);
    }
}
