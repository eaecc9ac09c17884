using System.Text.Json;
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
