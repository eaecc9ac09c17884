using System.Globalization;
using System.Text.Json;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Forecasting;

namespace NegotiationSim.Experiments.Backtest;

/// <summary>
/// The files of a backtest's results folder (docs/outputs.md): backtest.json (manifest, scores, MAE differences) and
/// the tidy tables scores.csv, forecasts.csv and differences.csv.
/// </summary>
public static class BacktestJson
{
    /// <summary>The header of scores.csv, exactly.</summary>
    public static IReadOnlyList<string> ScoresHeader { get; } = ["model", "issues", "mae", "rmse", "within10", "crps", "coverage50", "coverage90"];

    /// <summary>The header of forecasts.csv.</summary>
    public static IReadOnlyList<string> ForecastsHeader { get; } = ["issue", "proposal", "model", "forecast", "outcome", "q05", "q25", "q50", "q75", "q95", "pit"];

    /// <summary>The header of differences.csv.</summary>
    public static IReadOnlyList<string> DifferencesHeader { get; } = ["model", "baseline", "issues", "maeDifference", "lower", "upper", "noise"];

    /// <summary>The quantiles forecasts.csv gives for probabilistic models.</summary>
    public static IReadOnlyList<double> Quantiles { get; } = [0.05, 0.25, 0.5, 0.75, 0.95];

    /// <summary>The JSON text: manifest, scores, differences, the Nash and agreement diagnostics, and the cross-validations when run (NaN as null).</summary>
    public static string Serialize(BacktestManifest manifest, BacktestResult result, CrossValidationResult? crossValidation = null,
        ProtocolCalibrationResult? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(new
        {
            manifest,
            scores = result.Scores,
            differences = result.Differences.Select(d => new { d.Model, d.Baseline, d.Issues, d.Difference, d.Lower, d.Upper, d.IsNoise }),
            nash = new { defined = result.NashDefined, casesWithReferencePoint = result.NashCases },
            alternatingOffers = new { meanAgreementRate = result.AgreementRate },
            crossValidation = crossValidation is null ? null : new
            {
                crossValidation.Folds,
                crossValidation.OutOfFold,
                crossValidation.Compromise,
                difference = new { crossValidation.Difference.Difference, crossValidation.Difference.Lower, crossValidation.Difference.Upper, crossValidation.Difference.IsNoise },
                crossValidation.FullFit,
                crossValidation.FullFitScore,
            },
            protocolCalibration = calibration is null ? null : new
            {
                calibration.Candidates,
                calibration.Chosen,
                calibration.OutOfFold,
                calibration.Compromise,
                difference = new { calibration.Difference.Difference, calibration.Difference.Lower, calibration.Difference.Upper, calibration.Difference.IsNoise },
            },
        }, SummaryJson.Options);
    }

    /// <summary>scores.csv: one row per model; empty cells where a score is not defined.</summary>
    public static IEnumerable<IReadOnlyList<string>> ScoreRows(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Scores.Select(s => (IReadOnlyList<string>)
        [
            s.Model, s.Issues.ToString(CultureInfo.InvariantCulture), TidyCsv.Number(s.Mae), TidyCsv.Number(s.Rmse), TidyCsv.Number(s.Within10),
            TidyCsv.Number(s.Crps), TidyCsv.Number(s.Coverage50), TidyCsv.Number(s.Coverage90),
        ]);
    }

    /// <summary>forecasts.csv: one row per case and model; the quantile and PIT cells are empty for point forecasts.</summary>
    public static IEnumerable<IReadOnlyList<string>> ForecastRows(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var f in result.Forecasts)
        {
            var row = new List<string> { f.Case, f.Proposal, f.Model, TidyCsv.Number(f.Forecast), TidyCsv.Number(f.Outcome) };
            foreach (double p in Quantiles) row.Add(f.Sample is null ? "" : TidyCsv.Number(f.Sample.Quantile(p)));
            row.Add(f.Sample is null || !double.IsFinite(f.Outcome) ? "" : TidyCsv.Number(f.Sample.Pit(f.Outcome)));
            yield return row;
        }
    }

    /// <summary>differences.csv: every model's MAE difference to the compromise model with its 95% paired bootstrap interval.</summary>
    public static IEnumerable<IReadOnlyList<string>> DifferenceRows(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Differences.Select(d => (IReadOnlyList<string>)
        [
            d.Model, d.Baseline, d.Issues.ToString(CultureInfo.InvariantCulture), TidyCsv.Number(d.Difference), TidyCsv.Number(d.Lower),
            TidyCsv.Number(d.Upper), d.IsNoise ? "true" : "false",
        ]);
    }
}
