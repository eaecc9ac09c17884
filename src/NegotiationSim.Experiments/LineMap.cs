using System.Text;

namespace NegotiationSim.Experiments;

/// <summary>
/// Turns byte offsets of UTF-8 text into 1-based line and column. Columns count UTF-16 code units, as editors
/// such as VS Code do, so a reported column lands on the right character even after non-ASCII text.
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineMap(byte[] utf8)
    {
        _utf8 = utf8;
        // Only '\n' starts a line, matching how System.Text.Json counts lines in its exceptions.
        for (int i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    /// <summary>Line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) At(long offset)
    {
        int at = (int)Math.Clamp(offset, 0, _utf8.Length);
        int line = _lineStarts.BinarySearch(at);
        if (line < 0) line = ~line - 1;
        return (line + 1, Count(_lineStarts[line], at) + 1);
    }

    /// <summary>
    /// Line and column from a 0-based line number and a byte position within that line, the form
    /// <see cref="System.Text.Json.JsonException"/> reports.
    /// </summary>
    public (int Line, int Column) AtLine(long zeroBasedLine, long bytePositionInLine)
    {
        int line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        int start = _lineStarts[line];
        int end = (int)Math.Clamp(start + bytePositionInLine, start, _utf8.Length);
        return (line + 1, Count(start, end) + 1);
    }

    private int Count(int from, int to) => Encoding.UTF8.GetCharCount(_utf8, from, to - from);
}
