using System.Globalization;
using System.Text;
using NegotiationSim.Protocols.ExpectedUtility;

namespace NegotiationSim.Experiments.ExpectedUtility;

/// <summary>
/// Reads the one-dimensional actor format of expected-utility studies (Bueno de Mesquita 1994; Scholz et al. 2011):
/// a header line naming the columns <c>Actor,Capability,Position,Salience</c> (any order, any letter case), then one
/// actor per line. Fields are comma-separated and may be double-quoted (<c>""</c> inside quotes is a quote); blank lines
/// are skipped; numbers use a dot as decimal separator. Salience is a percentage or a fraction: see <see cref="SalienceScale"/>.
/// Every mistake is an <see cref="ActorTableCsvException"/> giving line, column and a hint.
/// </summary>
public static class ActorTableCsv
{
    /// <summary>The column names, in the order files usually have them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Actor", "Capability", "Position", "Salience"];

    private const int ActorColumn = 0, CapabilityColumn = 1, PositionColumn = 2, SalienceColumn = 3;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ActorTableCsvException">The file is missing or malformed.</exception>
    public static ActorTable Load(string path, SalienceScale scale = SalienceScale.Auto)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new ActorTableCsvException(path, 0, 0, null, "The file cannot be opened: " + e.Message, "Check the path.");
        }
        using (reader) return Parse(reader, path, scale);
    }

    /// <summary>Reads actors from <paramref name="reader"/>; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="ActorTableCsvException">The input is malformed.</exception>
    public static ActorTable Parse(TextReader reader, string source, SalienceScale scale = SalienceScale.Auto)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);

        var fields = new List<string>();
        int lineNumber = 0;
        string? line;
        int[]? columnOf = null;   // columnOf[ActorColumn..SalienceColumn] = 0-based field index
        string[] headerNames = [];

        var names = new List<string>();
        var capability = new List<double>();
        var position = new List<double>();
        var salience = new List<double>();
        var salienceLine = new List<int>();
        var nameLine = new Dictionary<string, int>(StringComparer.Ordinal);

        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (string.IsNullOrWhiteSpace(line)) continue;
            Split(line, fields, source, lineNumber);

            if (columnOf is null)
            {
                (columnOf, headerNames) = ReadHeader(fields, source, lineNumber);
                continue;
            }

            if (fields.Count != headerNames.Length)
            {
                int column = Math.Min(fields.Count, headerNames.Length) + (fields.Count > headerNames.Length ? 1 : 0);
                throw new ActorTableCsvException(source, lineNumber, column, null,
                    $"The line has {fields.Count} fields; the header has {headerNames.Length}.",
                    fields.Count > headerNames.Length
                        ? "Remove the extra fields, or quote a name that contains a comma."
                        : "Give every actor a value in every column.");
            }

            int nameField = columnOf[ActorColumn];
            string name = fields[nameField].Trim();
            if (name.Length == 0)
                throw new ActorTableCsvException(source, lineNumber, nameField + 1, headerNames[nameField], "The actor has no name.", "Every actor needs a name.");
            if (nameLine.TryGetValue(name, out int firstLine))
                throw new ActorTableCsvException(source, lineNumber, nameField + 1, headerNames[nameField],
                    $"Actor '{name}' already appears on line {firstLine}.", "Give each actor one line with a unique name.");
            nameLine[name] = lineNumber;

            double c = Number(fields, columnOf[CapabilityColumn], headerNames, source, lineNumber);
            if (c < 0)
                throw new ActorTableCsvException(source, lineNumber, columnOf[CapabilityColumn] + 1, headerNames[columnOf[CapabilityColumn]],
                    $"Capability {Format(c)} is negative.", "Capability is a share of influence: use a number ≥ 0 (any scale).");
            double x = Number(fields, columnOf[PositionColumn], headerNames, source, lineNumber);
            double s = Number(fields, columnOf[SalienceColumn], headerNames, source, lineNumber);
            if (s < 0)
                throw new ActorTableCsvException(source, lineNumber, columnOf[SalienceColumn] + 1, headerNames[columnOf[SalienceColumn]],
                    $"Salience {Format(s)} is negative.", "Salience is a percentage (0–100) or a fraction (0–1).");

            names.Add(name);
            capability.Add(c);
            position.Add(x);
            salience.Add(s);
            salienceLine.Add(lineNumber);
        }

        if (columnOf is null)
            throw new ActorTableCsvException(source, 0, 0, null, "The input is empty.",
                "Start with the header line Actor,Capability,Position,Salience, then one actor per line.");
        if (names.Count < 2)
            throw new ActorTableCsvException(source, 0, 0, null, $"The input has {names.Count} actor{(names.Count == 1 ? "" : "s")}.",
                "The model needs at least two actors.");

        ScaleSalience(salience, salienceLine, scale, source, columnOf[SalienceColumn] + 1, headerNames[columnOf[SalienceColumn]]);

        double total = 0;
        for (int i = 0; i < names.Count; i++) total += capability[i] * salience[i];
        if (!(total > 0))
            throw new ActorTableCsvException(source, 0, 0, null, "Every actor has capability × salience = 0.",
                "At least one actor needs a positive capability and a positive salience.");

        return new ActorTable(names, capability.ToArray(), position.ToArray(), salience.ToArray());
    }

    private static (int[] ColumnOf, string[] Names) ReadHeader(List<string> fields, string source, int lineNumber)
    {
        var columnOf = new[] { -1, -1, -1, -1 };
        var names = new string[fields.Count];
        for (int f = 0; f < fields.Count; f++)
        {
            string name = fields[f].Trim();
            names[f] = name;
            int known = -1;
            for (int c = 0; c < Columns.Count; c++)
                if (string.Equals(name, Columns[c], StringComparison.OrdinalIgnoreCase)) known = c;
            if (known < 0)
                throw new ActorTableCsvException(source, lineNumber, f + 1, name.Length == 0 ? null : name,
                    name.Length == 0 ? "The header has an empty column name." : $"Unknown column '{name}'.",
                    "The header must name exactly the columns Actor, Capability, Position, Salience.");
            if (columnOf[known] >= 0)
                throw new ActorTableCsvException(source, lineNumber, f + 1, name,
                    $"Column '{Columns[known]}' appears twice (also column {columnOf[known] + 1}).", "Name each column once.");
            columnOf[known] = f;
        }
        var missing = new List<string>();
        for (int c = 0; c < Columns.Count; c++)
            if (columnOf[c] < 0) missing.Add(Columns[c]);
        if (missing.Count > 0)
            throw new ActorTableCsvException(source, lineNumber, 0, null,
                $"The header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}.",
                "The first non-blank line must be the header Actor,Capability,Position,Salience.");
        return (columnOf, names);
    }

    private static double Number(List<string> fields, int field, string[] headerNames, string source, int lineNumber)
    {
        string text = fields[field].Trim();
        string column = headerNames[field];
        if (text.Length == 0)
            throw new ActorTableCsvException(source, lineNumber, field + 1, column, "The value is empty.", $"Give a number for {column}.");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            throw new ActorTableCsvException(source, lineNumber, field + 1, column, $"'{text}' is not a number.",
                "Write numbers with a dot as decimal separator and no thousands separator, e.g. 0.16.");
        if (!double.IsFinite(value))
            throw new ActorTableCsvException(source, lineNumber, field + 1, column, $"'{text}' is not a finite number.", "Use a finite number.");
        return value;
    }

    private static void ScaleSalience(List<double> salience, List<int> lines, SalienceScale scale, string source, int column, string columnName)
    {
        double max = 0;
        foreach (double s in salience) max = Math.Max(max, s);
        bool percent = scale == SalienceScale.Percent || (scale == SalienceScale.Auto && max > 1);
        double limit = percent ? 100 : 1;
        for (int i = 0; i < salience.Count; i++)
        {
            if (salience[i] > limit)
                throw new ActorTableCsvException(source, lines[i], column, columnName,
                    percent ? $"Salience {Format(salience[i])} exceeds 100 %." : $"Salience {Format(salience[i])} exceeds 1.",
                    percent
                        ? "Salience is read as a percentage (some value exceeds 1): use values in [0, 100]."
                        : "Salience was declared a fraction: use values in [0, 1], or read the file as percentages.");
            if (percent) salience[i] /= 100;
        }
    }

    /// <summary>Splits one CSV line into fields, honouring double quotes.</summary>
    internal static void Split(string line, List<string> fields, string source, int lineNumber)
    {
        fields.Clear();
        var field = new StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            // Leading spaces before an opening quote are allowed.
            int start = i;
            while (i < line.Length && line[i] == ' ') i++;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                        throw new ActorTableCsvException(source, lineNumber, fields.Count + 1, null, "A quoted field is not closed.",
                            "Close the quote, and write a quote inside a quoted field as two quotes (\"\").");
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                while (i < line.Length && line[i] == ' ') i++;
                if (i < line.Length && line[i] != ',')
                    throw new ActorTableCsvException(source, lineNumber, fields.Count + 1, null, "Text follows a closing quote.",
                        "Quote the whole field, or write a quote inside it as two quotes (\"\").");
            }
            else
            {
                i = start;
                while (i < line.Length && line[i] != ',') field.Append(line[i++]);
            }
            fields.Add(field.ToString());
            if (i >= line.Length) return;
            i++; // the comma
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
