namespace NegotiationSim.Inference;

/// <summary>Every forecaster's probability and scores for one pattern, or for the whole record (<see cref="Pattern"/> null).</summary>
/// <param name="Pattern">The pattern; null for the row of the whole record (every pattern jointly).</param>
/// <param name="Forecasts">The experiment ("model") first, then the baselines.</param>
public sealed record PatternScore(RecordPattern? Pattern, IReadOnlyList<PatternForecast> Forecasts)
{
    /// <summary>The pattern's id, or "all" for the whole record.</summary>
    public string Id => Pattern?.Id ?? "all";
}
