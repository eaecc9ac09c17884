using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NegotiationSim.Inference;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Experiments.Inference;

/// <summary>
/// Writes a posterior as an experiment file usable as the prior of a later run (docs/validation.md, "Inference"): the
/// experiment's own file with each uncertain parameter's distribution replaced by one fitted to its weighted posterior
/// marginal — a truncated normal on the prior's support with the posterior mean and sd (a normal for a normal prior;
/// the prior's values re-weighted for a choice). Correlations between parameters are not kept: each is written on its
/// own, as the file format has no joint distributions.
/// </summary>
public static class PosteriorExperiment
{
    /// <summary>The rewritten file's text, and the parameter paths that could not be found in it (left as they were).</summary>
    public static (string Json, IReadOnlyList<string> Unresolved) Write(byte[] experimentJson, ParameterSpace space, AbcResult result, string provenance)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(result);
        var root = JsonNode.Parse(experimentJson, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            ?? throw new ArgumentException("empty experiment", nameof(experimentJson));
        var unresolved = new List<string>();
        for (int p = 0; p < result.Dimension; p++)
        {
            var segments = result.Paths[p].Split('.');
            var parent = Resolve(root, segments[..^1]) as JsonObject;
            if (parent is null || !parent.ContainsKey(segments[^1])) parent = CopiedThroughLike(root, segments);
            if (parent is null)
            {
                unresolved.Add(result.Paths[p]);
                continue;
            }
            parent[segments[^1]] = Fitted(space, result, p, provenance);
        }
        if (root is JsonObject top && top["name"] is JsonValue name && name.TryGetValue(out string? n)) top["name"] = n + "-posterior";
        return (root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), unresolved);
    }

    /// <summary>
    /// A parameter of a party that copies another's settings (<c>like</c>, docs/configuration.md) is not written in its
    /// entry: give the entry its own copy of what the parameter lives in, as the reader would have copied it — a position
    /// merges per item and key, so an empty object will do there; any other setting is copied whole from the template.
    /// </summary>
    private static JsonObject? CopiedThroughLike(JsonNode root, string[] segments)
    {
        if (segments.Length < 3 || segments[0] != "parties") return null;
        // Only a party that copies another's settings may lack one of its parameters in its own entry.
        if (Resolve(root, segments[..2]) is not JsonObject party || party["like"] is not JsonValue like || !like.TryGetValue(out string? template)) return null;
        if (Resolve(root, ["parties", template]) is not JsonObject original) return null;
        JsonObject current = party;
        JsonNode? source = original;
        for (int i = 2; i < segments.Length - 1; i++)
        {
            string key = segments[i];
            source = source is JsonObject so ? so[key] : null;
            if (current[key] is not JsonObject next)
            {
                bool merged = i == 2 && key == "positions" || i == 3 && segments[2] == "positions";
                next = merged || source is null ? new JsonObject() : (JsonObject)source.DeepClone();
                current[key] = next;
            }
            current = next;
        }
        return current;
    }

    private static JsonNode? Resolve(JsonNode node, string[] segments)
    {
        JsonNode? current = node;
        foreach (var segment in segments)
        {
            current = current switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int i) => i < a.Count ? a[i] : null,
                JsonArray a => a.FirstOrDefault(e => e is JsonObject eo && eo["id"] is JsonValue v && v.TryGetValue(out string? id) && id == segment),
                _ => null,
            };
            if (current is null) return null;
        }
        return current;
    }

    private static JsonObject Fitted(ParameterSpace space, AbcResult result, int p, string provenance)
    {
        double mean = result.Mean(p), sd = result.Sd(p);
        string why = $"posterior of {provenance}: mean {mean.ToString("G4", CultureInfo.InvariantCulture)}, sd {sd.ToString("G4", CultureInfo.InvariantCulture)} " +
            $"(prior mean {result.PriorMean(p).ToString("G4", CultureInfo.InvariantCulture)}, sd {result.PriorSd(p).ToString("G4", CultureInfo.InvariantCulture)}); fitted marginal, correlations not kept";
        switch (space.Kind(p))
        {
            case DistributionKind.Choice:
            {
                var values = space.ChoiceValues(p);
                var weights = new double[values.Count];
                for (int i = 0; i < result.Count; i++)
                {
                    int k = IndexOfClosest(values, result.Theta[i * result.Dimension + p]);
                    weights[k] += result.Weights[i];
                }
                return new JsonObject
                {
                    ["choice"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
                    ["weights"] = new JsonArray(weights.Select(w => (JsonNode)JsonValue.Create(Math.Max(w, 1e-9))).ToArray()),
                    ["why"] = why,
                };
            }
            case DistributionKind.Normal:
                return new JsonObject { ["normal"] = new JsonArray(mean, Math.Max(sd, 1e-9)), ["why"] = why };
            default:
            {
                var (lo, hi) = space.Support(p);
                if (!(hi > lo)) return new JsonObject { ["uniform"] = new JsonArray(lo, lo + 1e-9), ["why"] = why };
                double m = Math.Clamp(mean, lo, hi), s = Math.Max(sd, (hi - lo) * 1e-3);
                return new JsonObject { ["truncatedNormal"] = new JsonArray(m, s, lo, hi), ["why"] = why };
            }
        }
    }

    private static int IndexOfClosest(IReadOnlyList<double> values, double x)
    {
        int best = 0;
        for (int i = 1; i < values.Count; i++) if (Math.Abs(values[i] - x) < Math.Abs(values[best] - x)) best = i;
        return best;
    }
}
