using System.Globalization;
using System.Text;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace NegotiationSim.Plots;

/// <summary>
/// The look shared by every chart (font, colours, title and caption, grid) and the small helpers the charts
/// build on: saving, tick labels, legend entries and text that fits.
/// </summary>
internal static class ChartStyle
{
    /// <summary>The one font used for all text. Without it ScottPlot draws no text at all and says nothing (README.md, "Install and first run": the DejaVu fonts).</summary>
    internal const string FontFamily = "DejaVu Sans";

    internal const int Width = 1000;
    internal const int Height = 600;

    internal static readonly Color Ink = Color.FromHex("#222222");
    internal static readonly Color Muted = Color.FromHex("#666666");
    internal static readonly Color Faint = Color.FromHex("#9A9A9A");
    internal static readonly Color GridLine = Color.FromHex("#E6E6E6");

    /// <summary>One hue for a single-series chart (Okabe–Ito blue).</summary>
    internal static readonly Color Primary = Color.FromHex("#0072B2");

    /// <summary>Okabe–Ito colours without the yellow (too pale for lines on white), black last.</summary>
    private static readonly Color[] Distinct =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#000000"),
    ];

    private static readonly Lock FontGate = new();

    private static readonly AsyncLocal<PlotStyle> Ambient = new();

    /// <summary>The style charts are drawn in now (see <see cref="Charts.UseStyle"/>).</summary>
    internal static PlotStyle Current => Ambient.Value;

    /// <summary>Whether charts are drawn for print.</summary>
    internal static bool Paper => Current == PlotStyle.Paper;

    /// <summary>Width of a paper figure: 7 in = 504 pt (178 mm), a double column in most journals.</summary>
    internal const double PaperWidthPoints = 504;

    /// <summary>Resolution of a paper figure's PNG, the usual minimum for line art with text.</summary>
    internal const double PaperDpi = 300;

    /// <summary>
    /// A paper figure is laid out at this share of the screen size and then scaled to 7 in, so that the screen's
    /// 11–14 px text comes out at 7–9 pt: large enough to read in print without a separate set of sizes.
    /// </summary>
    internal const double PaperShrink = 0.8;

    /// <summary>Switches the ambient style until the result is disposed.</summary>
    internal static IDisposable Use(PlotStyle style)
    {
        var previous = Ambient.Value;
        Ambient.Value = style;
        return new StyleScope(previous);
    }

    private sealed class StyleScope(PlotStyle previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }

    /// <summary>
    /// Makes <see cref="FontFamily"/> ScottPlot's default font, or throws when it is not installed: a chart without
    /// text is worse than no chart, and ScottPlot would otherwise write one silently.
    /// </summary>
    /// <exception cref="InvalidOperationException">The font is not installed.</exception>
    internal static void EnsureFont()
    {
        lock (FontGate)
        {
            if (ScottPlot.Fonts.Default == FontFamily) return;
            RequireFont(family => SKFontManager.Default.FontFamilies.Contains(family));
            ScottPlot.Fonts.Default = FontFamily;
        }
    }

    /// <summary>Throws, saying how to fix it, unless <paramref name="isInstalled"/> finds <see cref="FontFamily"/>.</summary>
    /// <exception cref="InvalidOperationException">The font is not installed.</exception>
    internal static void RequireFont(Func<string, bool> isInstalled)
    {
        if (!isInstalled(FontFamily))
        {
            throw new InvalidOperationException(
                $"The font '{FontFamily}' is not installed, so charts would be drawn without any text. " +
                "Install it (Debian/Ubuntu: apt-get install fonts-dejavu-core) and run again.");
        }
    }

    /// <summary>
    /// Paul Tol's "muted" qualitative scheme, nine colours that stay distinct for the common kinds of colour blindness,
    /// for charts with more series than Okabe–Ito has colours (docs/cli.md, "What it prints and writes", cites the scheme).
    /// </summary>
    private static readonly Color[] ManySeries =
    [
        Color.FromHex("#332288"), Color.FromHex("#88CCEE"), Color.FromHex("#44AA99"), Color.FromHex("#117733"),
        Color.FromHex("#999933"), Color.FromHex("#DDCC77"), Color.FromHex("#CC6677"), Color.FromHex("#882255"),
        Color.FromHex("#AA4499"),
        // Beyond Tol's nine: black and Okabe–Ito's orange, far from all nine in hue or lightness, so that a compare of
        // the default scenario's eleven arms has no two arms alike.
        Color.FromHex("#000000"), Color.FromHex("#E69F00"),
    ];

    /// <summary>
    /// A colour for series <paramref name="index"/> of <paramref name="count"/>, colour-blind-safe: Okabe–Ito up to 7,
    /// Tol's muted scheme (with black and orange after it) up to 11; beyond that colours repeat, and the charts that can have so many series name them
    /// directly (labels at the lines, or one panel each).
    /// </summary>
    internal static Color Series(int index, int count) =>
        count <= Distinct.Length ? Distinct[index % Distinct.Length] : ManySeries[index % ManySeries.Length];

    /// <summary>A new plot with the house style, the title and the caption line under it.</summary>
    internal static Plot NewPlot(string title, PlotCaption caption) => NewPlot(title, caption.Text);

    /// <summary>A new plot with the house style, the title and <paramref name="caption"/> as the line under it.</summary>
    internal static Plot NewPlot(string title, string caption)
    {
        EnsureFont();
        var plt = new Plot();   // its labels take ScottPlot.Fonts.Default, set above

        // A journal prints the title in the figure caption, not in the figure.
        if (!Paper)
        {
            plt.Title(title, 18);
            plt.Axes.Title.Label.Bold = true;
            plt.Axes.Title.Label.ForeColor = Ink;
        }

        // The caption is a second title panel; panels added later sit closer to the data, i.e. under the title.
        var captionPanel = new TitlePanel();
        captionPanel.Label.Text = caption;
        captionPanel.Label.FontName = FontFamily;
        captionPanel.Label.FontSize = Paper ? 11 : 13;
        captionPanel.Label.Bold = false;
        captionPanel.Label.ForeColor = Muted;
        plt.Axes.AddPanel(captionPanel);

        foreach (var axis in new ScottPlot.IAxis[] { plt.Axes.Bottom, plt.Axes.Left })
        {
            axis.Label.FontSize = 14;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Ink;
            axis.TickLabelStyle.FontSize = 12;
            axis.TickLabelStyle.ForeColor = Ink;
        }
        plt.Grid.MajorLineColor = GridLine;
        plt.Axes.Right.FrameLineStyle.Color = GridLine;
        plt.Axes.Top.FrameLineStyle.Color = GridLine;
        return plt;
    }

    /// <summary>
    /// Writes <c>dir/name.png</c> and <c>dir/name.svg</c>, creating the folder. The picture grows taller by what a
    /// legend needs beyond one row, so that long legends do not squeeze the data.
    /// </summary>
    internal static ChartFiles Save(Plot plt, string dir, string name, int width, int height)
    {
        if (Paper)
        {
            (width, height) = ((int)Math.Round(width * PaperShrink), (int)Math.Round(height * PaperShrink));
            // Axis labels are centred on the data area, whose size only a layout pass knows.
            plt.RenderInMemory(width, height);
            var data = plt.RenderManager.LastRender.DataRect;
            float cx = (data.Left + data.Right) / 2, cy = (data.Top + data.Bottom) / 2;
            FitAxisLabel(plt.Axes.Bottom.Label, 2 * Math.Min(cx, width - cx) - 16);
            FitAxisLabel(plt.Axes.Left.Label, 2 * Math.Min(cy, height - cy) - 16);
        }
        height += (int)Math.Ceiling(FitLegendPanels(plt, width, height));
        Directory.CreateDirectory(dir);
        string png = Path.GetFullPath(Path.Combine(dir, name + ".png"));
        string svg = Path.GetFullPath(Path.Combine(dir, name + ".svg"));
        if (Paper) return SavePaper(canvas => plt.Render(canvas, width, height), png, svg, width, height);
        plt.SavePng(png, width, height);
        plt.SaveSvg(svg, width, height);
        return new ChartFiles(png, svg);
    }

    // On the narrower paper layout a long axis label can outgrow its axis: make its text smaller (not below 9 units,
    // about 6.5 pt in print) rather than let it run off the figure.
    private static void FitAxisLabel(LabelStyle label, float room)
    {
        if (string.IsNullOrEmpty(label.Text) || room <= 0) return;
        using var typeface = SKTypeface.FromFamilyName(FontFamily);
        using var font = new SKFont(typeface, label.FontSize);
        float width = font.MeasureText(label.Text);
        if (width > room) label.FontSize = Math.Max(9, label.FontSize * room / width);
    }

    /// <summary>
    /// Writes a picture drawn by <paramref name="render"/> on a <paramref name="width"/> × <paramref name="height"/>
    /// canvas (charts made of several plots): PNG and SVG, and for paper also PDF, as <see cref="Save"/> does.
    /// </summary>
    internal static ChartFiles SaveDrawing(Action<SKCanvas> render, string dir, string name, int width, int height)
    {
        Directory.CreateDirectory(dir);
        string png = Path.GetFullPath(Path.Combine(dir, name + ".png"));
        string svg = Path.GetFullPath(Path.Combine(dir, name + ".svg"));
        if (Paper) return SavePaper(render, png, svg, width, height);
        WritePng(render, png, width, height, 1, dpi: null);
        WriteSvg(render, svg, width, height, pointsPerUnit: null);
        return new ChartFiles(png, svg);
    }

    // Paper: the same drawing three times, scaled so that the width is 7 in: PNG at 300 dpi (with the resolution
    // recorded in the file, as journals check it), SVG sized in points, and PDF (Skia's PDF backend, fonts embedded).
    private static ChartFiles SavePaper(Action<SKCanvas> render, string png, string svg, int width, int height)
    {
        double pointsPerUnit = PaperWidthPoints / width;
        WritePng(render, png, width, height, (float)(pointsPerUnit * PaperDpi / 72), PaperDpi);
        WriteSvg(render, svg, width, height, pointsPerUnit);
        string pdf = Path.ChangeExtension(png, ".pdf");
        using (var stream = new SKFileWStream(pdf))
        using (var document = SKDocument.CreatePdf(stream))
        {
            var page = document.BeginPage((float)(width * pointsPerUnit), (float)(height * pointsPerUnit));
            page.Scale((float)pointsPerUnit);
            page.Clear(SKColors.White);
            render(page);
            document.EndPage();
            document.Close();
        }
        return new ChartFiles(png, svg) { Pdf = pdf };
    }

    private static void WritePng(Action<SKCanvas> render, string path, int width, int height, float scale, double? dpi)
    {
        var info = new SKImageInfo((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        render(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        byte[] bytes = data.ToArray();
        File.WriteAllBytes(path, dpi is { } d ? PngResolution.With(bytes, d) : bytes);
    }

    private static void WriteSvg(Action<SKCanvas> render, string path, int width, int height, double? pointsPerUnit)
    {
        using (var stream = new SKFileWStream(path))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            render(canvas);
        }
        string text = WithoutClears(File.ReadAllText(path));
        if (pointsPerUnit is not { } pt)
        {
            File.WriteAllText(path, text);
            return;
        }
        // Skia writes width="W" height="H" (CSS pixels); a print figure says its size in points and keeps the
        // drawing's own units through a viewBox.
        string from = $"width=\"{width}\" height=\"{height}\"";
        string to = string.Create(CultureInfo.InvariantCulture,
            $"width=\"{width * pt:0.##}pt\" height=\"{height * pt:0.##}pt\" viewBox=\"0 0 {width} {height}\"");
        int at = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(path, at >= 0 ? text[..at] + to + text[(at + from.Length)..] : text);
    }

    private static readonly System.Text.RegularExpressions.Regex UnfilledRect =
        new(@"\s*<rect width=""[0-9.]+"" height=""[0-9.]+""/>", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// ScottPlot clears its canvas to transparent before drawing; Skia's SVG backend writes that as a rectangle with
    /// no fill, which SVG paints black. The white background drawn next hides it in a browser, but a vector editor
    /// shows it as a black box under the figure, so it is left out. A clip path's own rectangle is kept.
    /// </summary>
    internal static string WithoutClears(string svg) => UnfilledRect.Replace(svg, m =>
    {
        string before = svg[..m.Index].TrimEnd();
        return before.EndsWith('>') && before[(before.LastIndexOf('<') + 1)..].StartsWith("clipPath", StringComparison.Ordinal) ? m.Value : "";
    });

    /// <summary>
    /// ScottPlot sizes a legend panel from the legend's previous render (or an unwrapped first layout), so a legend
    /// that wraps onto several rows would be cut off in the first file written. Lay it out for the real width first.
    /// </summary>
    /// <returns>The height the legends need beyond a single row.</returns>
    private static float FitLegendPanels(Plot plt, int width, int height)
    {
        const float oneRow = 30;
        float extra = 0;
        foreach (var panel in plt.Axes.GetPanels().OfType<LegendPanel>())
        {
            if (panel.Edge is not (Edge.Bottom or Edge.Top)) continue;
            using var paint = ScottPlot.Paint.NewDisposablePaint();
            var layout = panel.Legend.GetLayout(new PixelSize(width - panel.Padding.Horizontal, 4 * height), paint);
            float legendHeight = layout.LegendRect.Height;
            panel.MinimumSize = legendHeight + panel.Padding.Vertical;
            extra += Math.Max(0, legendHeight - oneRow);
        }
        return extra;
    }

    /// <summary>Fixed major ticks at the given positions with the given labels.</summary>
    internal static NumericManual Ticks(IEnumerable<(double Position, string Label)> ticks)
    {
        var generator = new NumericManual();
        foreach (var (position, label) in ticks) generator.AddMajor(position, label);
        return generator;
    }

    /// <summary>Ticks 0, 0.2, …, 1 for a probability or [0, 1] axis.</summary>
    internal static NumericManual UnitTicks(double step = 0.2)
    {
        int n = (int)Math.Round(1 / step);
        return Ticks(Enumerable.Range(0, n + 1).Select(i => (i * step, Number(i * step))));
    }

    /// <summary>A legend entry drawn as a filled box.</summary>
    internal static LegendItem FillEntry(string label, Color fill, Color? outline = null) => new()
    {
        LabelText = label,
        FillColor = fill,
        OutlineColor = outline ?? fill,
        OutlineWidth = outline is null ? 0 : 1,
    };

    /// <summary>A legend entry drawn as a line.</summary>
    internal static LegendItem LineEntry(string label, Color color, float width = 2, LinePattern? pattern = null) => new()
    {
        LabelText = label,
        LineColor = color,
        LineWidth = width,
        LinePattern = pattern ?? LinePattern.Solid,
    };

    /// <summary>A legend entry drawn as a marker.</summary>
    internal static LegendItem MarkerEntry(string label, MarkerShape shape, Color color, float size = 10) => new()
    {
        LabelText = label,
        MarkerShape = shape,
        MarkerSize = size,
        MarkerFillColor = color,
        MarkerLineColor = color,
        MarkerLineWidth = 1.5f,
        LineWidth = 0,
    };

    /// <summary>Shows the manual legend entries under the plot, side by side.</summary>
    internal static void LegendBelow(Plot plt, IEnumerable<LegendItem> items)
    {
        foreach (var item in items) plt.Legend.ManualItems.Add(item);
        if (plt.Legend.ManualItems.Count == 0) return;
        plt.ShowLegend(Edge.Bottom);
        plt.Legend.Orientation = Orientation.Horizontal;
        plt.Legend.TightHorizontalWrapping = true;
        plt.Legend.FontName = FontFamily;
        plt.Legend.FontSize = 12;
        plt.Legend.SymbolWidth = 28;
        plt.Legend.OutlineColor = GridLine;
        plt.Legend.ShadowColor = Colors.Transparent;
    }

    /// <summary>A text label in data coordinates.</summary>
    internal static Text Label(Plot plt, string text, double x, double y, Alignment alignment, float size = 12, Color? color = null)
    {
        var label = plt.Add.Text(text, x, y);
        label.LabelFontName = FontFamily;
        label.LabelFontSize = size;
        label.LabelFontColor = color ?? Ink;
        label.LabelAlignment = alignment;
        label.LabelBackgroundColor = Colors.Transparent;
        label.LabelBorderWidth = 0;
        return label;
    }

    /// <summary>A note in the middle of the data area, for charts with nothing to draw.</summary>
    internal static void EmptyNote(Plot plt, string text)
    {
        var note = plt.Add.Annotation(text, Alignment.MiddleCenter);
        note.LabelFontName = FontFamily;
        note.LabelFontSize = 16;
        note.LabelFontColor = Muted;
        note.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        note.LabelBorderColor = GridLine;
        note.LabelShadowColor = Colors.Transparent;
    }

    /// <summary>A probability as a percentage for labels: "62%", "0.4%", "&lt;0.1%".</summary>
    internal static string Percent(double p)
    {
        if (!double.IsFinite(p)) return "n/a";
        double pct = 100 * p;
        if (pct == 0) return "0%";
        if (pct < 0.1) return "<0.1%";
        if (pct < 10 && Math.Abs(pct - Math.Round(pct)) > 0.05) return pct.ToString("0.0", CultureInfo.InvariantCulture) + "%";
        return pct.ToString("0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A number for tick labels (invariant culture, no trailing zeros).</summary>
    internal static string Number(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Whether all the given values are finite numbers.</summary>
    internal static bool Finite(params ReadOnlySpan<double> values)
    {
        foreach (double v in values) if (!double.IsFinite(v)) return false;
        return true;
    }

    /// <summary>Clamps to [0, 1]; the charts draw shares and positions on the unit interval.</summary>
    internal static double Unit(double x) => Math.Clamp(x, 0, 1);

    /// <summary>Shortens text to at most <paramref name="max"/> characters, ending in an ellipsis when cut.</summary>
    internal static string Shorten(string? text, int max)
    {
        text = Clean(text);
        return text.Length <= max ? text : text[..Math.Max(1, max - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// <paramref name="text"/> as it fits in <paramref name="width"/> units at <paramref name="size"/> px of the chart
    /// font, measured, and cut at a word with an ellipsis only when it does not.
    /// </summary>
    internal static string Fit(string? text, float size, float width)
    {
        EnsureFont();
        text = Clean(text);
        using var typeface = SKTypeface.FromFamilyName(FontFamily);
        using var font = new SKFont(typeface, size);
        if (font.MeasureText(text) <= width) return text;
        var words = text.Split(' ');
        for (int n = words.Length - 1; n >= 1; n--)
        {
            string candidate = string.Join(' ', words.Take(n)).TrimEnd(',', ';', ':') + " …";
            if (font.MeasureText(candidate) <= width) return candidate;
        }
        return Shorten(text, Math.Max(4, (int)(width / size * 1.8)));
    }

    /// <summary>Breaks text into lines of about <paramref name="width"/> characters at spaces, at most <paramref name="maxLines"/> lines.</summary>
    internal static string Wrap(string? text, int width, int maxLines = 3)
    {
        text = Clean(text);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = Shorten(lines[^1] + " …", width);
        }
        return string.Join('\n', lines.Select(l => Shorten(l, width + 4)));
    }

    /// <summary>Whether an end label says more than the bare number it stands for ("0" or "1" are the config defaults).</summary>
    internal static bool Informative(string? label, string bare) =>
        !string.IsNullOrWhiteSpace(label) && label.Trim() != bare;

    /// <summary>A name safe for a file: letters, digits, '-', '_' and '.' kept, everything else '-'.</summary>
    internal static string FileSafe(string? name)
    {
        var sb = new StringBuilder();
        foreach (char c in Clean(name)) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        string s = sb.ToString().Trim('.', '-');
        return s.Length == 0 ? "unnamed" : s;
    }

    private static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// One horizontal bar at <paramref name="y"/> for a probability, added to <paramref name="bars"/>, with its 95% interval as
    /// a line with end caps (drawn by hand so that it is horizontal) and the estimate as a label; returns the interval's top.
    /// </summary>
    public static double ProportionBar(Plot plt, List<Bar> bars, double y, NegotiationSim.Outcomes.Proportion p, Color fill)
    {
        double est = Unit(p.Estimate);
        double lo = Finite(p.Lower) ? Unit(Math.Min(p.Lower, est)) : est;
        double hi = Finite(p.Upper) ? Unit(Math.Max(p.Upper, est)) : est;
        bars.Add(new Bar { Position = y, Value = est, FillColor = fill, LineWidth = 0, Size = 0.62 });
        foreach (var (x1, y1, x2, y2) in new[] { (lo, y, hi, y), (lo, y - 0.14, lo, y + 0.14), (hi, y - 0.14, hi, y + 0.14) })
        {
            var line = plt.Add.Line(x1, y1, x2, y2);
            line.LineColor = Ink;
            line.LineWidth = 1.5f;
        }
        Label(plt, Percent(est), hi + 0.012, y, Alignment.MiddleLeft, 12);
        return hi;
    }

    /// <summary>
    /// The axes of a chart of <see cref="ProportionBar"/> rows: the bars (horizontal), one named row per entry of
    /// <paramref name="names"/> from the top, a probability scale from 0 to 1 with room for the labels, and its title.
    /// </summary>
    public static void ProportionRows(Plot plt, List<Bar> bars, IReadOnlyList<string> names, string xLabel)
    {
        int n = names.Count;
        if (bars.Count > 0) plt.Add.Bars(bars).Horizontal = true;
        plt.Axes.Left.TickGenerator = Ticks(names.Select((s, i) => ((double)(n - 1 - i), s)));
        plt.Axes.Left.TickLabelStyle.FontSize = 12;
        plt.Axes.Left.MajorTickStyle.Length = 0;
        plt.Axes.Bottom.TickGenerator = UnitTicks();
        plt.XLabel(xLabel);
        plt.YLabel("");
        plt.Axes.SetLimits(0, 1.08, -0.6, n - 0.4);
    }
}
