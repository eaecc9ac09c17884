namespace NegotiationSim.Forecasting;

/// <summary>What the cross-validation of the <see cref="MixtureForecast"/> shares gave.</summary>
/// <param name="Folds">Each fold with the shares chosen without it.</param>
/// <param name="OutOfFold">The mixture scored on every issue with the shares chosen without that fold: an honest estimate.</param>
/// <param name="Compromise">The compromise model on the same issues.</param>
/// <param name="Difference">MAE(out-of-fold mixture) − MAE(compromise) with its paired bootstrap interval.</param>
/// <param name="FullFit">The shares with the lowest mean CRPS over all issues (what <see cref="MixtureWeights.Tuned"/> holds for the development split).</param>
/// <param name="FullFitScore">The mixture with <paramref name="FullFit"/> on all issues (optimistic: tuned on them).</param>
public sealed record CrossValidationResult(
    IReadOnlyList<CrossValidationFold> Folds, ModelScore OutOfFold, ModelScore Compromise, MaeDifference Difference,
    MixtureWeights FullFit, ModelScore FullFitScore);
