using System.Globalization;

namespace NegotiationSim.Experiments;

/// <summary>
/// The values a scenario parameter may take (docs/configuration.md). The engine assumes them, so every value a
/// distribution can produce must lie inside, not just its mean.
/// </summary>
internal sealed record ParameterRange(double Lower, bool LowerInclusive, double Upper, bool UpperInclusive)
{
    /// <summary>[0, 1]: probabilities, positions, utilities.</summary>
    public static ParameterRange UnitInterval { get; } = new(0, true, 1, true);

    /// <summary>[−1, 1]: hardening, which may soften.</summary>
    public static ParameterRange SymmetricUnit { get; } = new(-1, true, 1, true);

    /// <summary>
    /// [0, 10⁶]: capability, salience, temperatures and sensitivities. They are relative weights or scales, so an upper
    /// bound costs nothing, and it keeps the engine's weighted sums far from overflow (10⁶ × 10⁶ × parties ≪ 10³⁰⁸).
    /// </summary>
    public static ParameterRange NonNegative { get; } = new(0, true, MaximumWeight, true);

    /// <summary>The largest capability, salience, temperature or sensitivity accepted.</summary>
    public const double MaximumWeight = 1e6;

    /// <summary>&gt; 0: exponents and temperatures that divide.</summary>
    public static ParameterRange Positive { get; } = new(0, false, double.PositiveInfinity, false);

    /// <summary>Both ends finite: a normal can never fit, and a truncated normal or beta is the natural fix.</summary>
    public bool IsBounded => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>True when <paramref name="value"/> is allowed; false for NaN.</summary>
    public bool Contains(double value) =>
        (LowerInclusive ? value >= Lower : value > Lower) && (UpperInclusive ? value <= Upper : value < Upper);

    /// <summary>How the range reads after "must be": <c>in [0, 1]</c>, <c>&gt;= 0</c>, <c>&gt; 0</c>.</summary>
    public string Describe()
    {
        if (!double.IsFinite(Upper)) return (LowerInclusive ? ">= " : "> ") + Format(Lower);
        if (!double.IsFinite(Lower)) return (UpperInclusive ? "<= " : "< ") + Format(Upper);
        return $"in {(LowerInclusive ? '[' : '(')}{Format(Lower)}, {Format(Upper)}{(UpperInclusive ? ']' : ')')}";
    }

    /// <summary>A number as researchers write it: invariant culture, shortest round-trip form.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
