using NegotiationSim.Engine.Compilation;


namespace NegotiationSim.Inference;

/// <summary>
/// Scores an experiment against a record (docs/validation.md, "Scores"): its probability of each pattern and of all
/// jointly, against two baselines. "flat" is the same experiment with every uncertain parameter uniform on its prior's
/// support (<see cref="ParameterSpace.Flat"/>): the base rate the model's structure and ranges give without the
/// calibration's shapes. "uninformed" gives every pattern 0.5 and the record 0.5^P (P independent coin flips).
/// </summary>
public static class PatternScoring
{
    /// <summary>The forecasters, in column order.</summary>
    public static IReadOnlyList<string> Forecasters { get; } = ["model", "flat", "uninformed"];

    /// <summary>Runs <paramref name="runs"/> replicates of the experiment and of its flat baseline (same seed, same replicate indices) and scores both.</summary>
    public static IReadOnlyList<PatternScore> Score(CompiledModel model, PatternSet patterns, long runs, ulong seed, int threads = 0, CancellationToken cancellation = default)
    {
        var counts = PatternRunner.Count(model, patterns, runs, seed, threads, cancellation);
        var flat = PatternRunner.Count(new ParameterSpace(model).Flat(), patterns, runs, seed, threads, cancellation);
        return Score(patterns, counts, flat);
    }

    /// <summary>The scores from counts already made.</summary>
    public static IReadOnlyList<PatternScore> Score(PatternSet patterns, PatternCounts model, PatternCounts flat)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var rows = new List<PatternScore>();
        for (int p = 0; p < patterns.Count; p++)
            rows.Add(new PatternScore(patterns.Patterns[p],
            [
                PatternForecast.Simulated("model", model.Held[p], model.Runs),
                PatternForecast.Simulated("flat", flat.Held[p], flat.Runs),
                PatternForecast.Stated("uninformed", 0.5),
            ]));
        rows.Add(new PatternScore(null,
        [
            PatternForecast.Simulated("model", model.Joint, model.Runs),
            PatternForecast.Simulated("flat", flat.Joint, flat.Runs),
            PatternForecast.Stated("uninformed", Math.Pow(0.5, patterns.Count)),
        ]));
        return rows;
    }

    /// <summary>Mean Brier score and summed log score of <paramref name="forecaster"/> over the patterns (not the joint row), optionally only those that were not calibration inputs.</summary>
    public static (double MeanBrier, double SumLog, int Patterns) Totals(IReadOnlyList<PatternScore> scores, string forecaster, bool earnedOnly)
    {
        var rows = scores.Where(s => s.Pattern is { } p && (!earnedOnly || !p.Input)).Select(s => s.Forecasts.First(f => f.Forecaster == forecaster)).ToList();
        return rows.Count == 0 ? (double.NaN, double.NaN, 0) : (rows.Average(f => f.Brier), rows.Sum(f => f.LogScore), rows.Count);
    }
}
