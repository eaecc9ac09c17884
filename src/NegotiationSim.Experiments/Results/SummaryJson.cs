using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Experiments.Results;

/// <summary>Writes summary.json: the manifest and every metric of the summary, camelCase, with NaN written as null.</summary>
public static class SummaryJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new NullForNonFinite() },
    };

    /// <summary>The JSON text for <paramref name="manifest"/> and <paramref name="summary"/>.</summary>
    public static string Serialize(Manifest manifest, Summary summary) =>
        JsonSerializer.Serialize(new { manifest, summary }, Options);

    /// <summary>Reads the manifest back from a summary.json text.</summary>
    public static Manifest? ReadManifest(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("manifest").Deserialize<Manifest>(Options);
    }

    /// <summary>
    /// Reads the summary back from a summary.json text, exactly: <see cref="Serialize"/> of what this returns gives the
    /// same text (nulls become NaN again, and every number round-trips). For redrawing plots and reports without rerunning.
    /// </summary>
    /// <exception cref="JsonException">The text is not a summary.json (malformed, or without a "summary" object).</exception>
    public static Summary ReadSummary(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Part<Summary>(doc, "summary");
    }

    /// <summary>Reads the manifest and the summary of the summary.json file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="JsonException">It is not a summary.json.</exception>
    public static (Manifest Manifest, Summary Summary) ReadFile(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return (Part<Manifest>(doc, "manifest"), Part<Summary>(doc, "summary"));
    }

    /// <summary>
    /// The manifest fields that say how a run went rather than what it computed (threads, wall time, start time):
    /// they differ between two runs of the same experiment, seed and replicates, and nothing else may.
    /// </summary>
    public static IReadOnlyList<string> TimingFields { get; } = ["threads", "wallSeconds", "startedUtc"];

    /// <summary>
    /// Where two summary.json texts differ, as JSON paths (e.g. "$.summary.items[2].agreement.count"), ignoring the
    /// manifest's <see cref="TimingFields"/> and any <paramref name="alsoIgnore"/>d manifest fields; empty when they are
    /// identical apart from those. At most <paramref name="limit"/> paths.
    /// </summary>
    /// <exception cref="JsonException">A text is not JSON.</exception>
    public static IReadOnlyList<string> Differences(string expected, string actual, IEnumerable<string>? alsoIgnore = null, int limit = 20)
    {
        var a = JsonNode.Parse(expected);
        var b = JsonNode.Parse(actual);
        foreach (var node in new[] { a, b })
            if (node?["manifest"] is JsonObject manifest)
                foreach (var field in TimingFields.Concat(alsoIgnore ?? []))
                    manifest.Remove(field);
        var found = new List<string>();
        Compare(a, b, "$", found, limit);
        return found;
    }

    private static void Compare(JsonNode? a, JsonNode? b, string path, List<string> found, int limit)
    {
        if (found.Count >= limit) return;
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
                Compare(oa[key], ob[key], $"{path}.{key}", found, limit);
        }
        else if (a is JsonArray xa && b is JsonArray xb && xa.Count == xb.Count)
        {
            for (int i = 0; i < xa.Count; i++) Compare(xa[i], xb[i], $"{path}[{i}]", found, limit);
        }
        else if (!JsonNode.DeepEquals(a, b))
        {
            found.Add(path);
        }
    }

    private static T Part<T>(JsonDocument doc, string name) where T : class
    {
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty(name, out var part) || part.ValueKind != JsonValueKind.Object)
            throw new JsonException($"not a negsim summary.json: it has no \"{name}\" object");
        return part.Deserialize<T>(Options) ?? throw new JsonException($"not a negsim summary.json: \"{name}\" is empty");
    }

    // JSON has no NaN; a metric that is undefined (e.g. the mean agreed value of an item never agreed) is null.
    private sealed class NullForNonFinite : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value)) writer.WriteNumberValue(value);
            else writer.WriteNullValue();
        }
    }
}
