using System.Text;
using System.Text.Json;

namespace NegotiationSim.Experiments;

/// <summary>
/// Parses experiment JSON into a <see cref="SourceNode"/> tree that remembers where each value was written.
/// JsonDocument forgets positions, and a researcher needs "line 12, column 18" to fix a file, so this walks
/// <see cref="Utf8JsonReader"/> tokens itself.
/// </summary>
internal static class SourceParser
{
    // Comments are allowed because rationales belong next to numbers; trailing commas are not, to keep files
    // readable by any JSON tool. Depth 64 (the reader's limit) also bounds the recursion below.
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private const string EmptyHint =
        "An experiment file is one JSON object: { \"name\": ..., \"items\": [...], ... }; `negsim run` without a file runs the embedded default, and docs/configuration.md shows a complete one.";

    /// <summary>
    /// The tree of <paramref name="utf8"/>, or null when it is not well-formed JSON; then exactly one error,
    /// at the place the reader gave up, has been added. Duplicate keys are reported and the first one kept.
    /// </summary>
    public static SourceNode? Parse(byte[] utf8, ErrorCollector errors) => Parse(utf8, errors, "");

    /// <summary>As <see cref="Parse(byte[], ErrorCollector)"/>, with every setting path starting at <paramref name="rootPath"/> (for values given on the command line).</summary>
    public static SourceNode? Parse(byte[] utf8, ErrorCollector errors, string rootPath)
    {
        // A byte-order mark is legal at the start of a UTF-8 file but the reader refuses it; editors hide it,
        // so columns are counted without it.
        byte[] text = utf8.AsSpan().StartsWith(ByteOrderMark) ? utf8[ByteOrderMark.Length..] : utf8;

        var lines = new LineMap(text);
        var parser = new State(lines, errors);
        var reader = new Utf8JsonReader(text, Options);
        try
        {
            if (!reader.Read())
            {
                errors.Add(1, 1, "", "the file is empty", EmptyHint);
                return null;
            }
            var root = parser.ReadValue(ref reader, rootPath);
            // With isFinalBlock the reader throws here on anything but whitespace and comments after the root.
            while (reader.Read()) { }
            return root;
        }
        catch (JsonException) when (IsEmpty(text))
        {
            // The reader throws rather than returning false for input without a value (nothing, or only comments).
            errors.Add(1, 1, "", "the file is empty (no JSON value, only whitespace or comments)", EmptyHint);
            return null;
        }
        catch (JsonException e)
        {
            var (line, column) = lines.AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            errors.Add(line, column, "", "malformed JSON: " + Describe(e),
                "The file must be one JSON object; // and /* */ comments are allowed, trailing commas are not.");
            return null;
        }
        catch (InvalidStringException e)
        {
            errors.Add(e.Line, e.Column, e.Path, "malformed JSON: a string is not valid UTF-8 text",
                "Save the file as UTF-8.");
            return null;
        }
    }

    // Nothing but whitespace and comments: the reader, asked for the first token, finds none.
    private static bool IsEmpty(byte[] text)
    {
        var reader = new Utf8JsonReader(text, Options);
        try { return !reader.Read(); }
        catch (JsonException e) { return e.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal); }
    }

    // System.Text.Json appends its own 0-based position and advice about reader options; we report the
    // position 1-based ourselves, and the options are not the researcher's to change.
    private static string Describe(JsonException e)
    {
        string message = e.Message;
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (at >= 0) message = message[..at];
        message = message
            .Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Replace(" which is not supported in this mode", ", which is not allowed", StringComparison.Ordinal)
            // "isFinalBlock" is the reader's parameter name: the researcher's file simply ended there.
            .Replace(", when isFinalBlock is true", " before the file ended", StringComparison.Ordinal)
            .Replace(" when isFinalBlock is true", " before the file ended", StringComparison.Ordinal)
            .Trim();
        return message.TrimEnd('.');
    }

    private sealed class State(LineMap lines, ErrorCollector errors)
    {
        public SourceNode ReadValue(ref Utf8JsonReader reader, string path)
        {
            var (line, column) = lines.At(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader, path, line, column);
                case JsonTokenType.StartArray:
                    return ReadArray(ref reader, path, line, column);
                case JsonTokenType.String:
                    return new SourceString(line, column, path, GetString(ref reader, path, line, column));
                case JsonTokenType.Number:
                    return new SourceNumber(line, column, path, Encoding.UTF8.GetString(reader.ValueSpan));
                case JsonTokenType.True:
                    return new SourceBoolean(line, column, path, true);
                case JsonTokenType.False:
                    return new SourceBoolean(line, column, path, false);
                case JsonTokenType.Null:
                    return new SourceNull(line, column, path);
                default:
                    // The reader only hands out value tokens here; anything else is a bug in this walk.
                    throw new InvalidOperationException($"Unexpected JSON token {reader.TokenType} at {line}:{column}.");
            }
        }

        private SourceObject ReadObject(ref Utf8JsonReader reader, string path, int line, int column)
        {
            var members = new List<SourceMember>();
            var seen = new Dictionary<string, SourceMember>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var (keyLine, keyColumn) = lines.At(reader.TokenStartIndex);
                string key = GetString(ref reader, path, keyLine, keyColumn);
                string childPath = SettingPath.Child(path, key);
                reader.Read();
                var value = ReadValue(ref reader, childPath);
                var member = new SourceMember(key, keyLine, keyColumn, value);
                if (seen.TryGetValue(key, out var first))
                {
                    errors.Add(keyLine, keyColumn, childPath, $"duplicate key \"{key}\"",
                        $"The first \"{key}\" is at line {first.Line}, column {first.Column}; keep one of them.");
                    continue;
                }
                seen.Add(key, member);
                members.Add(member);
            }
            return new SourceObject(line, column, path, members.AsReadOnly());
        }

        private SourceArray ReadArray(ref Utf8JsonReader reader, string path, int line, int column)
        {
            var items = new List<SourceNode>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                items.Add(ReadValue(ref reader, SettingPath.Index(path, items.Count)));
            return new SourceArray(line, column, path, items.AsReadOnly());
        }

        // The reader checks structure eagerly but UTF-8 inside strings only when a string is decoded.
        private static string GetString(ref Utf8JsonReader reader, string path, int line, int column)
        {
            try
            {
                return reader.GetString() ?? "";
            }
            catch (InvalidOperationException)
            {
                throw new InvalidStringException(line, column, path);
            }
        }
    }

    private sealed class InvalidStringException(int line, int column, string path) : Exception
    {
        public int Line { get; } = line;
        public int Column { get; } = column;
        public string Path { get; } = path;
    }
}
