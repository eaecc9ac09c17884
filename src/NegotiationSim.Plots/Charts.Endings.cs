using NegotiationSim.Outcomes;
using ScottPlot;
using ScottPlot.Plottables;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    private static readonly Color CompletedColor = Color.FromHex("#009E73");
    private static readonly Color DeclinedColor = Color.FromHex("#E69F00");
    private static readonly Color WalkoutColor = Color.FromHex("#D55E00");
    private static readonly Color EscalationColor = Color.FromHex("#A4161A");
    private static readonly Color WarEndingColor = Color.FromHex("#CC79A7");

    /// <summary>
    /// How the meeting sequence ended: bars for P(completed), P(declined: a party stayed away), P(walkout) and, when the
    /// experiment describes a war (docs/model.md §13.3), P(war begun before the sequence ended), which together make
    /// 100%, and, set apart on a shaded background, P(escalation: some party took its outside option),
    /// which can follow any ending. Every bar has its 95% Wilson interval and its percentage.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles Endings(Summary summary, string dir, PlotCaption? caption = null, string name = EndingsName)
    {
        var (cap, file) = Prepare(summary, dir, caption, name);
        using var plt = ChartStyle.NewPlot("How the meeting sequence ended", cap);

        // The fourth ending exists only where a war can begin before the sequence is over (§13.3).
        bool war = summary.EndedByWar is { Count: > 0 } || summary.BargainingRange is not null;
        int endings = war ? 4 : 3;
        double escalationAt = endings + 0.7;
        List<(double X, Proportion? P, Color Color, string Tick)> rows =
        [
            (0, summary.Completed, CompletedColor, "completed\n(every meeting held,\nno walkout)"),
            (1, summary.Declined, DeclinedColor, "declined\n(a party stayed away)"),
            (2, summary.Walkout, WalkoutColor, "walkout\n(a party left a meeting)"),
        ];
        if (war) rows.Add((3, summary.EndedByWar, WarEndingColor, "war\n(begun before the\nsequence ended)"));
        rows.Add((escalationAt, summary.Escalation, EscalationColor, "escalation\n(a party took its\noutside option)"));

        var shade = plt.Add.HorizontalSpan(escalationAt - 0.62, escalationAt + 0.62, EscalationColor.WithAlpha(0.07));
        shade.LineWidth = 0;
        shade.EnableAutoscale = false;
        var divider = plt.Add.VerticalLine(escalationAt - 0.85, 1, ChartStyle.Faint, LinePattern.Dashed);
        divider.ExcludeFromLegend = true;

        var bars = new List<Bar>();
        List<double> xs = [], ys = [], errLow = [], errHigh = [];
        foreach (var (x, p, color, _) in rows)
        {
            if (p is null || !ChartStyle.Finite(p.Estimate))
            {
                ChartStyle.Label(plt, "no data", x, 0.02, Alignment.LowerCenter, 12, ChartStyle.Muted);
                continue;
            }
            double est = ChartStyle.Unit(p.Estimate);
            double lo = ChartStyle.Finite(p.Lower) ? ChartStyle.Unit(Math.Min(p.Lower, est)) : est;
            double hi = ChartStyle.Finite(p.Upper) ? ChartStyle.Unit(Math.Max(p.Upper, est)) : est;
            bool highlight = x == escalationAt;
            bars.Add(new Bar
            {
                Position = x,
                Value = est,
                FillColor = color,
                Size = 0.62,
                LineColor = highlight ? ChartStyle.Ink : color,
                LineWidth = highlight ? 2 : 0,
            });
            xs.Add(x); ys.Add(est); errLow.Add(est - lo); errHigh.Add(hi - est);
            var label = ChartStyle.Label(plt, ChartStyle.Percent(est), x, hi, Alignment.LowerCenter, 13, highlight ? EscalationColor : ChartStyle.Ink);
            label.LabelOffsetY = -3;
            label.LabelBold = highlight;
        }
        if (bars.Count > 0) plt.Add.Bars(bars);
        if (xs.Count > 0)
            plt.PlottableList.Add(new ErrorBar(xs, ys, null, null, errHigh, errLow) { Color = ChartStyle.Ink, LineWidth = 1.5f, CapSize = 10 });

        ChartStyle.Label(plt, $"how the sequence ended (these {(war ? "four" : "three")} add up to 100%)", (endings - 1) / 2.0, 1.17, Alignment.UpperCenter, 12, ChartStyle.Muted);
        ChartStyle.Label(plt, "separately: escalation", escalationAt, 1.17, Alignment.UpperCenter, 12, EscalationColor);

        plt.Axes.Bottom.TickGenerator = ChartStyle.Ticks(rows.Select(r => (r.X, r.Tick)));
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks();
        plt.Axes.SetLimits(-0.6, escalationAt + 0.6, 0, 1.18);
        plt.XLabel("ending of the meeting sequence, and escalation");
        plt.YLabel("probability (0 = in no replicate, 1 = in every replicate)");

        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.FillEntry("P(escalation), not exclusive of the endings", EscalationColor, ChartStyle.Ink),
            ChartStyle.LineEntry("95% Wilson interval", ChartStyle.Ink, 1.5f),
        ]);
        return ChartStyle.Save(plt, dir, file, ChartStyle.Width, ChartStyle.Height + 40);
    }
}
