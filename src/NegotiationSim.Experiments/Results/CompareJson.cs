using System.Text.Json;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Experiments.Results;

/// <summary>Writes compare.json: the manifest and, per headline metric, every arm's estimate and paired difference to the base (NaN written as null).</summary>
public static class CompareJson
{
    /// <summary>The JSON text.</summary>
    public static string Serialize(CompareManifest manifest, Comparison comparison) =>
        JsonSerializer.Serialize(new { manifest, comparison }, SummaryJson.Options);

    /// <summary>The tidy rows of a comparison: metric, variant, estimate, lower, upper, diff, diffLower, diffUpper.</summary>
    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows) Table(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        string[] header = ["metric", "variant", "estimate", "lower", "upper", "diff", "diffLower", "diffUpper"];
        var rows = comparison.Metrics.SelectMany(m => m.Arms.Where(a => a.Present).Select(a => (IReadOnlyList<string>)
        [
            m.Metric.Key, a.Arm, TidyCsv.Number(a.Estimate), TidyCsv.Number(a.Lower), TidyCsv.Number(a.Upper),
            TidyCsv.Number(a.Difference), TidyCsv.Number(a.DifferenceLower), TidyCsv.Number(a.DifferenceUpper),
        ]));
        return (header, rows);
    }
}
