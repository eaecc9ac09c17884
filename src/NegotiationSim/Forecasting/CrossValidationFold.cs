namespace NegotiationSim.Forecasting;

/// <summary>One fold of a cross-validation by proposal.</summary>
/// <param name="Fold">Fold number, 0-based.</param>
/// <param name="Proposals">Proposals held out in this fold.</param>
/// <param name="Issues">Scored issues held out.</param>
/// <param name="Chosen">The shares chosen on the other folds (lowest mean CRPS) and used on this one.</param>
public sealed record CrossValidationFold(int Fold, int Proposals, int Issues, MixtureWeights Chosen);
