namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// Settings of one run of the expected-utility model on one dimension (docs/expected-utility.md).
/// The enum settings default (value 0) to the reading of the authors' code, which reproduces
/// Scholz, Calbert &amp; Smith (2011) Table 2; the others are there for sensitivity analysis.
/// </summary>
public readonly record struct ExpectedUtilitySettings
{
    /// <summary>Settings for <paramref name="rounds"/> rounds on a dimension of width <paramref name="positionRange"/>, with Q = T = 1 and the authors'-code reading throughout.</summary>
    /// <param name="rounds">Rounds to run, ≥ 0.</param>
    /// <param name="positionRange">R, the width of the position scale, &gt; 0 and at least the spread of the initial positions.</param>
    public ExpectedUtilitySettings(int rounds, double positionRange)
    {
        Rounds = rounds;
        PositionRange = positionRange;
        StatusQuoProbability = 1.0;
        ImprovementProbability = 1.0;
    }

    /// <summary>Rounds to run, ≥ 0. The trajectory has Rounds + 1 rows: row 0 holds the initial positions.</summary>
    public int Rounds { get; init; }

    /// <summary>
    /// R, the width of the position scale that normalises every distance, &gt; 0. It must be at least the spread
    /// (max − min) of the initial positions; Scholz et al. use the spread itself (6 years in the EC case).
    /// </summary>
    public double PositionRange { get; init; }

    /// <summary>Q in [0, 1]: the probability, as every actor sees it, that j's position stays put when i does not challenge it.</summary>
    public double StatusQuoProbability { get; init; }

    /// <summary>T in [0, 1]: the probability that an unchallenged change of j's position moves it towards i. Matters only when Q &lt; 1.</summary>
    public double ImprovementProbability { get; init; }

    /// <summary>How the probability of success is normalised.</summary>
    public ProbabilityMode Probability { get; init; }

    /// <summary>
    /// Stop early once no actor moves more than this in a round, ≥ 0; the remaining rows repeat the settled state.
    /// 0 stops only at an exact fixed point, which changes nothing in the output.
    /// </summary>
    public double SettleTolerance { get; init; }

    /// <summary>Which received offer an actor accepts.</summary>
    public OfferChoice OfferChoice { get; init; }

    /// <summary>How the risk exponents are found.</summary>
    public RiskMode Risk { get; init; }

    /// <summary>Whose risk exponent a receiver uses to weigh an offer.</summary>
    public RiskView RiskView { get; init; }

    /// <summary>The expected outcome μ in U_b and U_w.</summary>
    public ReferenceOutcome Reference { get; init; }

    /// <summary>Whether actors move at once or in turn within a round.</summary>
    public MoveOrder MoveOrder { get; init; }

    /// <summary>Null when the settings are valid; otherwise what is wrong, in one sentence.</summary>
    public string? Problem()
    {
        if (Rounds < 0) return $"Rounds must be ≥ 0 (was {Rounds}).";
        if (!(PositionRange > 0) || double.IsInfinity(PositionRange)) return $"PositionRange must be a finite number > 0 (was {PositionRange}).";
        if (!(StatusQuoProbability >= 0 && StatusQuoProbability <= 1)) return $"StatusQuoProbability (Q) must be in [0, 1] (was {StatusQuoProbability}).";
        if (!(ImprovementProbability >= 0 && ImprovementProbability <= 1)) return $"ImprovementProbability (T) must be in [0, 1] (was {ImprovementProbability}).";
        if (!(SettleTolerance >= 0) || double.IsInfinity(SettleTolerance)) return $"SettleTolerance must be a finite number ≥ 0 (was {SettleTolerance}).";
        if (!Enum.IsDefined(Probability)) return $"Unknown probability mode {(int)Probability}.";
        if (!Enum.IsDefined(OfferChoice)) return $"Unknown offer choice {(int)OfferChoice}.";
        if (!Enum.IsDefined(Risk)) return $"Unknown risk mode {(int)Risk}.";
        if (!Enum.IsDefined(RiskView)) return $"Unknown risk view {(int)RiskView}.";
        if (!Enum.IsDefined(Reference)) return $"Unknown reference outcome {(int)Reference}.";
        if (!Enum.IsDefined(MoveOrder)) return $"Unknown move order {(int)MoveOrder}.";
        return null;
    }
}
