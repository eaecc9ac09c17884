namespace NegotiationSim.Forecasting;

/// <summary>Everything a backtest produced.</summary>
/// <param name="Models">The models, in table order.</param>
/// <param name="Forecasts">Every model's forecast of every case, case by case in file order, models in table order within a case.</param>
/// <param name="Scores">One score per model, in table order.</param>
/// <param name="Differences">Every model's MAE difference to the compromise model, in table order (the compromise model itself left out).</param>
/// <param name="NashDefined">Cases with a reference point whose Nash solution was defined (the others use the compromise point).</param>
/// <param name="NashCases">Cases with a reference point.</param>
/// <param name="AgreementRate">Mean share of Monte Carlo replicates that reached an agreement, over the cases simulated.</param>
/// <param name="ProtocolAgreed">Per case, in case order: the protocol's outcomes in the replicates that agreed (empty when none did or it could not run).</param>
public sealed record BacktestResult(
    IReadOnlyList<string> Models, IReadOnlyList<CaseForecast> Forecasts, IReadOnlyList<ModelScore> Scores,
    IReadOnlyList<MaeDifference> Differences, int NashDefined, int NashCases, double AgreementRate, IReadOnlyList<double[]> ProtocolAgreed);
