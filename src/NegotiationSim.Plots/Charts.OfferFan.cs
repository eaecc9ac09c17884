using NegotiationSim.Outcomes;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>The most sides whose proposals an offer chart tells apart (see <see cref="OfferFan"/>).</summary>
    public const int MaxProposerSides = 4;

    /// <summary>
    /// For one meeting, the offer on the table round by round, as small multiples: one panel per agenda item, all on
    /// the same axes (rounds × offer from 0 to 1), titled with the item's full name and what its 0 and 1 mean.
    /// <para>
    /// Under alternating offers each side proposes in turn, so the offer on the table jumps between the sides' positions
    /// every round; drawn as one line that zig-zags and smears the bands. Each panel therefore draws one line per
    /// proposing side: the median offer of the rounds that side proposes in (rounds 1, 3, 5, … and 2, 4, 6, … with two
    /// sides) with the band of the middle half of the replicates (q25–q75). The number of sides is read from the
    /// bands themselves (the period, up to <see cref="MaxProposerSides"/>, whose rounds follow each other most closely),
    /// since the summary does not record it. Only rounds in which some replicate was still negotiating the item
    /// (<see cref="OfferBand.Count"/> &gt; 0) are drawn.
    /// </para>
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="meetingIndex">Index of the meeting in <see cref="Summary.Meetings"/> (sequence order), from 0.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension; by default <c>offers-&lt;meeting id&gt;</c>.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="meetingIndex"/> names no meeting.</exception>
    public static ChartFiles OfferFan(Summary summary, int meetingIndex, string dir, PlotCaption? caption = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var meetings = summary.Meetings ?? [];
        ArgumentOutOfRangeException.ThrowIfNegative(meetingIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(meetingIndex, meetings.Count);
        var meeting = meetings[meetingIndex];
        var (cap, file) = Prepare(summary, dir, caption, name ?? OfferFanPrefix + meeting.Id);

        var ids = meeting.Items ?? [];
        var bandsByItem = meeting.OfferBands ?? [];
        int n = ids.Count;
        var bands = Enumerable.Range(0, n).Select(k => ((k < bandsByItem.Count ? bandsByItem[k] : null) ?? [])
            .Where(b => b is not null && b.Count > 0 && ChartStyle.Finite(b.Q05, b.Q25, b.Median, b.Q75, b.Q95))
            .OrderBy(b => b.Round)
            .ToArray()).ToList();
        bool anyRounds = bands.Any(b => b.Length > 0);
        int firstRound = anyRounds ? bands.Where(b => b.Length > 0).Min(b => b[0].Round) : 1;
        int lastRound = anyRounds ? bands.Where(b => b.Length > 0).Max(b => b[^1].Round) : 2;
        int sides = ProposerPeriod(bands);

        int width = ChartStyle.Paper ? (int)Math.Round(ChartStyle.Width * ChartStyle.PaperShrink) : ChartStyle.Width;
        // Panels at least 300 units wide, so that names and the ends' labels fit: 3 columns on screen, 2 on paper.
        int columns = Math.Clamp(Math.Min(n, (width - 48) / 300), 1, 4);
        float panelWidth = (width - 48f) / columns;
        // Item names wrap onto up to three lines at the panel's width (bold 13 px: about 8.6 px a character); the
        // ends' labels get a line each, measured to fit.
        int titleChars = Math.Max(12, (int)(panelWidth / 8.6));
        var titles = Enumerable.Range(0, n).Select(k => ChartStyle.Wrap(ItemName(summary, ids[k]), titleChars)).ToList();
        int titleLines = titles.Select(t => t.Count(c => c == '\n') + 1).DefaultIfEmpty(1).Max();
        float top = 22 + 17 * titleLines + 30;
        // Flatter panels on paper, so that a six-item meeting stays within a page (about 7.5 in tall).
        float panelHeight = top + Math.Clamp(panelWidth * (ChartStyle.Paper ? 0.33f : 0.45f), 100, 220) + 26;

        using var figure = new PanelFigure("Offers on the table, round by round: " + ChartStyle.Shorten(meeting.Name, 50), cap.Text,
            n, columns, width, panelHeight)
        {
            XLabel = "round (1 = opening offers; later rounds: only the replicates still negotiating the item)",
            YLabel = "offer on the table (0 … 1)",
        };
        double pad = lastRound == firstRound ? 0.6 : Math.Max(0.3, 0.02 * (lastRound - firstRound));
        for (int k = 0; k < figure.Panels.Count; k++)
        {
            var plt = figure.Panels[k];
            StylePanel(plt, top);
            plt.Axes.SetLimits(firstRound - pad, lastRound + pad, -0.03, 1.03);
            if (n == 0)
            {
                ChartStyle.EmptyNote(plt, "no agenda items in this meeting");
                continue;
            }
            var item = summary.Items?.FirstOrDefault(it => it.Id == ids[k]);
            plt.Title(titles[k], 13);
            plt.Axes.Title.Label.Bold = true;
            plt.Axes.Title.Label.ForeColor = ChartStyle.Ink;
            EndsLine(plt, item, panelWidth - 16);
            if (!anyRounds) ChartStyle.EmptyNote(plt, "no rounds were played in this meeting");
            else if (bands[k].Length == 0) ChartStyle.EmptyNote(plt, "no rounds for this item");
            else DrawSides(plt, bands[k], sides);
        }

        figure.AddLegend(Enumerable.Range(0, sides).Select(s => SideEntry(s, sides)));
        figure.AddLegend([ChartStyle.FillEntry("middle half of the replicates (q25–q75)", ChartStyle.Muted.WithAlpha(0.3))]);
        return figure.Save(dir, file);
    }

    private static string ItemName(Summary summary, string id) =>
        summary.Items?.FirstOrDefault(it => it.Id == id)?.Name is { Length: > 0 } itemName ? itemName : id;

    private static readonly MarkerShape[] SideMarkers = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    // Colour and marker both differ between sides, so the lines stay apart in greyscale and for every kind of colour
    // blindness (Okabe–Ito blue and vermillion first). Not dashes: Skia's SVG backend draws them solid.
    private static LegendItem SideEntry(int side, int sides)
    {
        string rounds = string.Join(", ", Enumerable.Range(0, 3).Select(j => (side + 1 + j * sides).ToString(System.Globalization.CultureInfo.InvariantCulture))) + ", …";
        string label = sides == 1 ? "median offer"
            : $"median offer in rounds {rounds} ({(side == 0 ? "the side listed first proposes" : $"side {side + 1} proposes")})";
        var entry = ChartStyle.LineEntry(label, ChartStyle.Series(side, 7), 2);
        entry.MarkerShape = SideMarkers[side];
        entry.MarkerSize = 6;
        entry.MarkerFillColor = ChartStyle.Series(side, 7);
        entry.MarkerLineColor = ChartStyle.Series(side, 7);
        return entry;
    }

    private static void DrawSides(Plot plt, OfferBand[] bands, int sides)
    {
        var lines = new List<(double[] Xs, double[] Ys, int Side)>();
        for (int s = 0; s < sides; s++)
        {
            var own = bands.Where(b => Phase(b.Round, sides) == s).ToArray();
            if (own.Length == 0) continue;
            Color color = ChartStyle.Series(s, 7);
            double[] xs = own.Select(b => (double)b.Round).ToArray();
            double[] Col(Func<OfferBand, double> f) => own.Select(b => ChartStyle.Unit(f(b))).ToArray();
            if (own.Length > 1)
            {
                var band = plt.Add.FillY(xs, Col(b => b.Q25), Col(b => b.Q75));
                band.FillColor = color.WithAlpha(0.18);
                band.LineWidth = 0;
            }
            else
            {
                var bar = plt.Add.Line(xs[0], ChartStyle.Unit(own[0].Q25), xs[0], ChartStyle.Unit(own[0].Q75));
                bar.LineColor = color.WithAlpha(0.35);
                bar.LineWidth = 8;
            }
            lines.Add((xs, Col(b => b.Median), s));
        }
        // Lines over every band, so that no side's band greys out the other's line.
        foreach (var (xs, ys, s) in lines)
        {
            var median = plt.Add.ScatterLine(xs, ys, ChartStyle.Series(s, 7));
            median.LineWidth = 2;
            median.MarkerShape = SideMarkers[s];
            median.MarkerSize = xs.Length > 30 ? 0 : 5;
        }
    }

    // Side s proposes in rounds s + 1, s + 1 + S, … (docs/model.md §3.2).
    private static int Phase(int round, int sides) => ((round - 1) % sides + sides) % sides;

    /// <summary>
    /// The number of sides taking turns, read from the medians: the period S at which a round's median is closest to
    /// the median S rounds earlier. A single proposer concedes smoothly (S = 1); two sides alternate between their own
    /// positions, so rounds t and t − 2 are close while t and t − 1 are far apart. Ties go to the smaller period.
    /// </summary>
    internal static int ProposerPeriod(IReadOnlyList<OfferBand[]> bandsByItem)
    {
        int best = 1;
        double bestScore = double.PositiveInfinity;
        for (int s = 1; s <= MaxProposerSides; s++)
        {
            double sum = 0;
            int pairs = 0;
            foreach (var bands in bandsByItem)
            {
                var byRound = bands.ToDictionary(b => b.Round, b => b.Median);
                foreach (var b in bands)
                {
                    if (!byRound.TryGetValue(b.Round - s, out double earlier)) continue;
                    sum += Math.Abs(b.Median - earlier);
                    pairs++;
                }
            }
            // A period needs at least two comparisons per phase to be told from noise.
            if (pairs < 2 * s) break;
            double score = sum / pairs;
            if (s == 1 || score < 0.8 * bestScore)
            {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static void StylePanel(Plot plt, float top)
    {
        foreach (var axis in new ScottPlot.IAxis[] { plt.Axes.Bottom, plt.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 11;
            axis.TickLabelStyle.ForeColor = ChartStyle.Ink;
            axis.Label.Text = "";
        }
        plt.Grid.MajorLineColor = ChartStyle.GridLine;
        plt.Axes.Right.FrameLineStyle.Color = ChartStyle.GridLine;
        plt.Axes.Top.FrameLineStyle.Color = ChartStyle.GridLine;
        plt.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, TargetTickCount = 6 };
        plt.Axes.Left.TickGenerator = ChartStyle.Ticks([(0, "0"), (0.25, ""), (0.5, "0.5"), (0.75, ""), (1, "1")]);
        // The same data area in every panel, so that shared axes line up across the grid.
        plt.Layout.Fixed(new PixelPadding(34, 10, 24, top));
    }

    // "0 = rolled back to 1997 …" and "1 = large permanent forces …" under the item's name, cut to the panel's width.
    private static void EndsLine(Plot plt, ItemSummary? item, float width)
    {
        if (item is null || !(ChartStyle.Informative(item.LowLabel, "0") || ChartStyle.Informative(item.HighLabel, "1"))) return;
        var panel = new ScottPlot.Panels.TitlePanel();
        panel.Label.Text = $"{ChartStyle.Fit("0 = " + item.LowLabel, 10, width)}\n{ChartStyle.Fit("1 = " + item.HighLabel, 10, width)}";
        panel.Label.FontName = ChartStyle.FontFamily;
        panel.Label.FontSize = 10;
        panel.Label.Bold = false;
        panel.Label.ForeColor = ChartStyle.Muted;
        plt.Axes.AddPanel(panel);
    }

    /// <summary>Writes one <see cref="OfferFan"/> per meeting, named <c>offers-&lt;meeting id&gt;</c>, in sequence order.</summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under each title; by default taken from the summary.</param>
    /// <returns>The files written, one set per meeting.</returns>
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
