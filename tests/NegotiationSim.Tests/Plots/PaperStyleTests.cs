using System.Globalization;
using System.Xml.Linq;
using NegotiationSim.Plots;
using SkiaSharp;

namespace NegotiationSim.Tests.Plots;

/// <summary>
/// <see cref="PlotStyle.Paper"/>: every chart at 7 in (504 pt) wide, as a 300 dpi PNG that records its resolution,
/// an SVG sized in points and a PDF; no title (the figure caption carries it); the style ends with its scope.
/// </summary>
public sealed class PaperStyleTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "negsim-paper-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Checks one chart's three files and returns the SVG's texts.</summary>
    private static IReadOnlyList<string> ValidPaper(ChartFiles files)
    {
        Assert.NotNull(files.Pdf);
        Assert.Equal([files.Png, files.Svg, files.Pdf], files.Paths);
        byte[] pdf = File.ReadAllBytes(files.Pdf!);
        Assert.True(pdf.Length > 1000, $"{files.Pdf} is only {pdf.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        // The page is 504 pt wide: /MediaBox [0 0 504 H].
        Assert.Contains("/MediaBox [0 0 504 ", System.Text.Encoding.ASCII.GetString(pdf), StringComparison.Ordinal);

        byte[] png = File.ReadAllBytes(files.Png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(2100, bitmap.Width);   // 7 in at 300 dpi
        Assert.Equal(300, PngResolution.Of(png)!.Value, 0);
        var colours = new HashSet<uint>();
        foreach (SKColor c in bitmap.Pixels) colours.Add((uint)c);
        Assert.True(colours.Count >= 64, $"{files.Png} has only {colours.Count} distinct colours");

        var svg = XDocument.Load(files.Svg).Root!;
        Assert.Equal("504pt", (string?)svg.Attribute("width"));
        double heightPt = double.Parse(((string)svg.Attribute("height")!).TrimEnd('p', 't'), CultureInfo.InvariantCulture);
        Assert.InRange(bitmap.Height / 300.0 * 72 - heightPt, -1, 1);   // the PNG rounds up to whole pixels
        Assert.NotNull(svg.Attribute("viewBox"));
        return PlotAssert.SvgTexts(files.Svg);
    }

    [Fact]
    public void Every_chart_of_a_run_is_written_for_print()
    {
        var summary = SyntheticSummary.Realistic();
        IReadOnlyList<string> paths;
        using (Charts.UseStyle(PlotStyle.Paper)) paths = Charts.All(summary, _dir);

        var pngs = paths.Where(p => p.EndsWith(".png", StringComparison.Ordinal)).ToList();
        Assert.Equal(4 + summary.Meetings.Count, pngs.Count);
        Assert.Equal(3 * pngs.Count, paths.Count);
        foreach (string png in pngs)
        {
            var texts = ValidPaper(new ChartFiles(png, Path.ChangeExtension(png, ".svg")) { Pdf = Path.ChangeExtension(png, ".pdf") });
            // The caption line stays (where the figure came from); the title goes to the figure's caption in the text.
            Assert.Contains("nato-russia-2022 · seed 20220120 · 100,000 runs", texts);
            Assert.DoesNotContain("How the meeting sequence ended", texts);
            Assert.DoesNotContain("Probability of agreement per agenda item", texts);
        }
    }

    [Fact]
    public void The_style_ends_with_its_scope()
    {
        var summary = SyntheticSummary.Realistic();
        using (Charts.UseStyle(PlotStyle.Paper)) ValidPaper(Charts.Endings(summary, _dir, name: "paper"));
        var screen = Charts.Endings(summary, _dir, name: "screen");

        Assert.Null(screen.Pdf);
        Assert.Equal((1000, 640), PlotAssert.Valid(screen));
        Assert.False(File.Exists(Path.Combine(_dir, "screen.pdf")));
    }

    [Fact]
    public void Compare_sweep_and_expected_utility_charts_follow_the_style()
    {
        using var _ = Charts.UseStyle(PlotStyle.Paper);
        var files = ExpectedUtilityCharts.Positions(["a", "b", "c"], [0, 1, 1, 0.2, 0.9, 1, 0.4, 1, 1], [1, 0.9, 0.8], [0.6, 0.7, 0.75],
            0, 1, _dir, "Positions by round", "caption line");
        var texts = ValidPaper(files);
        Assert.Contains("caption line", texts);
        Assert.Contains("b, c", texts);
    }

    [Fact]
    public void Svg_files_have_no_black_box_from_the_canvas_clear()
    {
        const string svg = "<svg><rect width=\"700\" height=\"448\"/>\n<rect fill=\"white\" width=\"700\" height=\"448\"/>" +
            "<clipPath id=\"c\">\n  <rect width=\"700\" height=\"448\"/>\n</clipPath></svg>";
        Assert.Equal("<svg>\n<rect fill=\"white\" width=\"700\" height=\"448\"/><clipPath id=\"c\">\n  <rect width=\"700\" height=\"448\"/>\n</clipPath></svg>",
            ChartStyle.WithoutClears(svg));

        using (Charts.UseStyle(PlotStyle.Paper))
        {
            var files = Charts.OfferFan(SyntheticSummary.Realistic(), 1, _dir);
            string text = File.ReadAllText(files.Svg);
            Assert.Equal(text, ChartStyle.WithoutClears(text));
        }
    }
}
