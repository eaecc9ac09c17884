namespace NegotiationSim.Forecasting;

/// <summary>One model's forecast of one case.</summary>
/// <param name="Case">The case's id.</param>
/// <param name="Proposal">The proposal it belongs to.</param>
/// <param name="Model">The model's name (<see cref="BacktestModels"/>).</param>
/// <param name="Forecast">The point forecast on 0–100 (for a probabilistic model the sample's median); NaN when the model cannot forecast the case.</param>
/// <param name="Outcome">What happened, or NaN when the data code no outcome.</param>
/// <param name="Sample">The forecast distribution, for probabilistic models; otherwise null.</param>
public sealed record CaseForecast(string Case, string Proposal, string Model, double Forecast, double Outcome, ForecastSample? Sample)
{
    /// <summary>True when the case counts in the model's score: both the forecast and the outcome are known.</summary>
    public bool Scored => double.IsFinite(Forecast) && double.IsFinite(Outcome);

    /// <summary>|forecast − outcome|, NaN when not scored.</summary>
    public double AbsoluteError => Math.Abs(Forecast - Outcome);
}
