namespace NegotiationSim.Plots;

/// <summary>The files one chart was written to: the same picture as PNG (raster) and SVG (vector), and for paper also PDF.</summary>
/// <param name="Png">Full path of the PNG file.</param>
/// <param name="Svg">Full path of the SVG file.</param>
public sealed record ChartFiles(string Png, string Svg)
{
    /// <summary>Full path of the PDF file; only charts drawn in <see cref="PlotStyle.Paper"/> have one.</summary>
    public string? Pdf { get; init; }

    /// <summary>Every path, PNG first.</summary>
    public IReadOnlyList<string> Paths => Pdf is null ? [Png, Svg] : [Png, Svg, Pdf];
}
