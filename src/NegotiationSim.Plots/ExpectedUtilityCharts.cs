using ScottPlot;

namespace NegotiationSim.Plots;

/// <summary>
/// The chart of one run of the expected-utility model (docs/expected-utility.md): every actor's position round by
/// round, with the median voter and the capability × salience weighted mean as thick dashed lines.
/// </summary>
public static class ExpectedUtilityCharts
{
    /// <summary>File name (without extension) of the positions chart.</summary>
    public const string PositionsName = "positions";

    /// <summary>
    /// Draws one line per actor over rounds 0..R (row 0 is the initial state), the median voter and the weighted
    /// mean, and writes <c>&lt;dir&gt;/positions.png</c> and <c>.svg</c>.
    /// </summary>
    /// <param name="actors">Actor names, in the order of the columns of <paramref name="positions"/>.</param>
    /// <param name="positions">Positions, row-major: actor a after round t at [t·n + a]; a whole number of rows.</param>
    /// <param name="medianVoter">Median-voter position per round, one per row.</param>
    /// <param name="weightedMean">Capability × salience weighted mean per round, one per row.</param>
    /// <param name="scaleMin">The low end of the position scale (the lowest position in the input).</param>
    /// <param name="scaleMax">The high end of the position scale (the highest position in the input), ≥ <paramref name="scaleMin"/>.</param>
    /// <param name="dir">Output folder.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="caption">The line under the title: the input file and the settings.</param>
    /// <returns>The PNG and SVG written.</returns>
    public static ChartFiles Positions(IReadOnlyList<string> actors, IReadOnlyList<double> positions, IReadOnlyList<double> medianVoter,
        IReadOnlyList<double> weightedMean, double scaleMin, double scaleMax, string dir, string title, string caption)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(medianVoter);
        ArgumentNullException.ThrowIfNull(weightedMean);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(caption);
        int n = actors.Count;
        if (n < 1) throw new ArgumentException("at least one actor is needed", nameof(actors));
        int rows = medianVoter.Count;
        if (rows < 1 || positions.Count != rows * n || weightedMean.Count != rows)
            throw new ArgumentException($"expected {rows} rows of {n} positions and {rows} means; got {positions.Count} positions and {weightedMean.Count} means", nameof(positions));
        if (!ChartStyle.Finite(scaleMin, scaleMax) || scaleMax < scaleMin)
            throw new ArgumentException($"the scale [{scaleMin}, {scaleMax}] is not an interval", nameof(scaleMin));

        using var plt = ChartStyle.NewPlot(title, caption);
        double[] rounds = new double[rows];
        for (int t = 0; t < rows; t++) rounds[t] = t;

        var legend = new List<LegendItem>();
        for (int a = 0; a < n; a++)
        {
            double[] ys = new double[rows];
            for (int t = 0; t < rows; t++) ys[t] = positions[t * n + a];
            var color = ChartStyle.Series(a, n);
            // Actors often share a position (in the EC case three at each end of the scale): earlier actors are
            // drawn wider, underneath, so that lines on top of each other still show as nested stripes.
            float width = n == 1 ? 2 : 2 + 4f * (n - 1 - a) / (n - 1);
            var line = plt.Add.ScatterLine(rounds, ys, color);
            line.LineWidth = width;
            line.MarkerShape = MarkerShape.FilledCircle;
            line.MarkerSize = width + 3;
            line.MarkerColor = color;
            legend.Add(ChartStyle.LineEntry(ChartStyle.Shorten(actors[a], 24), color, Math.Min(width, 4)));
        }

        var medianPattern = LinePattern.Dashed;
        var meanPattern = LinePattern.DenselyDashed;
        AddSummary(plt, rounds, medianVoter, ChartStyle.Ink, medianPattern);
        AddSummary(plt, rounds, weightedMean, ChartStyle.Muted, meanPattern);
        legend.Add(ChartStyle.LineEntry("median voter", ChartStyle.Ink, 4, medianPattern));
        legend.Add(ChartStyle.LineEntry("weighted mean (compromise model)", ChartStyle.Muted, 4, meanPattern));

        double span = scaleMax > scaleMin ? scaleMax - scaleMin : 1;
        double right = DirectLabels(plt, actors, positions, rows, span);
        plt.Axes.SetLimits(-0.3, right, scaleMin - 0.06 * span, scaleMax + 0.06 * span);
        plt.Axes.Bottom.TickGenerator = ChartStyle.Ticks(Enumerable.Range(0, rows)
            .Where(t => rows <= 21 || t % (int)Math.Ceiling(rows / 20.0) == 0)
            .Select(t => ((double)t, t.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        plt.XLabel("round (0 = the positions in the file)");
        plt.YLabel($"position: {ChartStyle.Number(scaleMin)} (lowest in the file) to {ChartStyle.Number(scaleMax)} (highest)");
        ChartStyle.LegendBelow(plt, legend);
        return ChartStyle.Save(plt, dir, PositionsName, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>
    /// Names the actors at the end of their lines, one label per final position listing everyone there: actors who
    /// end (or stay) at the same position draw one line on top of another, and colours alone cannot tell ten of them
    /// apart. Labels are spread apart vertically where positions are close, with a thin leader to their line's end.
    /// </summary>
    /// <returns>The right edge of the x axis that leaves room for the labels.</returns>
    private static double DirectLabels(Plot plt, IReadOnlyList<string> actors, IReadOnlyList<double> positions, int rows, double span)
    {
        int n = actors.Count;
        double last = Math.Max(rows - 1, 1);
        var groups = Enumerable.Range(0, n)
            .GroupBy(a => Math.Round(positions[(rows - 1) * n + a] / span * 1e6))
            .Select(g => (Y: positions[(rows - 1) * n + g.First()], Actors: g.ToList()))
            .OrderBy(g => g.Y)
            .ToList();
        // Lines of at most ~34 characters; each group's label as tall as its lines.
        var labels = groups.Select(g => ChartStyle.Wrap(string.Join(", ", g.Actors.Select(a => actors[a])), 34, 6)).ToList();
        double lineHeight = 0.045 * span;
        var placed = new double[groups.Count];
        double floor = double.NegativeInfinity;
        for (int i = 0; i < groups.Count; i++)
        {
            int lines = labels[i].Count(c => c == '\n') + 1;
            double half = lines * lineHeight / 2;
            placed[i] = Math.Max(groups[i].Y, floor + half);
            floor = placed[i] + half + 0.01 * span;
        }
        int longest = labels.SelectMany(l => l.Split('\n')).Select(l => l.Length).DefaultIfEmpty(0).Max();
        // The data area is about 900 px wide; leave the labels (about 7 px a character) their share of it.
        double labelPx = 20 + 7.0 * longest, plotPx = 900;
        double room = (last + 0.6) * labelPx / Math.Max(200, plotPx - labelPx);
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            // Text in ink (some series colours are too pale to read as text); a lone actor's leader in its colour.
            var leader = plt.Add.Line(last, g.Y, last + 0.12 * room, placed[i]);
            leader.LineColor = g.Actors.Count == 1 ? ChartStyle.Series(g.Actors[0], n) : ChartStyle.Faint;
            leader.LineWidth = g.Actors.Count == 1 ? 2 : 1;
            ChartStyle.Label(plt, labels[i], last + 0.15 * room, placed[i], Alignment.MiddleLeft, 12, ChartStyle.Ink);
        }
        return last + 0.3 + room;
    }

    private static void AddSummary(Plot plt, double[] rounds, IReadOnlyList<double> values, Color color, LinePattern pattern)
    {
        var line = plt.Add.ScatterLine(rounds, values.ToArray(), color);
        line.LineWidth = 4;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
    }
}
