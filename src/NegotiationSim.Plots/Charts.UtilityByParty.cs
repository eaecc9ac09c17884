using NegotiationSim.Outcomes;
using ScottPlot;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>
    /// The distribution of each party's utility of the final outcome, as overlaid step curves (probability density
    /// from the fixed-bin histogram, lightly filled), one colour per party, with a dashed vertical line in the same
    /// colour at the party's median utility of the status quo: mass to the right of its line means the party gained.
    /// The legend gives each party's median final utility.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles UtilityByParty(Summary summary, string dir, PlotCaption? caption = null, string name = UtilityByPartyName)
    {
        var (cap, file) = Prepare(summary, dir, caption, name);
        var parties = summary.Parties ?? [];
        int n = parties.Count;

        using var plt = ChartStyle.NewPlot("Each party's utility of the final outcome", cap);

        var legend = new List<LegendItem>();
        double top = 0;
        for (int i = 0; i < n; i++)
        {
            var party = parties[i];
            Color color = ChartStyle.Series(i, n);
            string label = ChartStyle.Shorten(party.Name, 28);

            var (xs, ys) = Density(party.FinalUtility);
            if (xs.Length > 0)
            {
                var curve = plt.Add.ScatterLine(xs, ys, color);
                curve.LineWidth = 2;
                curve.FillY = true;
                curve.FillYValue = 0;
                curve.FillYColor = color.WithAlpha(0.05);
                top = Math.Max(top, ys.Max());
                var d = party.FinalUtility;
                label += ChartStyle.Finite(d.Median) ? $" (median {ChartStyle.Number(Math.Round(d.Median, 2))})" : "";
                legend.Add(ChartStyle.LineEntry(label, color, 2.5f));
            }
            else
            {
                legend.Add(ChartStyle.LineEntry(label + " (no data)", color.WithAlpha(0.4), 2.5f));
            }

            var sq = party.StatusQuoUtility;
            if (sq is not null && sq.Count > 0 && ChartStyle.Finite(sq.Median))
            {
                var line = plt.Add.VerticalLine(ChartStyle.Unit(sq.Median), 2, color, LinePattern.Dashed);
                line.ExcludeFromLegend = true;
            }
        }
        if (n == 0) ChartStyle.EmptyNote(plt, "no parties");
        else if (top <= 0) ChartStyle.EmptyNote(plt, "no utilities recorded");
        legend.Add(ChartStyle.LineEntry("status-quo median utility (dashed, party colour)", ChartStyle.Muted, 1.5f, LinePattern.Dashed));

        plt.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(0.1);
        if (top <= 0) plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks();
        plt.Axes.SetLimits(0, 1, 0, top > 0 ? top * 1.08 : 1);
        plt.XLabel("utility of the final outcome (0 = worst possible, 1 = own ideal everywhere)");
        plt.YLabel("density (0 = none; each curve's area = 1)");
        ChartStyle.LegendBelow(plt, legend);

        return ChartStyle.Save(plt, dir, file, ChartStyle.Width, ChartStyle.Height);
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
