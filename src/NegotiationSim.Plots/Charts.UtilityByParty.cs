using NegotiationSim.Outcomes;
using ScottPlot;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>
    /// The distribution of each party's utility of the final outcome, one panel per party on a shared utility axis
    /// (probability density from the fixed-bin histogram, as a lightly filled step curve), with a grey line at the
    /// party's median utility of the status quo: mass to the right of it means the party gained. Panels rather than
    /// overlaid curves, because parties with the same interests (allies) have curves that hide each other; each panel
    /// names its party and its median final utility.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The files written.</returns>
    public static ChartFiles UtilityByParty(Summary summary, string dir, PlotCaption? caption = null, string name = UtilityByPartyName)
    {
        var (cap, file) = Prepare(summary, dir, caption, name);
        var parties = summary.Parties ?? [];
        int n = parties.Count;
        int width = ChartStyle.Paper ? (int)Math.Round(ChartStyle.Width * ChartStyle.PaperShrink) : ChartStyle.Width;
        float panelHeight = n <= 3 ? 150 : n <= 6 ? 120 : 100;

        using var figure = new PanelFigure("Each party's utility of the final outcome", cap.Text, n, 1, width, panelHeight)
        {
            XLabel = "utility of the final outcome (0 = worst possible, 1 = own ideal everywhere)",
            YLabel = "density",
        };
        // One density scale for all panels, so that a party with a narrower distribution shows a taller peak.
        var densities = parties.Select(p => Density(p.FinalUtility)).ToList();
        double top = densities.Where(d => d.Ys.Length > 0).Select(d => d.Ys.Max()).DefaultIfEmpty(0).Max();
        for (int i = 0; i < figure.Panels.Count; i++)
        {
            var plt = figure.Panels[i];
            StyleUtilityPanel(plt, i == figure.Panels.Count - 1);
            plt.Axes.SetLimits(0, 1, 0, top > 0 ? top * 1.12 : 1);
            if (n == 0)
            {
                ChartStyle.EmptyNote(plt, "no parties");
                continue;
            }
            var party = parties[i];
            Color color = ChartStyle.Series(i, n);
            var (xs, ys) = densities[i];
            string label = ChartStyle.Shorten(party.Name, 40);
            if (xs.Length > 0)
            {
                var curve = plt.Add.ScatterLine(xs, ys, color);
                curve.LineWidth = 2;
                curve.FillY = true;
                curve.FillYValue = 0;
                curve.FillYColor = color.WithAlpha(0.15);
                var d = party.FinalUtility;
                if (ChartStyle.Finite(d.Median)) label += $": median {ChartStyle.Number(Math.Round(d.Median, 2))}";
            }
            else
            {
                label += ": no data";
                ChartStyle.EmptyNote(plt, top <= 0 ? "no utilities recorded" : "no data");
            }
            var sq = party.StatusQuoUtility;
            if (sq is not null && sq.Count > 0 && ChartStyle.Finite(sq.Median))
            {
                var line = plt.Add.VerticalLine(ChartStyle.Unit(sq.Median), 1.5f, ChartStyle.Ink);
                line.ExcludeFromLegend = true;
                label += $" (status quo {ChartStyle.Number(Math.Round(sq.Median, 2))})";
            }
            // The party's name inside its panel, in its colour, top left: read with the data, no legend lookup.
            var tag = plt.Add.Annotation(label, Alignment.UpperLeft);
            tag.LabelFontName = ChartStyle.FontFamily;
            tag.LabelFontSize = 13;
            tag.LabelBold = true;
            tag.LabelFontColor = color;
            tag.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
            tag.LabelBorderWidth = 0;
            tag.LabelShadowColor = Colors.Transparent;
        }
        figure.AddLegend(
        [
            ChartStyle.FillEntry("final utility, share of replicates per unit (party colour)", ChartStyle.Muted.WithAlpha(0.3)),
            ChartStyle.LineEntry("median utility of the status quo", ChartStyle.Ink, 1.5f),
        ]);
        return figure.Save(dir, file);
    }

    private static void StyleUtilityPanel(Plot plt, bool bottom)
    {
        foreach (var axis in new ScottPlot.IAxis[] { plt.Axes.Bottom, plt.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 11;
            axis.TickLabelStyle.ForeColor = ChartStyle.Ink;
        }
        plt.Grid.MajorLineColor = ChartStyle.GridLine;
        plt.Axes.Right.FrameLineStyle.Color = ChartStyle.GridLine;
        plt.Axes.Top.FrameLineStyle.Color = ChartStyle.GridLine;
        plt.Axes.Bottom.TickGenerator = bottom ? ChartStyle.UnitTicks(0.1) : ChartStyle.Ticks(Enumerable.Range(0, 11).Select(i => (i / 10.0, "")));
        // The same padding in every panel (tick labels only under the last), so that every data area has the same height.
        plt.Layout.Fixed(new PixelPadding(40, 10, 22, 4));
    }

    /// <summary>
    /// The histogram of a distribution on [0, 1] as a closed step curve of probability density (share of the mass
    /// per unit of the axis), or empty arrays when it holds no mass.
    /// </summary>
    private static (double[] Xs, double[] Ys) Density(Distribution01? d)
    {
        var counts = d?.Counts;
        if (counts is null || counts.Count == 0) return ([], []);
        long total = 0;
        foreach (long c in counts) total += Math.Max(0, c);
        if (total <= 0) return ([], []);

        int bins = counts.Count;
        var xs = new double[2 * bins + 2];
        var ys = new double[2 * bins + 2];
        xs[0] = 0; ys[0] = 0;
        for (int b = 0; b < bins; b++)
        {
            double density = Math.Max(0, counts[b]) / (double)total * bins;
            xs[2 * b + 1] = (double)b / bins; ys[2 * b + 1] = density;
            xs[2 * b + 2] = (double)(b + 1) / bins; ys[2 * b + 2] = density;
        }
        xs[^1] = 1; ys[^1] = 0;
        return (xs, ys);
    }
}
