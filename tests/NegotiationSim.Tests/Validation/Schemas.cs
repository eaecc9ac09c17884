using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NegotiationSim.Experiments;

namespace NegotiationSim.Tests.Validation;

/// <summary>The embedded experiment schema, built once, and a way to ask it about a file's text.</summary>
internal static class Schemas
{
    private static readonly Lock Gate = new();

    private static readonly JsonDocumentOptions ExperimentSyntax = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    /// <summary>The schema of <see cref="ExperimentSchema.Text"/>, as JsonSchema.Net evaluates it.</summary>
    public static JsonSchema Experiment { get; } = JsonSchema.FromText(ExperimentSchema.Text);

    /// <summary>The schema as a plain JSON tree, for tests that read its keywords.</summary>
    public static JsonObject Document { get; } = JsonNode.Parse(ExperimentSchema.Text)!.AsObject();

    /// <summary>
    /// Whether the schema accepts <paramref name="json"/> (comments allowed, as in experiment files), and if not,
    /// the failing locations. Text that is not JSON at all is refused, as an editor would.
    /// </summary>
    public static (bool Valid, string Errors) Evaluate(string json)
    {
        using var document = Parse(json, out string? notJson);
        if (document is null) return (false, notJson!);
        EvaluationResults results;
        lock (Gate) results = Experiment.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return (true, "");
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .Take(12);
        return (false, string.Join(Environment.NewLine, errors));
    }

    private static readonly Dictionary<string, JsonSchema> SettingSchemas = [];

    /// <summary>
    /// Whether the schema of one setting (<paramref name="key"/> of the object defined as <paramref name="definition"/>,
    /// "" for the top level) accepts <paramref name="value"/>. The whole schema takes milliseconds per file, so
    /// tests that try thousands of values judge the value alone, with the same definitions around it.
    /// </summary>
    public static bool AcceptsSetting(string definition, string key, string value) =>
        AcceptsAt(definition.Length == 0 ? $"#/$defs/__top/properties/{Escape(key)}" : $"#/$defs/{definition}/properties/{Escape(key)}", value);

    /// <summary>
    /// Whether the definition <paramref name="definition"/> (not the top level) accepts the object <paramref name="value"/>:
    /// for objects whose keys constrain one another (<c>if</c>/<c>then</c>), which a setting judged alone cannot show.
    /// </summary>
    public static bool AcceptsObject(string definition, string value) => AcceptsAt($"#/$defs/{definition}", value);

    private static bool AcceptsAt(string pointer, string value)
    {
        using var document = JsonDocument.Parse(value);
        lock (Gate)
        {
            if (!SettingSchemas.TryGetValue(pointer, out var schema))
            {
                var wrapper = Document.DeepClone().AsObject();
                var defs = wrapper["$defs"]!.AsObject();
                var top = Document.DeepClone().AsObject();
                top.Remove("$defs");
                top.Remove("$schema");
                defs["__top"] = top;
                foreach (string keyword in wrapper.Select(p => p.Key).Where(k => k is not ("$schema" or "$defs")).ToList()) wrapper.Remove(keyword);
                wrapper["$ref"] = pointer;
                schema = JsonSchema.FromText(wrapper.ToJsonString());
                SettingSchemas.Add(pointer, schema);
            }
            return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
        }
    }

    // JSON Pointer escaping, for "$schema"-like keys.
    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>True when the schema accepts <paramref name="json"/> (the fast form: no error details).</summary>
    public static bool Accepts(string json)
    {
        using var document = Parse(json, out _);
        if (document is null) return false;
        lock (Gate) return Experiment.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static JsonDocument? Parse(string json, out string? notJson)
    {
        try
        {
            notJson = null;
            return JsonDocument.Parse(json, ExperimentSyntax);
        }
        catch (JsonException e)
        {
            notJson = "not JSON: " + e.Message;
            return null;
        }
    }
}
