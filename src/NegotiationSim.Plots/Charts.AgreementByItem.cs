using NegotiationSim.Outcomes;
using ScottPlot;
using ScottPlot.Plottables;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>
    /// Bar chart of the probability that each agenda item was agreed (in any meeting), with its 95% Wilson interval
    /// as error bars and item names along the x axis; the y axis runs from 0 (never agreed) to 1 (always agreed).
    /// Up to <see cref="MaxColumnItems"/> items are drawn as columns with their names wrapped under them; more as
    /// rows (horizontal bars) with the full names, wrapped, beside them, so that no name is cut.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles AgreementByItem(Summary summary, string dir, PlotCaption? caption = null, string name = AgreementByItemName)
    {
        var (cap, file) = Prepare(summary, dir, caption, name);
        var items = summary.Items ?? [];
        int n = items.Count;
        if (n > MaxColumnItems) return AgreementByItemRows(summary, items, dir, cap, file);

        using var plt = ChartStyle.NewPlot("Probability of agreement per agenda item", cap);

        var bars = new List<Bar>();
        List<double> xs = [], ys = [], errLow = [], errHigh = [];
        bool labels = n <= 16;
        for (int i = 0; i < n; i++)
        {
            var p = items[i].Agreement;
            if (p is null || !ChartStyle.Finite(p.Estimate))
            {
                ChartStyle.Label(plt, "no data", i, 0.02, Alignment.LowerCenter, 11, ChartStyle.Muted);
                continue;
            }
            double est = ChartStyle.Unit(p.Estimate);
            double lo = ChartStyle.Finite(p.Lower) ? ChartStyle.Unit(Math.Min(p.Lower, est)) : est;
            double hi = ChartStyle.Finite(p.Upper) ? ChartStyle.Unit(Math.Max(p.Upper, est)) : est;
            bars.Add(new Bar { Position = i, Value = est, FillColor = ChartStyle.Primary, LineWidth = 0, Size = 0.68 });
            xs.Add(i); ys.Add(est); errLow.Add(est - lo); errHigh.Add(hi - est);
            if (labels)
                ChartStyle.Label(plt, ChartStyle.Percent(est), i, hi, Alignment.LowerCenter, n <= 8 ? 12 : 10).LabelOffsetY = -3;
        }
        if (bars.Count > 0) plt.Add.Bars(bars);
        if (xs.Count > 0)
        {
            var err = new ErrorBar(xs, ys, null, null, errHigh, errLow)
            {
                Color = ChartStyle.Ink,
                LineWidth = 1.5f,
                CapSize = n <= 12 ? 8 : 4,
            };
            plt.PlottableList.Add(err);
        }
        if (n == 0) ChartStyle.EmptyNote(plt, "no agenda items");

        int width = ChartStyle.Width, height = ChartStyle.Height;
        ItemAxis(plt, items.Select(it => it.Name).ToList(), ref width, ref height);

        plt.XLabel("agenda item");
        plt.YLabel("P(agreement) (0 = never agreed, 1 = always agreed)");
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks();
        // At least three slots wide, so that one or two items do not become slabs.
        double centre = (Math.Max(n, 1) - 1) / 2.0, halfSpan = Math.Max(Math.Max(n, 1) / 2.0 + 0.1, 1.5);
        plt.Axes.SetLimits(centre - halfSpan, centre + halfSpan, 0, labels ? 1.1 : 1.04);

        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.FillEntry("estimated probability (share of replicates)", ChartStyle.Primary),
            ChartStyle.LineEntry("95% Wilson interval", ChartStyle.Ink, 1.5f),
        ]);
        return ChartStyle.Save(plt, dir, file, width, height);
    }

    /// <summary>The most items <see cref="AgreementByItem"/> draws as columns; more are drawn as rows.</summary>
    public const int MaxColumnItems = 8;

    // Rows, first item on top: long names read level and whole beside their bars, however many items there are.
    private static ChartFiles AgreementByItemRows(Summary summary, IReadOnlyList<ItemSummary> items, string dir, PlotCaption cap, string file)
    {
        int n = items.Count;
        using var plt = ChartStyle.NewPlot("Probability of agreement per agenda item", cap);
        var names = items.Select(it => ChartStyle.Wrap(it.Name, 40, 2)).ToList();
        int lines = names.Sum(l => l.Count(c => c == '\n') + 1);
        var bars = new List<Bar>();
        for (int i = 0; i < n; i++)
        {
            double y = n - 1 - i;
            var p = items[i].Agreement;
            if (p is null || !ChartStyle.Finite(p.Estimate))
            {
                ChartStyle.Label(plt, "no data", 0.01, y, Alignment.MiddleLeft, 11, ChartStyle.Muted);
                continue;
            }
            ChartStyle.ProportionBar(plt, bars, y, p, ChartStyle.Primary);
        }
        ChartStyle.ProportionRows(plt, bars, names, "P(agreement) (0 = never agreed, 1 = always agreed)");
        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.FillEntry("estimated probability (share of replicates)", ChartStyle.Primary),
            ChartStyle.LineEntry("95% Wilson interval", ChartStyle.Ink, 1.5f),
        ]);
        return ChartStyle.Save(plt, dir, file, ChartStyle.Width, 160 + Math.Max(22 * lines, 38 * n));
    }

    /// <summary>
    /// Puts one category tick per name at 0, 1, … on the bottom axis: wrapped and level for a few names, slanted and
    /// whole for many (widening and heightening the picture so that they stay readable).
    /// </summary>
    internal static void ItemAxis(Plot plt, IReadOnlyList<string> names, ref int width, ref int height)
    {
        int n = names.Count;
        if (n <= 8)
        {
            int wrap = n <= 4 ? 22 : n <= 6 ? 16 : 13;
            plt.Axes.Bottom.TickGenerator = ChartStyle.Ticks(names.Select((s, i) => ((double)i, ChartStyle.Wrap(s, wrap))));
            return;
        }

        // Whole names (the axis grows to fit them); only names no one would type are cut.
        var ticks = names.Select((s, i) => ((double)i, ChartStyle.Shorten(s, 80))).ToList();
        plt.Axes.Bottom.TickGenerator = ChartStyle.Ticks(ticks);
        plt.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plt.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        width = Math.Max(width, 160 + 46 * n);

        // ScottPlot sizes the axis for level text; make room for the slanted labels ourselves.
        using var paint = ScottPlot.Paint.NewDisposablePaint();
        float longest = ticks.Select(t => plt.Axes.Bottom.TickLabelStyle.Measure(t.Item2, paint).Width).DefaultIfEmpty(0).Max();
        float drop = (float)(longest * Math.Sin(40 * Math.PI / 180)) + 50;
        plt.Axes.Bottom.MinimumSize = drop;
        height += (int)Math.Max(0, drop - 60);
        // The first slanted labels hang left of the data area; leave them room.
        plt.Axes.Left.MinimumSize = Math.Max(70, (float)(longest * Math.Cos(40 * Math.PI / 180)) - 5);
    }
}
