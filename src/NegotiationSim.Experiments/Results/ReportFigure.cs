namespace NegotiationSim.Experiments.Results;

/// <summary>One chart of a report: what it shows and the picture itself.</summary>
/// <param name="Name">File name without extension, e.g. "agreement-by-item"; used as the figure's anchor.</param>
/// <param name="Title">What the chart shows, in words.</param>
/// <param name="Svg">The chart as SVG text (a complete SVG document).</param>
public sealed record ReportFigure(string Name, string Title, string Svg);
