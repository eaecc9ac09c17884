using NegotiationSim.Outcomes;
using ScottPlot;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>
    /// One row per agenda item (first item on top) showing where agreements landed on its 0–1 scale, over the
    /// replicates that agreed it: q05–q95 whiskers, a q25–q75 box and a median bar, plus a hollow diamond at the median
    /// value in force at the end (the agreed value, or the status quo where the item was not agreed). Each row carries
    /// its item's own low and high labels at its two ends, since 0 and 1 mean different things on every item; the row
    /// name says how often the item was agreed. Items never agreed are shown as "never agreed", not left out.
    /// The picture grows taller with the number of items.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles AgreedValues(Summary summary, string dir, PlotCaption? caption = null, string name = AgreedValuesName)
    {
        var (cap, file) = Prepare(summary, dir, caption, name);
        var items = summary.Items ?? [];
        int n = items.Count;

        using var plt = ChartStyle.NewPlot("Where agreements landed, per agenda item", cap);
        plt.Grid.YAxisStyle.IsVisible = false;

        Color box = ChartStyle.Primary.WithAlpha(0.35);
        Color final = Color.FromHex("#D55E00");
        const double half = 0.16;           // half the box height, in rows
        // Room for both ends' labels on one row: about 60 characters each on screen, 45 on the narrower paper layout.
        int endChars = ChartStyle.Paper ? 45 : 60;
        var ticks = new List<(double, string)>();

        for (int i = 0; i < n; i++)
        {
            var item = items[i];
            double y = n - 1 - i;

            // The item's whole scale, as a faint track, with what its two ends mean.
            var track = plt.Add.Line(0, y, 1, y);
            track.LineColor = ChartStyle.GridLine;
            track.LineWidth = 5;
            if (ChartStyle.Informative(item.LowLabel, "0"))
                ChartStyle.Label(plt, "◂ " + ChartStyle.Shorten(item.LowLabel, endChars), 0, y + 0.24, Alignment.LowerLeft, 11, ChartStyle.Muted);
            if (ChartStyle.Informative(item.HighLabel, "1"))
                ChartStyle.Label(plt, ChartStyle.Shorten(item.HighLabel, endChars) + " ▸", 1, y + 0.24, Alignment.LowerRight, 11, ChartStyle.Muted);

            var p = item.Agreement;
            string share = p is not null && ChartStyle.Finite(p.Estimate) ? $"agreed in {ChartStyle.Percent(p.Estimate)}" : "agreement: no data";
            // The whole name, wrapped onto two lines if need be, then the share agreed.
            ticks.Add((y, ChartStyle.Wrap(item.Name, 28, 2) + "\n" + share));

            var d = item.AgreedValue;
            if (d is null || d.Count <= 0 || !ChartStyle.Finite(d.Q05, d.Q25, d.Median, d.Q75, d.Q95))
            {
                // Keep clear of the end-value diamond, which often sits in the middle (the status quo).
                double at = 0.5;
                if (item.FinalValue is { Count: > 0 } fv && ChartStyle.Finite(fv.Median) && Math.Abs(fv.Median - 0.5) < 0.2)
                    at = fv.Median < 0.5 ? 0.72 : 0.28;
                bool known = p is not null && p.Total > 0 && ChartStyle.Finite(p.Estimate);
                var note = ChartStyle.Label(plt, known ? "never agreed" : "no data", at, y, Alignment.MiddleCenter, 12, ChartStyle.Muted);
                note.LabelItalic = true;
                note.LabelBackgroundColor = Colors.White;
            }
            else
            {
                double q05 = ChartStyle.Unit(d.Q05), q25 = ChartStyle.Unit(d.Q25), med = ChartStyle.Unit(d.Median);
                double q75 = ChartStyle.Unit(d.Q75), q95 = ChartStyle.Unit(d.Q95);

                var whisker = plt.Add.Line(q05, y, q95, y);
                whisker.LineColor = ChartStyle.Primary;
                whisker.LineWidth = 1.5f;
                foreach (double x in new[] { q05, q95 })
                {
                    var cap1 = plt.Add.Line(x, y - half * 0.6, x, y + half * 0.6);
                    cap1.LineColor = ChartStyle.Primary;
                    cap1.LineWidth = 1.5f;
                }
                var rect = plt.Add.Rectangle(q25, Math.Max(q75, q25 + 0.002), y - half, y + half);
                rect.FillColor = box;
                rect.LineColor = ChartStyle.Primary;
                rect.LineWidth = 1;
                var median = plt.Add.Line(med, y - half * 1.35, med, y + half * 1.35);
                median.LineColor = ChartStyle.Ink;
                median.LineWidth = 3;
            }

            var f = item.FinalValue;
            if (f is not null && f.Count > 0 && ChartStyle.Finite(f.Median))
            {
                var m = plt.Add.Marker(ChartStyle.Unit(f.Median), y, MarkerShape.OpenDiamond, 11, final);
                m.MarkerLineWidth = 2;
            }
        }
        if (n == 0) ChartStyle.EmptyNote(plt, "no agenda items");

        plt.Axes.Left.TickGenerator = ChartStyle.Ticks(ticks);
        plt.Axes.Left.TickLabelStyle.FontSize = 12;
        plt.Axes.Left.MajorTickStyle.Length = 0;
        plt.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(0.1);
        plt.Axes.SetLimits(-0.02, 1.02, -0.6, Math.Max(n, 1) - 0.35);
        plt.XLabel("agreed value (0 = the item's low end, 1 = its high end: see the labels on each row)");
        plt.YLabel("agenda item");

        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.LineEntry("q05–q95", ChartStyle.Primary, 1.5f),
            ChartStyle.FillEntry("q25–q75", box, ChartStyle.Primary),
            ChartStyle.MarkerEntry("median agreed value", MarkerShape.VerticalBar, ChartStyle.Ink, 14),
            ChartStyle.MarkerEntry("median value in force at the end (agreed or status quo)", MarkerShape.OpenDiamond, final, 11),
        ]);

        int height = Math.Max(ChartStyle.Height, 210 + 62 * n);
        return ChartStyle.Save(plt, dir, file, ChartStyle.Width, height);
    }
}
