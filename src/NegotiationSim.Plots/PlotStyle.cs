namespace NegotiationSim.Plots;

/// <summary>How charts are drawn: for a screen (the default) or for a journal page.</summary>
public enum PlotStyle
{
    /// <summary>1000 px wide with a title and the provenance line: PNG and SVG, for screens, reports and slides.</summary>
    Screen,

    /// <summary>
    /// For print: 7 in (178 mm, a double journal column) wide, no title (the figure caption carries it), text at
    /// 7–10 pt; PNG at 300 dpi, SVG in points and PDF.
    /// </summary>
    Paper,
}
