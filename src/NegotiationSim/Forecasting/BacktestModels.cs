namespace NegotiationSim.Forecasting;

/// <summary>The names of the models a backtest scores, as they appear in its tables, in table order.</summary>
public static class BacktestModels
{
    /// <summary>Always 50.</summary>
    public const string Constant50 = "constant50";
    /// <summary>The reference point: nothing changes.</summary>
    public const string ReferencePoint = "referencePoint";
    /// <summary>Plain mean of the positions.</summary>
    public const string Mean = "mean";
    /// <summary>Median of the positions.</summary>
    public const string Median = "median";
    /// <summary>The Commission's position.</summary>
    public const string Commission = "commission";
    /// <summary>Capability × salience weighted mean (Achen 2006): the yardstick every other model is compared with.</summary>
    public const string Compromise = "compromise";
    /// <summary>Nash bargaining solution with the reference point as disagreement point.</summary>
    public const string Nash = "nash";
    /// <summary>Expected-utility model, authors'-code probability.</summary>
    public const string ExpectedUtility = "expectedUtility";
    /// <summary>Expected-utility model, the paper's probability.</summary>
    public const string ExpectedUtilityPaper = "expectedUtilityPaper";
    /// <summary>Alternating offers as a Monte Carlo negotiation; outcome = agreed value or reference point.</summary>
    public const string AlternatingOffers = "alternatingOffers";
    /// <summary>Alternating offers, conditioned on agreement (the DEU outcomes are those of adopted laws).</summary>
    public const string AlternatingOffersAgreed = "alternatingOffersAgreed";

    /// <summary>Mixture of the compromise point, the position lottery and the protocol's agreed outcomes, shares tuned by cross-validation on the development split.</summary>
    public const string Mixture = "mixture";

    /// <summary>Every model, in table order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Constant50, ReferencePoint, Mean, Median, Commission, Compromise, Nash, ExpectedUtility, ExpectedUtilityPaper,
        AlternatingOffers, AlternatingOffersAgreed, Mixture,
    ];
}
