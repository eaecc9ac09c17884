namespace NegotiationSim.Forecasting;

/// <summary>How the cross-validation of the mixture picks its shares on the training folds.</summary>
public enum MixtureCriterion
{
    /// <summary>The lowest mean CRPS: one proper score for the whole distribution.</summary>
    Crps,
    /// <summary>
    /// Two stages: the protocol's share alone sets the point forecast (the mixture's mean), so it is chosen for the
    /// lowest MAE; then, with it fixed, the split between the compromise point and the lottery, which shapes the
    /// distribution only, is chosen for the lowest mean CRPS.
    /// </summary>
    MaeThenCrps,
}
