using NegotiationSim.Sensitivity;
using ScottPlot;

namespace NegotiationSim.Plots;

/// <summary>
/// The charts of a parameter sweep: for one parameter, line plots of the key metrics with their 95% bands; for two,
/// heatmaps; for three or more, the Sobol' indices as ranked bars. Each method writes <c>&lt;dir&gt;/&lt;name&gt;.png</c>
/// and <c>.svg</c>.
/// </summary>
public static class SweepCharts
{
    /// <summary>File name of the one-parameter chart of P(escalation) and P(any agreement).</summary>
    public const string OutcomesName = "sweep-outcomes";

    /// <summary>File name of the one-parameter chart of the endings.</summary>
    public const string EndingsName = "sweep-endings";

    /// <summary>File name of the one-parameter chart of agreement per item.</summary>
    public const string AgreementName = "sweep-agreement-by-item";

    /// <summary>File-name prefix of the two-parameter heatmaps; the metric key follows.</summary>
    public const string HeatmapPrefix = "sweep-heatmap-";

    /// <summary>File-name prefix of the Sobol' index charts; the metric key follows.</summary>
    public const string SobolPrefix = "sweep-sobol-";

    /// <summary>
    /// Line plots against a single swept parameter, each metric with its 95% interval as a shaded band: P(escalation)
    /// and P(any agreement); the three endings; and P(agreement) of every item agreed at some point of the sweep.
    /// </summary>
    /// <param name="sweep">A one-parameter sweep.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under each title.</param>
    /// <returns>The charts written.</returns>
    public static IReadOnlyList<ChartFiles> Lines(SweepResult sweep, string dir, PlotCaption caption)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        ArgumentNullException.ThrowIfNull(caption);
        if (sweep.Parameters.Count != 1) throw new ArgumentException("line plots need a one-parameter sweep", nameof(sweep));
        string parameter = sweep.Parameters[0];
        var points = sweep.Points.OrderBy(p => p.Values[0]).ToList();
        var first = points.FirstOrDefault();
        var items = first?.Metrics.Where(m => m.Metric.Key.StartsWith("agreement.", StringComparison.Ordinal))
            .Select(m => m.Metric)
            .Where(m => points.Any(p => p.Find(m.Key) is { Estimate: > 0 }))
            .ToList() ?? [];
        return
        [
            Chart($"P(escalation) and P(any agreement) against {parameter}", parameter, points,
                [("escalation", "P(escalation)"), ("anyAgreement", "P(at least one item agreed)")], dir, caption, OutcomesName),
            Chart($"How the sequence ended, against {parameter}", parameter, points,
                [("ending.completed", "completed (every meeting held, no walkout)"), ("ending.declined", "declined (a party stayed away)"), ("ending.walkout", "walkout (a party left)")],
                dir, caption, EndingsName),
            Chart($"P(agreement) per agenda item against {parameter}", parameter, points,
                items.Select(m => (m.Key, m.Label.Replace("P(agreement): ", "", StringComparison.Ordinal))).ToList(), dir, caption, AgreementName,
                items.Count == 0 ? "no item was agreed at any point of the sweep" : null),
        ];
    }

    /// <summary>
    /// A heatmap of one metric over a two-parameter grid: the first parameter across, the second up, the colour the
    /// estimate (0 to the largest value), with the value written in each cell when the grid is small enough to read.
    /// </summary>
    /// <param name="sweep">A two-parameter grid sweep.</param>
    /// <param name="metricKey">The metric, e.g. <c>escalation</c>.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under the title.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles Heatmap(SweepResult sweep, string metricKey, string dir, PlotCaption caption)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        ArgumentNullException.ThrowIfNull(caption);
        if (sweep.Parameters.Count != 2) throw new ArgumentException("a heatmap needs a two-parameter sweep", nameof(sweep));
        var xs = sweep.Points.Select(p => p.Values[0]).Distinct().Order().ToArray();
        var ys = sweep.Points.Select(p => p.Values[1]).Distinct().Order().ToArray();
        var grid = new double[ys.Length, xs.Length];
        for (int r = 0; r < ys.Length; r++) for (int c = 0; c < xs.Length; c++) grid[r, c] = double.NaN;
        string label = metricKey;
        foreach (var p in sweep.Points)
        {
            var m = p.Find(metricKey);
            if (m is null) continue;
            label = m.Metric.Label;
            int c = Array.IndexOf(xs, p.Values[0]), r = Array.IndexOf(ys, p.Values[1]);
            // Row 0 is drawn at the top: put the largest second-parameter value there.
            grid[ys.Length - 1 - r, c] = m.Estimate;
        }

        using var plt = ChartStyle.NewPlot($"{label}, over a grid", caption);
        var heatmap = plt.Add.Heatmap(grid);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        double dx = xs.Length > 1 ? (xs[^1] - xs[0]) / (xs.Length - 1) : 1, dy = ys.Length > 1 ? (ys[^1] - ys[0]) / (ys.Length - 1) : 1;
        heatmap.Rectangle = new CoordinateRect(xs[0] - dx / 2, xs[^1] + dx / 2, ys[0] - dy / 2, ys[^1] + dy / 2);
        double max = 0;
        foreach (double v in grid) if (double.IsFinite(v)) max = Math.Max(max, v);
        heatmap.ManualRange = new ScottPlot.Range(0, max > 0 ? max : 1);
        var bar = plt.Add.ColorBar(heatmap);
        bar.Label = "estimate (share of replicates)";
        if (xs.Length * ys.Length <= 144)
        {
            for (int r = 0; r < ys.Length; r++)
                for (int c = 0; c < xs.Length; c++)
                {
                    double v = grid[ys.Length - 1 - r, c];
                    if (!double.IsFinite(v)) continue;
                    var text = ChartStyle.Label(plt, ChartStyle.Percent(v), xs[c], ys[r], Alignment.MiddleCenter, 11, v > 0.6 * max ? ChartStyle.Ink : Colors.White);
                    text.LabelBold = true;
                }
        }
        plt.Axes.SetLimits(xs[0] - dx / 2, xs[^1] + dx / 2, ys[0] - dy / 2, ys[^1] + dy / 2);
        plt.XLabel(sweep.Parameters[0]);
        plt.YLabel(sweep.Parameters[1]);
        return ChartStyle.Save(plt, dir, ChartStyle.FileSafe(HeatmapPrefix + metricKey), ChartStyle.Width, ChartStyle.Height + 100);
    }

    /// <summary>
    /// The Sobol' indices of one metric as bars, parameters ranked by their total index: first order S_i (the share of
    /// the metric's variance over the sweep explained by the parameter alone) and total S_Ti (including its
    /// interactions), each with its 95% bootstrap interval.
    /// </summary>
    /// <param name="parameters">Parameter paths, in the order of the indices' <see cref="SobolIndex.Parameter"/>.</param>
    /// <param name="metricLabel">What the indices are of, e.g. "P(escalation)".</param>
    /// <param name="indices">The indices.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under the title.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles Sobol(IReadOnlyList<string> parameters, string metricLabel, IReadOnlyList<SobolIndex> indices, string dir, PlotCaption caption, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        ArgumentNullException.ThrowIfNull(caption);
        var ranked = indices.OrderByDescending(i => double.IsFinite(i.Total) ? i.Total : -1).ToList();
        using var plt = ChartStyle.NewPlot($"What drives {metricLabel}: Sobol' indices", caption);
        var firstColor = ChartStyle.Series(0, 2);
        var totalColor = ChartStyle.Series(1, 2);
        var bars = new List<ScottPlot.Bar>();
        List<double> xs = [], ys = [], low = [], high = [];
        for (int r = 0; r < ranked.Count; r++)
        {
            var i = ranked[r];
            foreach (var (value, lo, hi, offset, color) in new[] { (i.First, i.FirstLower, i.FirstUpper, -0.2, firstColor), (i.Total, i.TotalLower, i.TotalUpper, 0.2, totalColor) })
            {
                if (!double.IsFinite(value)) continue;
                bars.Add(new ScottPlot.Bar { Position = r + offset, Value = value, FillColor = color, LineWidth = 0, Size = 0.38 });
                if (!ChartStyle.Finite(lo, hi)) continue;
                xs.Add(r + offset); ys.Add(value); low.Add(Math.Max(0, value - lo)); high.Add(Math.Max(0, hi - value));
            }
        }
        if (bars.Count > 0) plt.Add.Bars(bars);
        if (xs.Count > 0) plt.PlottableList.Add(new ScottPlot.Plottables.ErrorBar(xs, ys, null, null, high, low) { Color = ChartStyle.Ink, LineWidth = 1.2f, CapSize = 6 });
        if (bars.Count == 0) ChartStyle.EmptyNote(plt, "the metric did not vary over the sweep");
        // Setting paths have no spaces: break them at their dots instead.
        plt.Axes.Bottom.TickGenerator = ChartStyle.Ticks(ranked.Select((i, r) => ((double)r, BreakPath(parameters[i.Parameter], ranked.Count <= 4 ? 30 : 18))));
        double top = Math.Max(1.05, xs.Count > 0 ? xs.Select((_, k) => ys[k] + high[k]).Max() + 0.05 : 1.05);
        double lowest = Math.Min(0, xs.Count > 0 ? xs.Select((_, k) => ys[k] - low[k]).Min() - 0.05 : 0);
        double half = Math.Max(ranked.Count / 2.0, 1.5);
        plt.Axes.SetLimits((ranked.Count - 1) / 2.0 - half, (ranked.Count - 1) / 2.0 + half, Math.Max(lowest, -1), Math.Min(top, 2));
        var zero = plt.Add.HorizontalLine(0, 1, ChartStyle.Faint);
        zero.ExcludeFromLegend = true;
        plt.XLabel("swept parameter (ranked by total index; indices outside [0, 1] are estimation noise)");
        plt.YLabel("share of the variance over the sweep (0 = none, 1 = all)");
        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.FillEntry("first order S1 (the parameter alone; Saltelli 2010)", firstColor),
            ChartStyle.FillEntry("total ST (with its interactions; Jansen 1999)", totalColor),
            ChartStyle.LineEntry("95% bootstrap interval", ChartStyle.Ink, 1.5f),
        ]);
        return ChartStyle.Save(plt, dir, ChartStyle.FileSafe(name), Math.Max(ChartStyle.Width, 160 + 130 * ranked.Count), ChartStyle.Height + 40);
    }

    /// <summary>A dotted setting path on lines of about <paramref name="width"/> characters, broken after dots.</summary>
    private static string BreakPath(string path, int width)
    {
        var lines = new List<string>();
        string line = "";
        foreach (var part in path.Split('.'))
        {
            string piece = line.Length == 0 ? part : "." + part;
            if (line.Length > 0 && line.Length + piece.Length > width)
            {
                lines.Add(line + ".");
                line = part;
            }
            else line += piece;
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    private static ChartFiles Chart(string title, string parameter, IReadOnlyList<SweepPoint> points, IReadOnlyList<(string Key, string Label)> series,
        string dir, PlotCaption caption, string name, string? emptyNote = null)
    {
        using var plt = ChartStyle.NewPlot(title, caption);
        var legend = new List<LegendItem>();
        var xs = points.Select(p => p.Values[0]).ToArray();
        for (int s = 0; s < series.Count; s++)
        {
            var color = ChartStyle.Series(s, series.Count);
            var estimates = points.Select(p => p.Find(series[s].Key)).ToArray();
            if (estimates.Any(e => e is null || !double.IsFinite(e.Estimate))) continue;
            var est = estimates.Select(e => e!.Estimate).ToArray();
            var lo = estimates.Select(e => double.IsFinite(e!.Lower) ? e.Lower : e.Estimate).ToArray();
            var hi = estimates.Select(e => double.IsFinite(e!.Upper) ? e.Upper : e.Estimate).ToArray();
            if (xs.Length > 1)
            {
                var band = plt.Add.FillY(xs, lo, hi);
                band.FillColor = color.WithAlpha(0.2);
                band.LineColor = Colors.Transparent;
            }
            var line = plt.Add.Scatter(xs, est, color);
            line.LineWidth = 2;
            line.MarkerSize = 5;
            legend.Add(ChartStyle.LineEntry(ChartStyle.Shorten(series[s].Label, 44), color, 2.5f));
        }
        if (emptyNote is not null) ChartStyle.EmptyNote(plt, emptyNote);
        legend.Add(ChartStyle.FillEntry("95% interval (Wilson), shaded", ChartStyle.Muted.WithAlpha(0.25)));
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks();
        double pad = xs.Length > 1 ? (xs.Max() - xs.Min()) * 0.02 : 0.5;
        plt.Axes.SetLimits(xs.DefaultIfEmpty(0).Min() - pad, xs.DefaultIfEmpty(1).Max() + pad, 0, 1.02);
        plt.XLabel(parameter + " (the swept setting; every point on the same seed)");
        plt.YLabel("probability (0 = in no replicate, 1 = in every replicate)");
        ChartStyle.LegendBelow(plt, legend);
        return ChartStyle.Save(plt, dir, ChartStyle.FileSafe(name), ChartStyle.Width, ChartStyle.Height);
    }
}
