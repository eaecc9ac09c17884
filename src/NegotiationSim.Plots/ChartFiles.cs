namespace NegotiationSim.Plots;

/// <summary>The two files one chart was written to: the same picture as PNG (raster) and SVG (vector).</summary>
/// <param name="Png">Full path of the PNG file.</param>
/// <param name="Svg">Full path of the SVG file.</param>
public sealed record ChartFiles(string Png, string Svg)
{
    /// <summary>Both paths, PNG first.</summary>
    public IReadOnlyList<string> Paths => [Png, Svg];
}
