namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws every chart made on this thread (and the tasks it starts) in <paramref name="style"/> until the returned
    /// object is disposed. A scope rather than a parameter, so that every chart of every command follows it alike.
    /// </summary>
    /// <param name="style">The style to draw in.</param>
    /// <returns>Disposing it restores the previous style.</returns>
    public static IDisposable UseStyle(PlotStyle style) => ChartStyle.Use(style);
}
