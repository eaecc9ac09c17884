using NegotiationSim.Outcomes;
using ScottPlot;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>The file name (without extension) of <see cref="Beliefs"/>.</summary>
    public const string BeliefsName = "beliefs";

    /// <summary>
    /// Learning over the sequence (docs/model.md §14): for each observer–initiator pair, the observer's belief that the
    /// initiator is resolute after the signal and after each meeting reached: mean (line), q25–q75 and q05–q95 bands,
    /// with the share of replicates in which the initiator was resolute as a dashed line. Null when the summary has no
    /// private types.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The PNG and SVG written, or null without beliefs.</returns>
    public static ChartFiles? Beliefs(Summary summary, string dir, PlotCaption? caption = null, string name = BeliefsName)
    {
        var (cap, file) = Prepare(summary, dir, caption, name);
        if (summary.Learning is not { } learning) return null;
        var meetings = summary.Meetings ?? [];
        using var plt = ChartStyle.NewPlot("Beliefs that the initiator is resolute, over the sequence", cap);
        var legend = new List<LegendItem>();
        int pairs = learning.Beliefs.Count;
        for (int n = 0; n < pairs; n++)
        {
            var pair = learning.Beliefs[n];
            Color color = ChartStyle.Series(n, pairs);
            var stages = new List<(double X, Distribution01 D)> { (0, pair.AfterSignal) };
            for (int m = 0; m < pair.AfterMeeting.Count; m++)
                if (pair.AfterMeeting[m] is { Count: > 0 } d) stages.Add((m + 1, d));
            double[] xs = stages.Select(s => s.X).ToArray();
            double[] Col(Func<Distribution01, double> f) => stages.Select(s => ChartStyle.Unit(f(s.D))).ToArray();
            if (xs.Length > 1)
            {
                var outer = plt.Add.FillY(xs, Col(d => d.Q05), Col(d => d.Q95));
                outer.FillColor = color.WithAlpha(0.10);
                outer.LineWidth = 0;
                var inner = plt.Add.FillY(xs, Col(d => d.Q25), Col(d => d.Q75));
                inner.FillColor = color.WithAlpha(0.25);
                inner.LineWidth = 0;
            }
            var mean = plt.Add.ScatterLine(xs, Col(d => d.Mean), color);
            mean.LineWidth = 2.5f;
            mean.MarkerShape = MarkerShape.FilledCircle;
            mean.MarkerSize = 6;
            legend.Add(ChartStyle.LineEntry($"{pair.Observer} about {pair.Initiator}: mean belief", color, 2.5f));
            if (ChartStyle.Finite(pair.InitiatorResolute.Estimate))
            {
                var truth = plt.Add.HorizontalLine(ChartStyle.Unit(pair.InitiatorResolute.Estimate));
                truth.LineColor = color.WithAlpha(0.7);
                truth.LinePattern = LinePattern.Dashed;
                truth.LineWidth = 1.5f;
            }
        }
        legend.Add(ChartStyle.FillEntry("q25–q75 (pair colour)", ChartStyle.Muted.WithAlpha(0.35)));
        legend.Add(ChartStyle.FillEntry("q05–q95", ChartStyle.Muted.WithAlpha(0.15)));
        legend.Add(ChartStyle.LineEntry("dashed: share of replicates in which the initiator was resolute", ChartStyle.Muted, 1.5f));
        if (pairs == 0) ChartStyle.EmptyNote(plt, "no observer holds a belief");

        var names = new List<string> { "after the signal" };
        names.AddRange(meetings.Select(m => "after " + m.Name));
        int width = ChartStyle.Width, height = ChartStyle.Height;
        ItemAxis(plt, names, ref width, ref height);
        plt.Axes.SetLimits(-0.5, names.Count - 0.5, -0.02, 1.02);
        plt.Axes.Left.TickGenerator = ChartStyle.UnitTicks(0.1);
        plt.XLabel("stage of the sequence (each over the replicates that reached it)");
        plt.YLabel("belief that the initiator is resolute (0 = sure it is not, 1 = sure it is)");
        ChartStyle.LegendBelow(plt, legend);
        return ChartStyle.Save(plt, dir, file, width, height);
    }
}
