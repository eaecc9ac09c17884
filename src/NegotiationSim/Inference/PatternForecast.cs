using NegotiationSim.Outcomes;

namespace NegotiationSim.Inference;

/// <summary>
/// One forecaster's probability of one pattern (or of the whole record) and its proper scores against the record,
/// where the pattern held (docs/validation.md, "Scores").
/// </summary>
/// <param name="Forecaster">"model", "flat" or "uninformed".</param>
/// <param name="Probability">The estimate with its 95% Wilson interval (for the uninformed forecaster: exact, count and total 0).</param>
/// <param name="Brier">(1 − p)²: 0 best, 1 worst; the uninformed 0.5 scores 0.25.</param>
/// <param name="LogScore">ln p̃, with p̃ = (k + ½)/(n + 1) for a simulated forecast so that a pattern never simulated scores finitely; 0 best.</param>
public sealed record PatternForecast(string Forecaster, Proportion Probability, double Brier, double LogScore)
{
    /// <summary>A simulated forecast from <paramref name="count"/> of <paramref name="runs"/> replicates.</summary>
    public static PatternForecast Simulated(string forecaster, long count, long runs)
    {
        var p = Proportion.Of(count, runs);
        return new(forecaster, p, (1 - p.Estimate) * (1 - p.Estimate), Math.Log((count + 0.5) / (runs + 1.0)));
    }

    /// <summary>A stated probability, e.g. the uninformed 0.5.</summary>
    public static PatternForecast Stated(string forecaster, double probability) =>
        new(forecaster, new Proportion(0, 0, probability, probability, probability), (1 - probability) * (1 - probability), Math.Log(probability));
}
