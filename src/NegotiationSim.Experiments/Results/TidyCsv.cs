using System.Globalization;
using System.Text;

namespace NegotiationSim.Experiments.Results;

/// <summary>
/// Writes tidy tables (one observation per row) as CSV: comma-separated, header row, invariant culture, numbers in
/// round-trip form, a missing number as an empty cell, fields quoted only when they need it (RFC 4180).
/// </summary>
public static class TidyCsv
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="path"/> (UTF-8, no BOM, \n line ends).</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count) throw new ArgumentException($"a row has {row.Count} cells, the header {header.Count}", nameof(rows));
            Line(text, row);
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    /// <summary>A number for a cell: round-trip form, or empty when not finite.</summary>
    public static string Number(double x) => double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : "";

    private static void Line(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            string cell = cells[i] ?? "";
            if (cell.IndexOfAny([',', '"', '\n', '\r']) >= 0) text.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            else text.Append(cell);
        }
        text.Append('\n');
    }
}
