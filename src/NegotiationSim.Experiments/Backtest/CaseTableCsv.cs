using System.Globalization;
using System.Text;
using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Forecasting;

namespace NegotiationSim.Experiments.Backtest;

/// <summary>
/// Reads the cases of a backtest from CSV, in either of two layouts, told apart by the header:
/// <list type="bullet">
/// <item><b>wide</b>, the DEU layout (Thomson et al. 2006; the data README): one row per issue with <c>isnr</c>, a
/// position column <c>p&lt;actor&gt;</c> and a salience column <c>s&lt;actor&gt;</c> per actor, <c>rp</c> and <c>out</c>;
/// optional <c>prnr</c> (proposal), <c>proc</c> (procedure) and <c>intro</c> (date introduced, dd-mm-yy, which picks the
/// Council votes of the time); every other column is ignored.</item>
/// <item><b>long</b>: one row per case and actor with the columns <c>case,actor,position,salience,referencePoint,outcome</c>,
/// optional <c>proposal</c>, <c>procedure</c> and <c>introduced</c> (yyyy-mm-dd), and the capability column named by <c>--capability</c>.</item>
/// </list>
/// Every value is on a 0–100 scale. A blank position means the actor is not involved (never 0); a blank salience is 0;
/// a blank reference point or outcome means it is not coded. Every mistake is an <see cref="ActorTableCsvException"/>
/// (the project's located CSV error: file, line, column, column name, hint), thrown before anything is run.
/// </summary>
public static class CaseTableCsv
{
    /// <summary>The actor codes of the DEU wide layout, in its column order.</summary>
    public static IReadOnlyList<string> DeuActors { get; } =
        ["com", "ep", "at", "be", "bu", "cr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "el", "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "si", "sk", "es", "se", "uk"];

    /// <summary>The required columns of the long layout.</summary>
    public static IReadOnlyList<string> LongColumns { get; } = ["case", "actor", "position", "salience", "referencePoint", "outcome"];

    /// <summary>The optional columns of the long layout (besides the capability column).</summary>
    public static IReadOnlyList<string> LongOptionalColumns { get; } = ["proposal", "procedure", "introduced"];

    private const string Scale = "Positions, saliences, reference points and outcomes are on a 0–100 scale.";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ActorTableCsvException">The file is missing or has a mistake.</exception>
    public static CaseTable Load(string path, CapabilityRule capability)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            throw new ActorTableCsvException(path, 0, 0, null, "The file cannot be opened: " + e.Message, "Check the path.");
        }
        using (reader) return Parse(reader, path, capability);
    }

    /// <summary>Reads cases from <paramref name="reader"/>; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="ActorTableCsvException">The input has a mistake.</exception>
    public static CaseTable Parse(TextReader reader, string source, CapabilityRule capability)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(capability);
        var rows = new List<Row>();
        string? line;
        int lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = new List<string>();
            ActorTableCsv.Split(line, fields, source, lineNumber);
            rows.Add(new Row(lineNumber, fields.Select(f => f.Trim()).ToArray()));
        }
        if (rows.Count == 0)
            throw new ActorTableCsvException(source, 0, 0, null, "The input is empty.",
                "Start with a header: the DEU layout (isnr, p<actor>, s<actor>, rp, out) or the long layout (case,actor,position,salience,referencePoint,outcome).");

        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int f = 0; f < header.Fields.Length; f++)
        {
            string name = header.Fields[f];
            if (name.Length == 0)
                throw new ActorTableCsvException(source, header.Line, f + 1, null, "The header has an empty column name.", "Name every column.");
            if (!columns.TryAdd(name, f))
                throw new ActorTableCsvException(source, header.Line, f + 1, name, $"Column '{name}' appears twice (also column {columns[name] + 1}).", "Name each column once.");
        }
        for (int r = 1; r < rows.Count; r++)
            CheckWidth(rows[r], header.Fields.Length, source);

        if (columns.ContainsKey("isnr")) return ParseWide(rows, columns, source, capability);
        if (columns.ContainsKey("case") || columns.ContainsKey("actor")) return ParseLong(rows, columns, source, capability);
        throw new ActorTableCsvException(source, header.Line, 0, null,
            "The header names neither the DEU layout (it has no column isnr) nor the long layout (it has no column case).",
            "Use the DEU layout (isnr, p<actor>, s<actor>, rp, out) or the long layout (case,actor,position,salience,referencePoint,outcome); see docs/validation.md.");
    }

    private static CaseTable ParseWide(List<Row> rows, Dictionary<string, int> columns, string source, CapabilityRule capability)
    {
        var header = rows[0];
        foreach (string required in (string[])["rp", "out"])
            if (!columns.ContainsKey(required))
                throw new ActorTableCsvException(source, header.Line, 0, null, $"The DEU layout needs the column {required}, and the header has none.",
                    "Name the reference point rp and the outcome out, as the DEU data do.");
        var actors = new List<(string Name, int Position, int Salience, int Capability)>();
        foreach (string a in DeuActors)
        {
            bool hasP = columns.TryGetValue("p" + a, out int p), hasS = columns.TryGetValue("s" + a, out int s);
            if (hasP != hasS)
                throw new ActorTableCsvException(source, header.Line, (hasP ? p : s) + 1, hasP ? "p" + a : "s" + a,
                    $"Actor '{a}' has a {(hasP ? "position" : "salience")} column but no {(hasP ? "salience column s" : "position column p")}{a}.",
                    "Give every actor both a position column p<actor> and a salience column s<actor>.");
            if (!hasP) continue;
            int c = -1;
            if (capability.Kind == CapabilitySource.Column && !columns.TryGetValue(capability.Column + a, out c))
                throw new ActorTableCsvException(source, header.Line, 0, null,
                    $"--capability {capability.Column}: there is no column {capability.Column}{a} for actor '{a}'.",
                    $"In the DEU layout --capability PREFIX reads the capability of actor X from column PREFIX+X; add {capability.Column}{a}, or use --capability equal or council-votes.");
            actors.Add((a, p, s, c));
        }
        if (actors.Count == 0)
            throw new ActorTableCsvException(source, header.Line, 0, null, "The header has no actor columns (p<actor>, s<actor>).",
                $"The DEU actor codes are {string.Join(' ', DeuActors)}.");

        int isnr = columns["isnr"], rp = columns["rp"], outcome = columns["out"];
        int proposal = columns.GetValueOrDefault("prnr", -1), procedure = columns.GetValueOrDefault("proc", -1), intro = columns.GetValueOrDefault("intro", -1);
        var cases = new List<NegotiationCase>();
        var without = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] names = rows[0].Fields;
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            string id = row.Fields[isnr];
            if (id.Length == 0)
                throw new ActorTableCsvException(source, row.Line, isnr + 1, names[isnr], "The issue has no id.", "Give every issue an id in isnr.");
            if (!seen.TryAdd(id, row.Line))
                throw new ActorTableCsvException(source, row.Line, isnr + 1, names[isnr], $"Issue '{id}' already appears on line {seen[id]}.", "Give each issue one row with a unique id.");
            string proc = procedure >= 0 ? row.Fields[procedure] : "";
            DateOnly? introduced = intro >= 0 ? Date(row, intro, names, source, "dd-MM-yy", "dd-MM-yyyy") : null;
            var pending = new List<(string Name, double Position, double Salience, int PositionField, int CapabilityField)>();
            foreach (var (name, p, s, c) in actors)
            {
                double position = Number(row, p, names, source, 0, 100, blank: true);
                if (double.IsNaN(position)) continue;
                double salience = Number(row, s, names, source, 0, 100, blank: true);
                if (double.IsNaN(salience)) salience = 0;
                pending.Add((name, position, salience, p, c));
            }
            var table = capability.Kind == CapabilitySource.CouncilVotes ? CouncilVotes.TableFor(pending.Select(x => x.Name), introduced) : null;
            var involved = pending.Select(x => new CaseActor(x.Name, x.Position, x.Salience,
                Capability(capability, table, x.Name, proc, procedure >= 0, row, x.PositionField, x.CapabilityField, names, source))).ToList();
            double reference = Number(row, rp, names, source, 0, 100, blank: true);
            double result = Number(row, outcome, names, source, 0, 100, blank: true);
            if (involved.Count == 0) { without.Add(id); continue; }
            cases.Add(new NegotiationCase(id, proposal >= 0 && row.Fields[proposal].Length > 0 ? row.Fields[proposal] : id, proc, involved, reference, result));
        }
        return new CaseTable("wide", cases, without);
    }

    private static CaseTable ParseLong(List<Row> rows, Dictionary<string, int> columns, string source, CapabilityRule capability)
    {
        var header = rows[0];
        string[] names = header.Fields;
        var missing = LongColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new ActorTableCsvException(source, header.Line, 0, null,
                $"The long layout needs the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}, and the header has {(missing.Count > 1 ? "none of them" : "none")}.",
                $"Name the columns {string.Join(",", LongColumns)} (optional: {string.Join(", ", LongOptionalColumns)}, and a capability column named by --capability).");
        int capabilityColumn = -1;
        if (capability.Kind == CapabilitySource.Column && !columns.TryGetValue(capability.Column!, out capabilityColumn))
            throw new ActorTableCsvException(source, header.Line, 0, null, $"--capability {capability.Column}: the header has no column {capability.Column}.",
                "Name the capability column with --capability COLUMN, or use --capability equal or council-votes.");
        for (int f = 0; f < names.Length; f++)
        {
            bool known = LongColumns.Contains(names[f], StringComparer.OrdinalIgnoreCase) || LongOptionalColumns.Contains(names[f], StringComparer.OrdinalIgnoreCase) || f == capabilityColumn;
            if (!known)
                throw new ActorTableCsvException(source, header.Line, f + 1, names[f], $"Unknown column '{names[f]}'.",
                    $"The long layout has the columns {string.Join(",", LongColumns)}, optionally {string.Join(", ", LongOptionalColumns)}, and a capability column named by --capability.");
        }

        int caseColumn = columns["case"], actorColumn = columns["actor"], position = columns["position"], salience = columns["salience"];
        int rp = columns["referencePoint"], outcome = columns["outcome"];
        int proposal = columns.GetValueOrDefault("proposal", -1), procedure = columns.GetValueOrDefault("procedure", -1);
        int introducedColumn = columns.GetValueOrDefault("introduced", -1);
        var order = new List<string>();
        var builders = new Dictionary<string, LongCase>(StringComparer.Ordinal);
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            string id = row.Fields[caseColumn], actor = row.Fields[actorColumn];
            if (id.Length == 0)
                throw new ActorTableCsvException(source, row.Line, caseColumn + 1, names[caseColumn], "The row has no case id.", "Give every row the id of its case.");
            if (actor.Length == 0)
                throw new ActorTableCsvException(source, row.Line, actorColumn + 1, names[actorColumn], "The row has no actor.", "Give every row the actor's name.");
            double reference = Number(row, rp, names, source, 0, 100, blank: true);
            double result = Number(row, outcome, names, source, 0, 100, blank: true);
            string proc = procedure >= 0 ? row.Fields[procedure] : "";
            string prop = proposal >= 0 && row.Fields[proposal].Length > 0 ? row.Fields[proposal] : id;
            DateOnly? introduced = introducedColumn >= 0 ? Date(row, introducedColumn, names, source, "yyyy-MM-dd") : null;
            if (!builders.TryGetValue(id, out var b))
            {
                b = new LongCase(row.Line, reference, result, proc, prop, introduced);
                builders[id] = b;
                order.Add(id);
            }
            else
            {
                Same(b.ReferencePoint, reference, row, rp, names, source, id, b.FirstLine);
                Same(b.Outcome, result, row, outcome, names, source, id, b.FirstLine);
                if (procedure >= 0 && !string.Equals(b.Procedure, proc, StringComparison.Ordinal))
                    throw new ActorTableCsvException(source, row.Line, procedure + 1, names[procedure],
                        $"Case '{id}' has procedure '{b.Procedure}' on line {b.FirstLine} and '{proc}' here.", "Give every row of a case the same procedure.");
                if (introducedColumn >= 0 && b.Introduced != introduced)
                    throw new ActorTableCsvException(source, row.Line, introducedColumn + 1, names[introducedColumn],
                        $"Case '{id}' has another introduction date on line {b.FirstLine}.", "Give every row of a case the same date (or leave all blank).");
            }
            if (b.ActorLines.TryGetValue(actor, out int firstLine))
                throw new ActorTableCsvException(source, row.Line, actorColumn + 1, names[actorColumn],
                    $"Actor '{actor}' already appears in case '{id}' on line {firstLine}.", "Give each actor one row per case.");
            b.ActorLines[actor] = row.Line;
            double x = Number(row, position, names, source, 0, 100, blank: true);
            if (double.IsNaN(x)) continue;
            double s = Number(row, salience, names, source, 0, 100, blank: true);
            if (double.IsNaN(s)) s = 0;
            b.Pending.Add((actor, x, s, row, position));
        }
        var cases = new List<NegotiationCase>();
        var without = new List<string>();
        foreach (string id in order)
        {
            var b = builders[id];
            if (b.Pending.Count == 0) { without.Add(id); continue; }
            var table = capability.Kind == CapabilitySource.CouncilVotes ? CouncilVotes.TableFor(b.Pending.Select(x => x.Actor), b.Introduced) : null;
            var actors = b.Pending.Select(x => new CaseActor(x.Actor, x.Position, x.Salience,
                Capability(capability, table, x.Actor, b.Procedure, procedure >= 0, x.Row, x.PositionField, capabilityColumn, names, source))).ToList();
            cases.Add(new NegotiationCase(id, b.Proposal, b.Procedure, actors, b.ReferencePoint, b.Outcome));
        }
        return new CaseTable("long", cases, without);
    }

    private static double Capability(CapabilityRule rule, IReadOnlyDictionary<string, double>? table, string actor, string procedure, bool hasProcedure,
        Row row, int positionField, int capabilityField, string[] names, string source)
    {
        switch (rule.Kind)
        {
            case CapabilitySource.Equal:
                return 1;
            case CapabilitySource.CouncilVotes:
                if (string.Equals(actor, CouncilVotes.ParliamentActor, StringComparison.OrdinalIgnoreCase) && !hasProcedure)
                    throw new ActorTableCsvException(source, row.Line, positionField + 1, names[positionField],
                        "--capability council-votes weighs the European Parliament by procedure, and the file has no procedure column.",
                        "Add the procedure (proc in the DEU layout, procedure in the long layout: COD or CNS), or use --capability equal.");
                return CouncilVotes.Of(actor, procedure, table!) ?? throw new ActorTableCsvException(source, row.Line, positionField + 1, names[positionField],
                    $"--capability council-votes has no Council votes built in for actor '{actor}'.",
                    $"Votes are built in for com, ep and the member states {string.Join(' ', CouncilVotes.Nice.Keys)}; give capabilities in a column (--capability COLUMN) or use --capability equal.");
            default:
                return Number(row, capabilityField, names, source, 0, double.MaxValue, blank: false);
        }
    }

    private static void Same(double first, double here, Row row, int field, string[] names, string source, string id, int firstLine)
    {
        bool equal = (double.IsNaN(first) && double.IsNaN(here)) || first == here;
        if (!equal)
            throw new ActorTableCsvException(source, row.Line, field + 1, names[field],
                $"Case '{id}' has {names[field]} {Text(first)} on line {firstLine} and {Text(here)} here.",
                $"A case has one {names[field]}: give every row of the case the same value (or leave all blank).");
    }

    /// <summary>A date in one of <paramref name="formats"/> (two-digit years: 00–49 are 2000–2049), or null when blank.</summary>
    private static DateOnly? Date(Row row, int field, string[] names, string source, params string[] formats)
    {
        string text = row.Fields[field];
        if (text.Length == 0) return null;
        // .NET reads two-digit years with a window ending in 2049, which fits proposals from 1950 to 2049.
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new ActorTableCsvException(source, row.Line, field + 1, names[field], $"'{text}' is not a date of the form {formats[0]}.",
                $"Write the date as {formats[0]} (e.g. {new DateOnly(1999, 3, 26).ToString(formats[0], CultureInfo.InvariantCulture)}), or leave it blank.");
        return day;
    }

    private static string Text(double x) => double.IsNaN(x) ? "blank" : x.ToString("R", CultureInfo.InvariantCulture);

    private static double Number(Row row, int field, string[] names, string source, double min, double max, bool blank)
    {
        string text = row.Fields[field];
        string column = names[field];
        if (text.Length == 0)
        {
            if (blank) return double.NaN;
            throw new ActorTableCsvException(source, row.Line, field + 1, column, "The value is empty.", $"Give a number for {column}.");
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new ActorTableCsvException(source, row.Line, field + 1, column, $"'{text}' is not a number.",
                "Write numbers with a dot as decimal separator and no thousands separator, e.g. 37.5" + (blank ? "; leave the cell blank for 'not coded'." : "."));
        if (value < min || value > max)
            throw new ActorTableCsvException(source, row.Line, field + 1, column,
                max == double.MaxValue ? $"{Text(value)} is negative." : $"{Text(value)} is outside [{Text(min)}, {Text(max)}].",
                max == double.MaxValue ? "Capabilities are ≥ 0 (any scale)." : Scale);
        return value;
    }

    private static void CheckWidth(Row row, int width, string source)
    {
        if (row.Fields.Length == width) return;
        int column = Math.Min(row.Fields.Length, width) + (row.Fields.Length > width ? 1 : 0);
        throw new ActorTableCsvException(source, row.Line, column, null, $"The line has {row.Fields.Length} fields; the header has {width}.",
            row.Fields.Length > width ? "Remove the extra fields, or quote a value that contains a comma." : "Give every row a field for every column (blank where not coded).");
    }

    private sealed record Row(int Line, string[] Fields);

    private sealed class LongCase(int firstLine, double referencePoint, double outcome, string procedure, string proposal, DateOnly? introduced)
    {
        public DateOnly? Introduced { get; } = introduced;
        public List<(string Actor, double Position, double Salience, Row Row, int PositionField)> Pending { get; } = [];
        public int FirstLine { get; } = firstLine;
        public double ReferencePoint { get; } = referencePoint;
        public double Outcome { get; } = outcome;
        public string Procedure { get; } = procedure;
        public string Proposal { get; } = proposal;
        public Dictionary<string, int> ActorLines { get; } = new(StringComparer.Ordinal);
    }
}
