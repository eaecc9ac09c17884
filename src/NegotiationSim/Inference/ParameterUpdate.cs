namespace NegotiationSim.Inference;

/// <summary>
/// How much the record moved one parameter (docs/validation.md, "Which parameters the record informs"): the posterior's
/// mean shift in prior sds, and the ratio of posterior to prior sd. Informed when the shift exceeds
/// <see cref="ShiftThreshold"/> or the ratio falls below <see cref="RatioThreshold"/>; with an ESS of a few hundred these
/// are about four Monte Carlo standard errors away from "no update".
/// </summary>
public sealed record ParameterUpdate(string Path, double PriorMean, double PriorSd, double PosteriorMean, double PosteriorSd)
{
    /// <summary>|shift| above this (prior sds) counts as informed.</summary>
    public const double ShiftThreshold = 0.25;

    /// <summary>An sd ratio below this counts as informed.</summary>
    public const double RatioThreshold = 0.8;

    /// <summary>Posterior sd / prior sd.</summary>
    public double SdRatio => PriorSd > 0 ? PosteriorSd / PriorSd : double.NaN;

    /// <summary>(posterior mean − prior mean) / prior sd.</summary>
    public double Shift => PriorSd > 0 ? (PosteriorMean - PriorMean) / PriorSd : double.NaN;

    /// <summary>Whether the record informs the parameter.</summary>
    public bool Informed => Math.Abs(Shift) > ShiftThreshold || SdRatio < RatioThreshold;

    /// <summary>A single ordering score: |shift| + |ln ratio| (0 when nothing moved).</summary>
    public double Score => Math.Abs(Shift) + Math.Abs(Math.Log(SdRatio));

    /// <summary>Every parameter's update, in slot order.</summary>
    public static IReadOnlyList<ParameterUpdate> Of(AbcResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Enumerable.Range(0, result.Dimension)
            .Select(p => new ParameterUpdate(result.Paths[p], result.PriorMean(p), result.PriorSd(p), result.Mean(p), result.Sd(p))).ToArray();
    }
}
