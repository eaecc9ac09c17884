using System.Globalization;
using NegotiationSim.Forecasting;
using ScottPlot;
using ScottPlot.Plottables;

namespace NegotiationSim.Plots;

/// <summary>
/// The charts of a backtest (docs/validation.md): each model's error against the compromise model with its bootstrap
/// interval, forecast against outcome for every model, and the calibration of the probabilistic models (PIT histogram).
/// </summary>
public static class BacktestCharts
{
    /// <summary>File name of <see cref="ErrorByModel"/>.</summary>
    public const string ErrorByModelName = "error-by-model";

    /// <summary>File name prefix of <see cref="ForecastVsOutcome"/>; the model's name follows.</summary>
    public const string ForecastVsOutcomePrefix = "forecast-vs-outcome-";

    /// <summary>File name of <see cref="Calibration"/>.</summary>
    public const string CalibrationName = "calibration-pit";

    /// <summary>Bins of the PIT histogram.</summary>
    public const int PitBins = 10;

    /// <summary>Draws every chart into <paramref name="dir"/>.</summary>
    public static IReadOnlyList<ChartFiles> All(BacktestResult result, string dir, string caption)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = new List<ChartFiles> { ErrorByModel(result, dir, caption) };
        foreach (string model in result.Models) files.Add(ForecastVsOutcome(result, model, dir, caption));
        files.Add(Calibration(result, dir, caption));
        return files;
    }

    /// <summary>
    /// One row per model: its MAE difference to the compromise model with the 95% paired bootstrap interval, the
    /// model's MAE in its label; a dashed line at 0 (no difference).
    /// </summary>
    public static ChartFiles ErrorByModel(BacktestResult result, string dir, string caption)
    {
        Check(result, dir, caption);
        using var plt = ChartStyle.NewPlot("Mean absolute error by model, against the compromise model", caption);
        var rows = result.Scores.ToList();
        double extent = 1;
        for (int r = 0; r < rows.Count; r++)
        {
            double y = rows.Count - 1 - r;
            var d = result.Differences.FirstOrDefault(x => x.Model == rows[r].Model);
            if (rows[r].Model == BacktestModels.Compromise)
            {
                plt.Add.Marker(0, y, MarkerShape.FilledDiamond, 11, ChartStyle.Ink);
                continue;
            }
            if (d is null || !ChartStyle.Finite(d.Difference, d.Lower, d.Upper)) continue;
            var color = d.IsNoise ? ChartStyle.Faint : ChartStyle.Primary;
            plt.Add.Marker(d.Difference, y, MarkerShape.FilledCircle, 9, color);
            plt.PlottableList.Add(new ErrorBar([d.Difference], [y], [d.Upper - d.Difference], [d.Difference - d.Lower], null, null)
            {
                Color = color, LineWidth = 2, CapSize = 6,
            });
            extent = Math.Max(extent, Math.Max(Math.Abs(d.Lower), Math.Abs(d.Upper)));
        }
        var zero = plt.Add.VerticalLine(0, 1.5f, ChartStyle.Ink, LinePattern.Dashed);
        zero.ExcludeFromLegend = true;
        plt.Axes.Left.TickGenerator = ChartStyle.Ticks(rows.Select((s, r) =>
            ((double)(rows.Count - 1 - r), $"{s.Model}  (MAE {Fixed(s.Mae)}, n = {s.Issues})")));
        plt.Axes.Left.MinimumSize = 300;
        extent *= 1.1;
        plt.Axes.SetLimits(-extent, extent, -0.6, rows.Count - 0.4);
        plt.XLabel("MAE − MAE of the compromise model on the same issues (points of the 0–100 scale; < 0: better)");
        plt.YLabel("");
        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.MarkerEntry("differs from the compromise model (95% interval excludes 0)", MarkerShape.FilledCircle, ChartStyle.Primary),
            ChartStyle.MarkerEntry("noise (interval contains 0)", MarkerShape.FilledCircle, ChartStyle.Faint),
            ChartStyle.LineEntry("95% paired bootstrap interval", ChartStyle.Ink, 2),
        ]);
        return ChartStyle.Save(plt, dir, ErrorByModelName, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>
    /// Forecast (x) against outcome (y) for one model, one point per scored issue, with the diagonal of a perfect
    /// forecast; for a probabilistic model each point carries its 90% interval (q05–q95) as a horizontal bar.
    /// </summary>
    public static ChartFiles ForecastVsOutcome(BacktestResult result, string model, string dir, string caption)
    {
        Check(result, dir, caption);
        ArgumentNullException.ThrowIfNull(model);
        var scored = result.Forecasts.Where(f => f.Model == model && f.Scored).ToList();
        var score = result.Scores.FirstOrDefault(s => s.Model == model);
        using var plt = ChartStyle.NewPlot($"Forecast and outcome: {model}" + (score is null ? "" : $" (MAE {Fixed(score.Mae)}, n = {score.Issues})"), caption);
        if (scored.Count == 0) ChartStyle.EmptyNote(plt, "no issue could be forecast and scored");
        else
        {
            var xs = scored.Select(f => f.Forecast).ToArray();
            var ys = scored.Select(f => f.Outcome).ToArray();
            if (scored.All(f => f.Sample is not null))
            {
                plt.PlottableList.Add(new ErrorBar(xs, ys,
                    scored.Select(f => f.Forecast - f.Sample!.Quantile(0.05)).ToArray(), scored.Select(f => f.Sample!.Quantile(0.95) - f.Forecast).ToArray(), null, null)
                {
                    Color = ChartStyle.Faint.WithAlpha(0.6), LineWidth = 1, CapSize = 0,
                });
            }
            var points = plt.Add.ScatterPoints(xs, ys, ChartStyle.Primary.WithAlpha(0.7));
            points.MarkerSize = 6;
        }
        // Drawn last: a dashed line's paint effect would otherwise carry over to the markers drawn after it in the SVG.
        var diagonal = plt.Add.ScatterLine(new double[] { 0, 100 }, new double[] { 0, 100 }, ChartStyle.Faint);
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LineWidth = 1.5f;
        diagonal.MarkerSize = 0;
        plt.Axes.SetLimits(-3, 103, -3, 103);
        plt.XLabel(scored.Any(f => f.Sample is not null) ? "forecast (median; bar: 90% interval)" : "forecast");
        plt.YLabel("outcome");
        return ChartStyle.Save(plt, dir, ForecastVsOutcomePrefix + ChartStyle.FileSafe(model), ChartStyle.Width - 200, ChartStyle.Height + 100);
    }

    /// <summary>
    /// The PIT histogram of every probabilistic model (<see cref="PitBins"/> bins of the mid-PIT on [0, 1], as a density):
    /// flat at 1 when the forecast distributions are calibrated; U-shaped when too narrow; peaked when too wide.
    /// </summary>
    public static ChartFiles Calibration(BacktestResult result, string dir, string caption)
    {
        Check(result, dir, caption);
        var models = result.Models.Where(m => result.Forecasts.Any(f => f.Model == m && f.Sample is not null)).ToList();
        using var plt = ChartStyle.NewPlot("Calibration: PIT histogram of the probabilistic forecasts", caption);
        var bars = new List<Bar>();
        double slot = 0.9 / Math.Max(1, models.Count), top = 1.5;
        for (int m = 0; m < models.Count; m++)
        {
            var pits = result.Forecasts.Where(f => f.Model == models[m] && f.Scored && f.Sample is not null).Select(f => f.Sample!.Pit(f.Outcome)).ToList();
            if (pits.Count == 0) continue;
            var counts = new int[PitBins];
            foreach (double p in pits) counts[Math.Min(PitBins - 1, (int)(p * PitBins))]++;
            for (int b = 0; b < PitBins; b++)
            {
                double density = counts[b] * PitBins / (double)pits.Count;
                top = Math.Max(top, density);
                double x = (b + 0.05 + slot * (m + 0.5)) / PitBins;
                bars.Add(new Bar { Position = x, Value = density, FillColor = ChartStyle.Series(m, models.Count), LineWidth = 0, Size = slot * 0.95 / PitBins });
            }
        }
        if (bars.Count > 0) plt.Add.Bars(bars);
        else ChartStyle.EmptyNote(plt, "no probabilistic model was scored");
        var uniform = plt.Add.HorizontalLine(1, 1.5f, ChartStyle.Ink, LinePattern.Dashed);
        uniform.ExcludeFromLegend = true;
        plt.Axes.SetLimits(0, 1, 0, top * 1.1);
        plt.XLabel("PIT: share of the forecast distribution below the outcome (ties counted half)");
        plt.YLabel("density (1 = calibrated)");
        ChartStyle.LegendBelow(plt, models.Select((m, i) => ChartStyle.FillEntry(m, ChartStyle.Series(i, models.Count)))
            .Append(ChartStyle.LineEntry("calibrated (uniform)", ChartStyle.Ink, 2, LinePattern.Dashed)));
        return ChartStyle.Save(plt, dir, CalibrationName, ChartStyle.Width, ChartStyle.Height);
    }

    private static string Fixed(double x) => double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static void Check(BacktestResult result, string dir, string caption)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        ArgumentNullException.ThrowIfNull(caption);
    }
}
