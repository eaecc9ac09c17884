using NegotiationSim.Outcomes;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>The most items whose quantile bands an offer fan draws; with more, it draws their medians only.</summary>
    public const int MaxFannedItems = 6;

    /// <summary>
    /// For one meeting, the offer on the table for each of its agenda items, round by round, as a fan: a light
    /// q05–q95 band, a darker q25–q75 band and the median line, one colour per item. Only rounds in which some
    /// replicate was still negotiating the item (<see cref="OfferBand.Count"/> &gt; 0) are drawn; the legend names each
    /// item with what its 0 and 1 mean. With more than <see cref="MaxFannedItems"/> items on the agenda the bands would
    /// hide each other, so only the medians are drawn.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="meetingIndex">Index of the meeting in <see cref="Summary.Meetings"/> (sequence order), from 0.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension; by default <c>offers-&lt;meeting id&gt;</c>.</param>
    /// <returns>The PNG and SVG written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="meetingIndex"/> names no meeting.</exception>
    public static ChartFiles OfferFan(Summary summary, int meetingIndex, string dir, PlotCaption? caption = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var meetings = summary.Meetings ?? [];
        ArgumentOutOfRangeException.ThrowIfNegative(meetingIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(meetingIndex, meetings.Count);
        var meeting = meetings[meetingIndex];
        var (cap, file) = Prepare(summary, dir, caption, name ?? OfferFanPrefix + meeting.Id);

        string title = "Offers on the table, round by round: " + ChartStyle.Shorten(meeting.Name, 50);
        using var plt = ChartStyle.NewPlot(title, cap);

        var ids = meeting.Items ?? [];
        var bandsByItem = meeting.OfferBands ?? [];
        int n = ids.Count;
        var legend = new List<LegendItem>();
        int firstRound = int.MaxValue, lastRound = int.MinValue;
        // Beyond a handful of items the overlapping bands hide each other; draw the medians only.
        bool drawBands = n <= MaxFannedItems;
        var medians = new List<(double[] Xs, double[] Ys, Color Color)>();

        for (int k = 0; k < n; k++)
        {
            var item = summary.Items?.FirstOrDefault(it => it.Id == ids[k]);
            Color color = ChartStyle.Series(k, n);
            string label = ChartStyle.Shorten(item?.Name ?? ids[k], drawBands ? 30 : 24);
            if (drawBands && item is not null && (ChartStyle.Informative(item.LowLabel, "0") || ChartStyle.Informative(item.HighLabel, "1")))
                label += $" (0 = {ChartStyle.Shorten(item.LowLabel, 22)} … 1 = {ChartStyle.Shorten(item.HighLabel, 22)})";

            var bands = ((k < bandsByItem.Count ? bandsByItem[k] : null) ?? [])
                .Where(b => b is not null && b.Count > 0 && ChartStyle.Finite(b.Q05, b.Q25, b.Median, b.Q75, b.Q95))
                .OrderBy(b => b.Round)
                .ToArray();
            if (bands.Length == 0)
            {
                legend.Add(ChartStyle.LineEntry(label + " (no rounds)", color.WithAlpha(0.4), 2.5f));
                continue;
            }
            firstRound = Math.Min(firstRound, bands[0].Round);
            lastRound = Math.Max(lastRound, bands[^1].Round);

            // A single round shows as a bar; shift the items' bars apart so that they do not hide each other.
            double dodge = bands.Length == 1 && n > 1 ? (k - (n - 1) / 2.0) * Math.Min(0.08, 0.6 / n) : 0;
            double[] xs = bands.Select(b => b.Round + dodge).ToArray();
            double[] Col(Func<OfferBand, double> f) => bands.Select(b => ChartStyle.Unit(f(b))).ToArray();
            if (drawBands && xs.Length > 1)
            {
                var outer = plt.Add.FillY(xs, Col(b => b.Q05), Col(b => b.Q95));
                outer.FillColor = color.WithAlpha(0.13);
                outer.LineWidth = 0;
                var inner = plt.Add.FillY(xs, Col(b => b.Q25), Col(b => b.Q75));
                inner.FillColor = color.WithAlpha(0.30);
                inner.LineWidth = 0;
            }
            else if (drawBands)
            {
                // One round: the bands collapse to intervals.
                var b = bands[0];
                var outer = plt.Add.Line(xs[0], ChartStyle.Unit(b.Q05), xs[0], ChartStyle.Unit(b.Q95));
                outer.LineColor = color.WithAlpha(0.35);
                outer.LineWidth = 10;
                var inner = plt.Add.Line(xs[0], ChartStyle.Unit(b.Q25), xs[0], ChartStyle.Unit(b.Q75));
                inner.LineColor = color.WithAlpha(0.6);
                inner.LineWidth = 10;
            }
            medians.Add((xs, Col(b => b.Median), color));
            legend.Add(ChartStyle.LineEntry(label, color, 2.5f));
        }

        // Medians go on top of every band, so that no item's band greys out another item's line.
        foreach (var (xs, ys, color) in medians)
        {
            var median = plt.Add.ScatterLine(xs, ys, color);
            median.LineWidth = 2.5f;
            if (xs.Length == 1) { median.MarkerShape = MarkerShape.FilledCircle; median.MarkerSize = 9; }
        }

        if (n == 0) ChartStyle.EmptyNote(plt, "no agenda items in this meeting");
        else if (firstRound > lastRound) ChartStyle.EmptyNote(plt, "no rounds were played in this meeting");

        if (drawBands)
        {
            legend.Add(ChartStyle.FillEntry("q25–q75 (item colour)", ChartStyle.Muted.WithAlpha(0.45)));
            legend.Add(ChartStyle.FillEntry("q05–q95", ChartStyle.Muted.WithAlpha(0.18)));
            legend.Add(ChartStyle.LineEntry("median", ChartStyle.Muted, 2.5f));
        }
        else
        {
            legend.Add(ChartStyle.LineEntry($"lines: medians (bands left out above {MaxFannedItems} items)", ChartStyle.Muted, 2.5f));
        }

        if (firstRound > lastRound) (firstRound, lastRound) = (1, 2);
        double pad = lastRound == firstRound ? 0.6 : Math.Max(0.3, 0.02 * (lastRound - firstRound));
        plt.Axes.SetLimits(firstRound - pad, lastRound + pad, -0.02, 1.02);
        plt.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks(0.1);
        plt.XLabel("round (1 = opening offers; later rounds: replicates still negotiating the item)");
        plt.YLabel("offer (0 = low end … 1 = high end; see item labels)");
        ChartStyle.LegendBelow(plt, legend);

        return ChartStyle.Save(plt, dir, file, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>Writes one <see cref="OfferFan"/> per meeting, named <c>offers-&lt;meeting id&gt;</c>, in sequence order.</summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under each title; by default taken from the summary.</param>
    /// <returns>The files written, one pair per meeting.</returns>
    public static IReadOnlyList<ChartFiles> OfferFans(Summary summary, string dir, PlotCaption? caption = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var meetings = summary.Meetings ?? [];
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<ChartFiles>(meetings.Count);
        for (int i = 0; i < meetings.Count; i++)
        {
            string name = ChartStyle.FileSafe(OfferFanPrefix + meetings[i].Id);
            if (!used.Add(name)) name = ChartStyle.FileSafe($"{OfferFanPrefix}{meetings[i].Id}-{i + 1}");
            files.Add(OfferFan(summary, i, dir, caption, name));
        }
        return files;
    }
}
