using System.Globalization;

namespace NegotiationSim.Experiments;

/// <summary>
/// A JSON number. <see cref="Text"/> is kept as written so that messages quote the researcher's own digits
/// ("got 1e-3", not "got 0.001") and so that large integers such as seeds are not rounded through a double.
/// </summary>
internal sealed record SourceNumber(int Line, int Column, string Path, string Text) : SourceNode(Line, Column, Path)
{
    /// <summary>
    /// The value as a double; ±∞ when the literal is too large for one (JSON has no such limit, so the check
    /// belongs to whoever reads the setting).
    /// </summary>
    public double Value { get; } = double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public override string Description => "the number " + Text;
}
