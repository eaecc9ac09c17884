using NegotiationSim.Outcomes;
using ScottPlot;
using ScottPlot.Plottables;

namespace NegotiationSim.Plots;

/// <summary>
/// The charts of a comparison of several arms (a base and its variants) run on the same replicates: agreement per
/// item and endings as grouped bars with 95% Wilson intervals, the paired differences to the base with their 95%
/// intervals, and overlaid distributions (empirical CDFs) of each party's final utility and of each item's agreed
/// value. Each method writes <c>&lt;dir&gt;/&lt;name&gt;.png</c> and <c>.svg</c>; the arms keep one colour throughout.
/// </summary>
public static class CompareCharts
{
    /// <summary>File name of <see cref="AgreementByItem"/>.</summary>
    public const string AgreementByItemName = "compare-agreement-by-item";

    /// <summary>File name of <see cref="Endings"/>.</summary>
    public const string EndingsName = "compare-endings";

    /// <summary>File name of <see cref="Differences"/>.</summary>
    public const string DifferencesName = "compare-differences";

    /// <summary>File-name prefix of <see cref="UtilityDistributions"/>; the party id follows.</summary>
    public const string UtilityPrefix = "compare-utility-";

    /// <summary>File-name prefix of <see cref="AgreedValueDistributions"/>; the item id follows.</summary>
    public const string AgreedValuesPrefix = "compare-agreed-";

    private static readonly (string Key, string Tick)[] SequenceMetrics =
    [
        ("ending.completed", "completed\n(every meeting held,\nno walkout)"),
        ("ending.declined", "declined\n(a party\nstayed away)"),
        ("ending.walkout", "walkout\n(a party left\na meeting)"),
        ("escalation", "escalation\n(outside option\ntaken)"),
        ("anyAgreement", "any agreement\n(at least one\nitem agreed)"),
    ];

    /// <summary>Writes every comparison chart into <paramref name="dir"/>.</summary>
    /// <param name="comparison">Estimates and paired differences per metric and arm.</param>
    /// <param name="summaries">Each arm's full summary, in arm order (for the distributions).</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under each title.</param>
    /// <returns>Every file written, PNG and SVG of each chart in turn.</returns>
    public static IReadOnlyList<string> All(Comparison comparison, IReadOnlyList<Summary> summaries, string dir, PlotCaption caption)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var charts = new List<ChartFiles>
        {
            AgreementByItem(comparison, dir, caption),
            Endings(comparison, dir, caption),
            Differences(comparison, dir, caption),
        };
        charts.AddRange(UtilityDistributions(comparison.Arms, summaries, dir, caption));
        charts.AddRange(AgreedValueDistributions(comparison.Arms, summaries, dir, caption));
        return charts.SelectMany(c => c.Paths).ToList();
    }

    /// <summary>
    /// Grouped bars: for every agenda item, each arm's probability that the item was agreed, with its 95% Wilson
    /// interval; the arms are side by side within an item, in arm order, one colour each.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under the title.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles AgreementByItem(Comparison comparison, string dir, PlotCaption caption, string name = AgreementByItemName)
    {
        Check(comparison, dir, caption);
        var items = comparison.Metrics.Where(m => m.Metric.Key.StartsWith("agreement.", StringComparison.Ordinal)).ToList();
        using var plt = ChartStyle.NewPlot("Probability of agreement per agenda item, by variant", caption);
        GroupedBars(plt, comparison.Arms, items);
        int width = Math.Max(ChartStyle.Width, 160 + items.Count * comparison.Arms.Count * 14), height = ChartStyle.Height;
        Charts.ItemAxis(plt, items.Select(m => m.Metric.Label.Replace("P(agreement): ", "", StringComparison.Ordinal)).ToList(), ref width, ref height);
        if (items.Count == 0) ChartStyle.EmptyNote(plt, "no agenda items");
        plt.XLabel("agenda item");
        plt.YLabel("P(agreement) (0 = never agreed, 1 = always agreed)");
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks();
        double half = Math.Max(items.Count / 2.0, 1.5);
        plt.Axes.SetLimits((items.Count - 1) / 2.0 - half, (items.Count - 1) / 2.0 + half, 0, 1.04);
        ChartStyle.LegendBelow(plt, ArmLegend(comparison.Arms).Append(ChartStyle.LineEntry("95% Wilson interval", ChartStyle.Ink, 1.5f)));
        return ChartStyle.Save(plt, dir, ChartStyle.FileSafe(name), width, height);
    }

    /// <summary>
    /// Grouped bars of how the sequence ended (completed, declined, walkout: these three add up to 100% in each arm),
    /// P(escalation) and P(at least one item agreed), per arm with 95% Wilson intervals.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under the title.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles Endings(Comparison comparison, string dir, PlotCaption caption, string name = EndingsName)
    {
        Check(comparison, dir, caption);
        var metrics = SequenceMetrics.Select(s => comparison.Find(s.Key)).OfType<MetricComparison>().ToList();
        using var plt = ChartStyle.NewPlot("Endings, escalation and agreement, by variant", caption);
        GroupedBars(plt, comparison.Arms, metrics);
        var divider = plt.Add.VerticalLine(2.5, 1, ChartStyle.Faint, LinePattern.Dashed);
        divider.ExcludeFromLegend = true;
        ChartStyle.Label(plt, "how the sequence ended (each arm's three add up to 100%)", 1, 1.17, Alignment.UpperCenter, 12, ChartStyle.Muted);
        ChartStyle.Label(plt, "separately", 3.5, 1.17, Alignment.UpperCenter, 12, ChartStyle.Muted);
        plt.Axes.Bottom.TickGenerator = ChartStyle.Ticks(SequenceMetrics.Select((s, i) => ((double)i, s.Tick)));
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks();
        plt.Axes.SetLimits(-0.6, SequenceMetrics.Length - 0.4, 0, 1.18);
        plt.XLabel("outcome of the meeting sequence");
        plt.YLabel("probability (0 = in no replicate, 1 = in every replicate)");
        ChartStyle.LegendBelow(plt, ArmLegend(comparison.Arms).Append(ChartStyle.LineEntry("95% Wilson interval", ChartStyle.Ink, 1.5f)));
        return ChartStyle.Save(plt, dir, ChartStyle.FileSafe(name), ChartStyle.Width, ChartStyle.Height + 60);
    }

    /// <summary>
    /// The paired differences to the base (variant − base, replicate by replicate) of the endings, escalation and any
    /// agreement, each with its 95% interval, one colour per variant; intervals that cross the dashed zero line do not
    /// show a difference at this number of replicates.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under the title.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles Differences(Comparison comparison, string dir, PlotCaption caption, string name = DifferencesName)
    {
        Check(comparison, dir, caption);
        var rows = SequenceMetrics.Select(s => (s, m: comparison.Find(s.Key))).Where(x => x.m is not null).ToList();
        string baseArm = comparison.Arms.Count > 0 ? comparison.Arms[0] : "base";
        using var plt = ChartStyle.NewPlot($"Paired difference to \"{ChartStyle.Shorten(baseArm, 30)}\", with 95% intervals", caption);
        int arms = comparison.Arms.Count, variants = Math.Max(1, arms - 1);
        double extent = 0.01;
        for (int r = 0; r < rows.Count; r++)
        {
            double y = rows.Count - 1 - r;
            for (int a = 1; a < arms; a++)
            {
                var e = rows[r].m!.Arms[a];
                if (!ChartStyle.Finite(e.Difference, e.DifferenceLower, e.DifferenceUpper)) continue;
                // The first variant at the top of its row, as in the legend.
                double yy = y + (variants == 1 ? 0 : 0.6 * (0.5 - (a - 1) / (double)(variants - 1)));
                var color = ChartStyle.Series(a, arms);
                plt.Add.Marker(e.Difference, yy, MarkerShape.FilledCircle, 9, color);
                plt.PlottableList.Add(new ErrorBar([e.Difference], [yy], [e.DifferenceUpper - e.Difference], [e.Difference - e.DifferenceLower], null, null)
                {
                    Color = color,
                    LineWidth = 2,
                    CapSize = 6,
                });
                extent = Math.Max(extent, Math.Max(Math.Abs(e.DifferenceLower), Math.Abs(e.DifferenceUpper)));
            }
        }
        if (arms < 2) ChartStyle.EmptyNote(plt, "only one arm: nothing to compare");
        var zero = plt.Add.VerticalLine(0, 1.5f, ChartStyle.Ink, LinePattern.Dashed);
        zero.ExcludeFromLegend = true;
        plt.Axes.Left.TickGenerator = ChartStyle.Ticks(rows.Select((x, r) => ((double)(rows.Count - 1 - r), x.s.Tick.Replace('\n', ' '))));
        plt.Axes.Left.MinimumSize = 230;
        extent *= 1.1;
        plt.Axes.SetLimits(-extent, extent, -0.6, rows.Count - 0.4);
        plt.XLabel("variant − base, in probability (e.g. 0.05 = 5 percentage points more often than in the base)");
        plt.YLabel("");
        ChartStyle.LegendBelow(plt, comparison.Arms.Skip(1)
            .Select((arm, i) => ChartStyle.MarkerEntry(ChartStyle.Shorten(arm, 32), MarkerShape.FilledCircle, ChartStyle.Series(i + 1, arms)))
            .Append(ChartStyle.LineEntry("95% interval of the paired mean difference", ChartStyle.Ink, 2)));
        return ChartStyle.Save(plt, dir, ChartStyle.FileSafe(name), ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>
    /// Per party, the empirical CDFs of its final utility in every arm, overlaid (a curve to the right means the party
    /// tends to end better off). One chart per party id found in any arm.
    /// </summary>
    /// <param name="arms">Arm names, in order.</param>
    /// <param name="summaries">Each arm's summary, in arm order.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under the title.</param>
    /// <returns>The charts written.</returns>
    public static IReadOnlyList<ChartFiles> UtilityDistributions(IReadOnlyList<string> arms, IReadOnlyList<Summary> summaries, string dir, PlotCaption caption)
    {
        CheckArms(arms, summaries, dir, caption);
        var ids = summaries.SelectMany(s => s.Parties.Select(p => (p.Id, p.Name))).DistinctBy(p => p.Id).ToList();
        return ids.Select(party => Ecdf(
            $"{party.Name}: final utility, by variant",
            "utility of the final outcome (0 = worst possible, 1 = own ideal everywhere)",
            arms, summaries.Select(s => s.Parties.FirstOrDefault(p => p.Id == party.Id)?.FinalUtility).ToList(),
            _ => "", dir, caption, UtilityPrefix + party.Id)).ToList();
    }

    /// <summary>
    /// Per agenda item agreed in at least one arm, the empirical CDFs of its agreed value in every arm that agreed it
    /// (conditional on agreement; the legend gives each arm's P(agreement)).
    /// </summary>
    /// <param name="arms">Arm names, in order.</param>
    /// <param name="summaries">Each arm's summary, in arm order.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="caption">The line under the title.</param>
    /// <returns>The charts written.</returns>
    public static IReadOnlyList<ChartFiles> AgreedValueDistributions(IReadOnlyList<string> arms, IReadOnlyList<Summary> summaries, string dir, PlotCaption caption)
    {
        CheckArms(arms, summaries, dir, caption);
        var items = summaries.SelectMany(s => s.Items).DistinctBy(i => i.Id).ToList();
        var charts = new List<ChartFiles>();
        foreach (var item in items)
        {
            var perArm = summaries.Select(s => s.Items.FirstOrDefault(i => i.Id == item.Id)).ToList();
            if (!perArm.Any(i => i is not null && i.AgreedValue.Count > 0)) continue;
            string axis = $"agreed value (0 = {ChartStyle.Shorten(item.LowLabel, 40)}, 1 = {ChartStyle.Shorten(item.HighLabel, 40)})";
            charts.Add(Ecdf($"{item.Name}: agreed value, by variant", axis, arms, perArm.Select(i => i?.AgreedValue).ToList(),
                a => perArm[a] is { } i ? $", P(agreed) {ChartStyle.Percent(i.Agreement.Estimate)}" : "", dir, caption, AgreedValuesPrefix + item.Id));
        }
        return charts;
    }

    private static ChartFiles Ecdf(string title, string xLabel, IReadOnlyList<string> arms, IReadOnlyList<Distribution01?> distributions,
        Func<int, string> note, string dir, PlotCaption caption, string name)
    {
        using var plt = ChartStyle.NewPlot(title, caption);
        var legend = new List<LegendItem>();
        bool any = false;
        int firstBin = int.MaxValue, lastBin = -1;
        for (int a = 0; a < arms.Count; a++)
        {
            var color = ChartStyle.Series(a, arms.Count);
            var d = distributions[a];
            string label = ChartStyle.Shorten(arms[a], 32);
            if (d is null || d.Count == 0 || d.Counts.Count == 0)
            {
                legend.Add(ChartStyle.LineEntry(label + (d is null ? " (not in this arm)" : " (never)"), color.WithAlpha(0.35), 2.5f));
                continue;
            }
            int bins = d.Counts.Count;
            var xs = new double[bins + 1];
            var ys = new double[bins + 1];
            long seen = 0;
            for (int b = 0; b < bins; b++)
            {
                xs[b] = (double)b / bins;
                ys[b] = (double)seen / d.Count;
                seen += d.Counts[b];
            }
            xs[bins] = 1;
            ys[bins] = 1;
            for (int b = 0; b < bins; b++) if (d.Counts[b] > 0) { firstBin = Math.Min(firstBin, b * 100 / bins); break; }
            for (int b = bins - 1; b >= 0; b--) if (d.Counts[b] > 0) { lastBin = Math.Max(lastBin, (b + 1) * 100 / bins); break; }
            var line = plt.Add.ScatterLine(xs, ys, color);
            line.LineWidth = a == 0 ? 3 : 2;
            any = true;
            legend.Add(ChartStyle.LineEntry($"{label} (median {ChartStyle.Number(Math.Round(d.Median, 2))}{note(a)})", color, a == 0 ? 3 : 2.5f));
        }
        if (!any) ChartStyle.EmptyNote(plt, "no data");
        // Zoom on where the mass is, in whole tenths, so that close curves can be told apart.
        double left = lastBin < 0 ? 0 : Math.Max(0, Math.Floor(firstBin / 10.0 - 0.5) / 10);
        double right = lastBin < 0 ? 1 : Math.Min(1, Math.Ceiling(lastBin / 10.0 + 0.5) / 10);
        plt.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(right - left <= 0.5 ? 0.05 : 0.1);
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks();
        plt.Axes.SetLimits(left, right, 0, 1.02);
        plt.XLabel(xLabel);
        plt.YLabel("share of replicates at or below (cumulative)");
        ChartStyle.LegendBelow(plt, legend);
        return ChartStyle.Save(plt, dir, ChartStyle.FileSafe(name), ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>Bars at x = group index, arms side by side, with Wilson error bars.</summary>
    private static void GroupedBars(Plot plt, IReadOnlyList<string> arms, IReadOnlyList<MetricComparison> groups)
    {
        int k = Math.Max(1, arms.Count);
        double slot = 0.8 / k;
        var bars = new List<Bar>();
        List<double> xs = [], ys = [], low = [], high = [];
        for (int g = 0; g < groups.Count; g++)
        {
            for (int a = 0; a < arms.Count; a++)
            {
                var e = groups[g].Arms[a];
                if (!e.Present || !ChartStyle.Finite(e.Estimate)) continue;
                double x = g + (a - (k - 1) / 2.0) * slot;
                double est = ChartStyle.Unit(e.Estimate);
                double lo = ChartStyle.Finite(e.Lower) ? ChartStyle.Unit(Math.Min(e.Lower, est)) : est;
                double hi = ChartStyle.Finite(e.Upper) ? ChartStyle.Unit(Math.Max(e.Upper, est)) : est;
                bars.Add(new Bar { Position = x, Value = est, FillColor = ChartStyle.Series(a, arms.Count), LineWidth = 0, Size = slot * 0.92 });
                xs.Add(x); ys.Add(est); low.Add(est - lo); high.Add(hi - est);
            }
        }
        if (bars.Count > 0) plt.Add.Bars(bars);
        if (xs.Count > 0)
            plt.PlottableList.Add(new ErrorBar(xs, ys, null, null, high, low) { Color = ChartStyle.Ink, LineWidth = 1.2f, CapSize = k <= 3 ? 6 : 3 });
    }

    private static IEnumerable<LegendItem> ArmLegend(IReadOnlyList<string> arms) =>
        arms.Select((arm, a) => ChartStyle.FillEntry(ChartStyle.Shorten(arm, 32) + (a == 0 ? " (base)" : ""), ChartStyle.Series(a, arms.Count)));

    private static void Check(Comparison comparison, string dir, PlotCaption caption)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        ArgumentNullException.ThrowIfNull(caption);
    }

    private static void CheckArms(IReadOnlyList<string> arms, IReadOnlyList<Summary> summaries, string dir, PlotCaption caption)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        ArgumentNullException.ThrowIfNull(caption);
        if (arms.Count != summaries.Count) throw new ArgumentException($"expected one summary per arm ({arms.Count}), got {summaries.Count}", nameof(summaries));
    }
}
