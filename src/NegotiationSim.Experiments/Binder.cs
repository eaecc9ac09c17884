using System.Globalization;

namespace NegotiationSim.Experiments;

/// <summary>
/// Reads typed values out of <see cref="SourceNode"/>s for the scenario binders. Every check reports into one
/// <see cref="ErrorCollector"/> and returns null (or a caller's fallback) instead of throwing, so that binding
/// goes on and a researcher sees every mistake of a file at once.
/// </summary>
internal sealed class Binder
{
    private const string IdentifierHint = "Valid: a letter followed by letters, digits, '_' or '-', e.g. \"russia\" or \"eu-27\".";

    // Beyond 2^53 a double no longer holds every whole number, so "1e20" cannot be trusted as an exact count.
    private const double LargestExactWhole = 9007199254740992;

    public Binder(ErrorCollector errors)
    {
        Errors = errors;
        Parameters = new ParameterReader(this);
    }

    public ErrorCollector Errors { get; }

    public ParameterReader Parameters { get; }

    /// <summary>"{name} must be {expected}, got {what was there}".</summary>
    public void TypeError(SourceNode node, string name, string expected, string hint) =>
        Errors.At(node, $"{name} must be {expected}, got {node.Description}", hint);

    /// <summary>The node as an object whose keys are checked against <paramref name="keys"/> (plus <c>why</c>), or null.</summary>
    public SettingsObject? Object(SourceNode node, string name, IReadOnlyList<string> keys, string hint)
    {
        if (node is SourceObject o) return new SettingsObject(this, o, keys);
        TypeError(node, name, "an object", hint);
        return null;
    }

    /// <summary>The node as an array, or null after reporting.</summary>
    public SourceArray? Array(SourceNode node, string name, string hint)
    {
        if (node is SourceArray a) return a;
        TypeError(node, name, "an array", hint);
        return null;
    }

    /// <summary>The node as a string, or null after reporting.</summary>
    public string? String(SourceNode node, string name, string hint)
    {
        if (node is SourceString s) return s.Value;
        TypeError(node, name, "a string", hint);
        return null;
    }

    /// <summary>The node as a boolean, or null after reporting.</summary>
    public bool? Boolean(SourceNode node, string name)
    {
        if (node is SourceBoolean b) return b.Value;
        TypeError(node, name, "true or false", "Valid: true or false, without quotes.");
        return null;
    }

    /// <summary>
    /// The node as an identifier. A string with bad syntax is reported but still returned, so that references
    /// to it elsewhere in the file do not pile up as "unknown" errors on top.
    /// </summary>
    public string? Identifier(SourceNode node, string name)
    {
        if (node is not SourceString s)
        {
            TypeError(node, name, "a string id", IdentifierHint);
            return null;
        }
        if (!IsIdentifier(s.Value)) Errors.At(node, $"\"{s.Value}\" is not a valid id", IdentifierHint);
        return s.Value;
    }

    /// <summary><c>[A-Za-z][A-Za-z0-9_-]*</c>: safe in setting paths, file names, table columns and on the command line.</summary>
    public static bool IsIdentifier(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0])) return false;
        foreach (char c in value)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        return true;
    }

    /// <summary>
    /// A whole number in [<paramref name="min"/>, <paramref name="max"/>]. "1e5" and "20.0" count as whole, since
    /// researchers write replicate counts that way; "1.5" does not.
    /// </summary>
    public long? Integer(SourceNode node, string name, long min, long max, string hint)
    {
        if (node is not SourceNumber n)
        {
            TypeError(node, name, "a whole number", hint);
            return null;
        }
        double v = n.Value;
        if (!double.IsFinite(v) || v != Math.Floor(v))
        {
            Errors.At(node, $"{name} must be a whole number, got {n.Text}", hint);
            return null;
        }
        bool exact = long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value);
        if (!exact && Math.Abs(v) <= LargestExactWhole)
        {
            value = (long)v;
            exact = true;
        }
        if (exact && value >= min && value <= max) return value;

        string range = max == long.MaxValue ? $">= {min}" : $"in [{min}, {max}]";
        bool tooSmall = exact ? value < min : v < 0;
        string message = tooSmall || max != long.MaxValue
            ? $"{name} must be {range}, got {n.Text}"
            : $"{name} must be at most {max}, got {n.Text}";
        Errors.At(node, message, hint);
        return null;
    }

    /// <summary>A calendar date written "YYYY-MM-DD", or null after reporting.</summary>
    public DateOnly? Date(SourceNode node, string name)
    {
        const string Hint = "Valid: a date in double quotes as YYYY-MM-DD, e.g. \"2022-01-12\".";
        if (node is not SourceString s)
        {
            TypeError(node, name, "a date string", Hint);
            return null;
        }
        if (DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
            return date;
        Errors.At(node, $"{name} must be a date YYYY-MM-DD, got \"{s.Value}\"", Hint);
        return null;
    }

    /// <summary>A fixed positive number (not a distribution), or null after reporting.</summary>
    public double? PositiveNumber(SourceNode node, string name, string hint)
    {
        if (node is not SourceNumber n)
        {
            TypeError(node, name, "a number", hint);
            return null;
        }
        if (n.Value > 0 && double.IsFinite(n.Value)) return n.Value;
        Errors.At(node, $"{name} must be > 0, got {n.Text}", hint);
        return null;
    }

    /// <summary>
    /// An object whose keys are ids declared in <paramref name="ids"/> (items or parties), beside an optional "why":
    /// <c>positions</c>, <c>war.ifPrevails</c>, <c>war.costs</c>, <c>war.types</c> and the like. Each value is bound by
    /// <paramref name="bind"/>, which is told whether its key names a declared id; an entry is kept only when it does and
    /// its value binds. Unknown ids are reported (with a did-you-mean) by the registry.
    /// </summary>
    public IReadOnlyDictionary<string, T> IdKeyed<T>(SourceNode node, string name, IdRegistry ids, string expected, string hint,
        Func<SourceMember, bool, T?> bind)
        where T : class
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        if (node is not SourceObject obj)
        {
            TypeError(node, name, expected, hint);
            return map.AsReadOnly();
        }
        foreach (var member in obj.Members)
        {
            if (member.Key == SettingsObject.Rationale)
            {
                SettingsObject.CheckRationale(this, member);
                continue;
            }
            bool known = ids.CheckReference(member.Key, member.Line, member.Column, member.Value.Path);
            if (bind(member, known) is { } value && known) map[member.Key] = value;
        }
        return map.AsReadOnly();
    }

    /// <summary>One of a fixed set of option strings (enum values), or null after reporting with a did-you-mean.</summary>
    public T? Option<T>(SourceNode node, string name, IReadOnlyList<(string Name, T Value)> options)
        where T : struct
    {
        var names = options.Select(o => o.Name).ToList();
        string valid = "Valid: " + SpellingSuggestion.List(names) + ".";
        if (node is not SourceString s)
        {
            TypeError(node, name, "a string", valid);
            return null;
        }
        foreach (var (optionName, value) in options)
            if (optionName == s.Value) return value;
        Errors.At(node, $"unknown {name} \"{s.Value}\"", SpellingSuggestion.Hint(s.Value, names));
        return null;
    }

    /// <summary>
    /// A list of ids that must all name declared things (parties of a meeting, items of an agenda, members of a
    /// bloc): each a declared id, none twice, at least <paramref name="minCount"/> entries.
    /// </summary>
    public List<string> References(SourceNode node, string name, IdRegistry registry, int minCount, string hint)
    {
        var ids = new List<string>();
        var array = Array(node, name, hint);
        if (array is null) return ids;
        if (array.Items.Count < minCount)
        {
            string entries = minCount == 1 ? $"at least one {registry.Kind}" : $"at least {minCount} {registry.Plural}";
            Errors.At(node, $"{name} must list {entries}, got {array.Items.Count}", hint);
        }
        var seen = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        foreach (var item in array.Items)
        {
            // Syntax is judged where an id is declared; here an id only has to be a known one.
            if (item is not SourceString { Value: var id })
            {
                TypeError(item, registry.Kind + " id", "a string id", hint);
                continue;
            }
            if (seen.TryGetValue(id, out var first))
            {
                Errors.At(item, $"{registry.Kind} \"{id}\" is listed twice in {name}",
                    $"List each {registry.Kind} once; the first \"{id}\" is at line {first.Line}, column {first.Column}.");
                continue;
            }
            seen.Add(id, item);
            registry.CheckReference(id, item.Line, item.Column, item.Path);
            ids.Add(id);
        }
        return ids;
    }
}
