using System.Xml.Linq;
using NegotiationSim.Plots;
using SkiaSharp;

namespace NegotiationSim.Tests.Plots;

/// <summary>Checks on written chart files: the PNG is a real picture, the SVG says what it should.</summary>
internal static class PlotAssert
{
    /// <summary>Fewest distinct colours a real chart has: anti-aliased text and lines give hundreds; a blank or failed render has a handful.</summary>
    private const int MinDistinctColours = 64;

    /// <summary>Both files exist, the PNG decodes to a picture of many colours, and the SVG is well-formed and the same size.</summary>
    /// <returns>The PNG's width and height.</returns>
    internal static (int Width, int Height) Valid(ChartFiles files)
    {
        Assert.True(File.Exists(files.Png), $"missing {files.Png}");
        Assert.True(File.Exists(files.Svg), $"missing {files.Svg}");
        Assert.EndsWith(".png", files.Png);
        Assert.EndsWith(".svg", files.Svg);
        Assert.Equal(Path.ChangeExtension(files.Png, null), Path.ChangeExtension(files.Svg, null));

        using var bitmap = SKBitmap.Decode(files.Png);
        Assert.NotNull(bitmap);
        Assert.True(bitmap.Width >= 600 && bitmap.Height >= 400, $"{files.Png} is only {bitmap.Width}x{bitmap.Height}");

        var colours = new HashSet<uint>();
        long inked = 0;
        foreach (SKColor c in bitmap.Pixels)
        {
            colours.Add((uint)c);
            if (c.Red < 200 || c.Green < 200 || c.Blue < 200) inked++;
        }
        Assert.True(colours.Count >= MinDistinctColours, $"{files.Png} has only {colours.Count} distinct colours");
        Assert.True(inked > bitmap.Width * bitmap.Height / 200, $"{files.Png} is almost blank ({inked} dark pixels)");

        var svg = XDocument.Load(files.Svg).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal(bitmap.Width.ToString(), (string?)svg.Attribute("width"));
        Assert.Equal(bitmap.Height.ToString(), (string?)svg.Attribute("height"));
        return (bitmap.Width, bitmap.Height);
    }

    /// <summary>The lines of text in an SVG, XML-decoded and trimmed (multi-line labels come out as one entry per line).</summary>
    internal static IReadOnlyList<string> SvgTexts(string svgPath) =>
        XDocument.Load(svgPath).Descendants().Where(e => e.Name.LocalName == "text")
            .Select(e => e.Value.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>The SVG has a text line equal to <paramref name="expected"/>.</summary>
    internal static void HasText(ChartFiles files, string expected)
    {
        var texts = SvgTexts(files.Svg);
        Assert.True(texts.Contains(expected),
            $"'{expected}' not among the texts of {Path.GetFileName(files.Svg)}: {string.Join(" | ", texts.Take(60))}");
    }

    /// <summary>The SVG has a text line containing <paramref name="fragment"/>.</summary>
    internal static void HasTextContaining(ChartFiles files, string fragment)
    {
        var texts = SvgTexts(files.Svg);
        Assert.True(texts.Any(t => t.Contains(fragment, StringComparison.Ordinal)),
            $"no text containing '{fragment}' in {Path.GetFileName(files.Svg)}: {string.Join(" | ", texts.Take(60))}");
    }
}
