namespace NegotiationSim.Forecasting;

/// <summary>
/// How well one model forecast the cases it could forecast (those with an outcome), on the 0–100 scale.
/// Probabilistic scores are NaN for point forecasts.
/// </summary>
/// <param name="Model">The model's name.</param>
/// <param name="Issues">Cases scored.</param>
/// <param name="Mae">Mean absolute error.</param>
/// <param name="Rmse">Root mean squared error.</param>
/// <param name="Within10">Share of cases with an absolute error ≤ 10.</param>
/// <param name="Crps">Mean continuous ranked probability score (same unit as the MAE; lower is better).</param>
/// <param name="Coverage50">Share of outcomes inside the central 50% interval (q25–q75); 0.5 when calibrated.</param>
/// <param name="Coverage90">Share of outcomes inside the central 90% interval (q05–q95); 0.9 when calibrated.</param>
public sealed record ModelScore(string Model, int Issues, double Mae, double Rmse, double Within10, double Crps, double Coverage50, double Coverage90);
