namespace NegotiationSim.Forecasting;

/// <summary>
/// The shares of the three parts of the <see cref="MixtureForecast"/>: a point mass at the compromise model's forecast,
/// the position lottery (the outcome is one actor's position, chosen with probability ∝ capability × salience), and
/// the alternating-offers protocol's agreed outcomes. Each share in [0, 1]; they add up to 1.
/// </summary>
/// <param name="Compromise">Share of the point mass at the compromise point.</param>
/// <param name="Lottery">Share of the position lottery.</param>
/// <param name="Protocol">Share of the protocol's Monte Carlo outcomes given agreement.</param>
public sealed record MixtureWeights(double Compromise, double Lottery, double Protocol)
{
    /// <summary>
    /// The shares tuned on the DEU development split (1996–2000), the only data they were tuned on, by the procedure
    /// that <see cref="MixtureCrossValidation"/> cross-validates (<see cref="MixtureCriterion.MaeThenCrps"/>, grid step
    /// 0.1) applied to all 172 issues, with equal capabilities, the default protocol distributions, seed 1 and 1,000
    /// replicates: no point mass at the compromise point, 0.7 lottery, 0.3 protocol (docs/validation.md, "Beyond the
    /// compromise model", which gives the out-of-fold scores of the procedure).
    /// </summary>
    public static MixtureWeights Tuned { get; } = new(0, 0.7, 0.3);

    /// <summary>True when every share is in [0, 1] and they add up to 1 (within 1e-9).</summary>
    public bool IsValid =>
        Compromise >= 0 && Lottery >= 0 && Protocol >= 0 && Math.Abs(Compromise + Lottery + Protocol - 1) <= 1e-9;

    /// <summary>Every point of the simplex on a grid of <paramref name="steps"/> steps per share (steps = 10: shares 0, 0.1, …, 1; 66 points).</summary>
    public static IReadOnlyList<MixtureWeights> Grid(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var grid = new List<MixtureWeights>();
        for (int c = 0; c <= steps; c++)
            for (int l = 0; c + l <= steps; l++)
                grid.Add(new MixtureWeights((double)c / steps, (double)l / steps, (double)(steps - c - l) / steps));
        return grid;
    }

    /// <summary>"c/l/p" with two decimals, for tables.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"compromise {Compromise:0.##}, lottery {Lottery:0.##}, protocol {Protocol:0.##}");
}
