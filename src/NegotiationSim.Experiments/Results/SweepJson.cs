using System.Text.Json;
using NegotiationSim.Sensitivity;

namespace NegotiationSim.Experiments.Results;

/// <summary>Writes sweep.json (manifest, points, and Sobol' indices when the design gives them) and the tidy tables of a sweep.</summary>
public static class SweepJson
{
    /// <summary>The JSON text. <paramref name="sobol"/> maps a metric key to its indices per parameter; empty for a grid.</summary>
    public static string Serialize(SweepManifest manifest, SweepResult sweep, IReadOnlyDictionary<string, IReadOnlyList<SobolIndex>> sobol) =>
        JsonSerializer.Serialize(new
        {
            manifest,
            sobol = sobol.Select(kv => new { metric = kv.Key, indices = kv.Value.Select(i => new { parameter = sweep.Parameters[i.Parameter], index = i }) }),
            points = sweep.Points.Select(p => new
            {
                p.Index,
                p.Block,
                values = p.Values,
                metrics = p.Metrics.Select(m => new { metric = m.Metric.Key, m.Estimate, m.Lower, m.Upper }),
            }),
        }, SummaryJson.Options);

    /// <summary>One row per point and metric: point, block, each parameter (by path), metric, estimate, lower, upper.</summary>
    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows) Table(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var header = new List<string> { "point", "block" };
        header.AddRange(sweep.Parameters);
        header.AddRange(["metric", "estimate", "lower", "upper"]);
        var rows = sweep.Points.SelectMany(p => p.Metrics.Where(m => double.IsFinite(m.Estimate)).Select(m =>
        {
            var row = new List<string> { p.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Block };
            row.AddRange(p.Values.Select(TidyCsv.Number));
            row.AddRange([m.Metric.Key, TidyCsv.Number(m.Estimate), TidyCsv.Number(m.Lower), TidyCsv.Number(m.Upper)]);
            return (IReadOnlyList<string>)row;
        }));
        return (header, rows);
    }

    /// <summary>One row per metric and parameter: metric, parameter, S1 with its 95% bootstrap interval, ST with its interval.</summary>
    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows) SobolTable(IReadOnlyList<string> parameters, IReadOnlyDictionary<string, IReadOnlyList<SobolIndex>> sobol)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sobol);
        string[] header = ["metric", "parameter", "first", "firstLower", "firstUpper", "total", "totalLower", "totalUpper"];
        var rows = sobol.SelectMany(kv => kv.Value.Select(i => (IReadOnlyList<string>)
        [
            kv.Key, parameters[i.Parameter], TidyCsv.Number(i.First), TidyCsv.Number(i.FirstLower), TidyCsv.Number(i.FirstUpper),
            TidyCsv.Number(i.Total), TidyCsv.Number(i.TotalLower), TidyCsv.Number(i.TotalUpper),
        ]));
        return (header, rows);
    }
}
