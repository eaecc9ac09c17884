namespace NegotiationSim.Forecasting;

/// <summary>What the cross-validated calibration of the protocol's distributions gave (<see cref="ProtocolCalibration"/>).</summary>
/// <param name="Candidates">Every candidate scored on all issues it can forecast (in sample), in grid order.</param>
/// <param name="Chosen">Per fold, the candidate chosen on the other folds.</param>
/// <param name="OutOfFold">The protocol given agreement, each issue forecast with the candidate chosen without its fold.</param>
/// <param name="Compromise">The compromise model on the same issues.</param>
/// <param name="Difference">MAE(out of fold) − MAE(compromise), with its paired bootstrap interval.</param>
public sealed record ProtocolCalibrationResult(
    IReadOnlyList<ModelScore> Candidates, IReadOnlyList<string> Chosen, ModelScore OutOfFold, ModelScore Compromise, MaeDifference Difference);
