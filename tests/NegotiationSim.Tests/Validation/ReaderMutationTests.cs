using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using NegotiationSim.Experiments;
using NegotiationSim.Tests.Experiments;
using Xunit.Abstractions;

namespace NegotiationSim.Tests.Validation;

/// <summary>
/// Property: whatever random damage is done to a valid experiment file (a key deleted or misspelt or written
/// twice, a number's sign or scale changed, a value of another type, the text cut short), the reader either
/// accepts it or refuses it with located <see cref="ExperimentException"/> errors; nothing else escapes. And a
/// file the reader accepts is one the schema accepts too, so an editor never flags a good file.
/// </summary>
public class ReaderMutationTests(ITestOutputHelper output)
{
    private enum Kind { DeleteKey, Negate, Scale, SwapType, DuplicateKey, RenameKey, Truncate }

    private sealed record Mutation(Kind Kind, int Target, int Choice);

    private static readonly double[] Factors = [0, -1, 0.5, 10, 1e-9, 1e6, 1e300, 3];
    private static readonly string[] Replacements = ["null", "true", "\"x\"", "\"\"", "[]", "{}", "0", "-1", "1e999", "[1, 2]", "{\"uniform\": [0.2, 0.1]}", "{\"beta\": [0, 1]}"];

    private static readonly Lazy<string[]> Sources = new(() =>
    [
        ExperimentFiles.Minimal,
        ExperimentFiles.Full,
        .. Repository.ExperimentFiles().Select(File.ReadAllText),
    ]);

    private static readonly Gen<Mutation> MutationGen =
        Gen.Select(Gen.OneOf(Kind.DeleteKey, Kind.Negate, Kind.Scale, Kind.SwapType, Kind.DuplicateKey, Kind.RenameKey, Kind.Truncate),
            Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], (k, t, c) => new Mutation(k, t, c));

    private static readonly Gen<(int Source, Mutation[] Mutations)> Mutants =
        Gen.Select(Gen.Int[0, 100], MutationGen.Array[1, 4]);

    [Fact]
    public void Damaged_files_are_accepted_or_refused_with_located_errors_never_crashed()
    {
        int accepted = 0, refused = 0;
        Mutants.Sample((source, mutations) =>
        {
            if (Check(source, mutations)) accepted++;
            else refused++;
        }, iter: 200, threads: 1, writeLine: output.WriteLine, print: m => Apply(Sources.Value[m.Item1 % Sources.Value.Length], m.Item2));
        output.WriteLine($"{accepted} mutants accepted, {refused} refused");
        // Both outcomes must be exercised for the property to say anything about each.
        Assert.True(accepted > 0 && refused > 0, $"{accepted} accepted, {refused} refused");
    }

    /// <summary>Checks one mutant; true when the reader accepted it.</summary>
    private static bool Check(int source, Mutation[] mutations)
    {
        string text = Apply(Sources.Value[source % Sources.Value.Length], mutations);
        var outcome = Record.Exception(() => ExperimentReader.Read(text, "mutant.json"));
        if (outcome is null)
        {
            Assert.Empty(ExperimentReader.Validate(text, "mutant.json"));
            var (valid, errors) = Schemas.Evaluate(text);
            Assert.True(valid, "the reader accepts this file but the schema does not:" + Environment.NewLine + errors);
            return true;
        }
        var thrown = Assert.IsType<ExperimentException>(outcome);
        Assert.NotEmpty(thrown.Errors);
        Assert.All(thrown.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1 && e.Message.Length > 0, $"unlocated or empty error: {e}"));
        Assert.Equal(thrown.Errors, ExperimentReader.Validate(text, "mutant.json"));
        Assert.All(thrown.Errors, e => Assert.StartsWith("mutant.json:", e.ToString(), StringComparison.Ordinal));
        return false;
    }

    /// <summary>The source with the mutations applied one after another (targets taken modulo what is there).</summary>
    private static string Apply(string source, Mutation[] mutations)
    {
        var root = JsonNode.Parse(source, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        (JsonObject Owner, string Key)? duplicate = null;
        int? cut = null;
        foreach (var m in mutations)
        {
            var slots = Slots(root).ToList();
            var (parent, key, index) = slots[m.Target % slots.Count];
            var node = key is not null ? ((JsonObject)parent)[key] : ((JsonArray)parent)[index];
            switch (m.Kind)
            {
                case Kind.DeleteKey when key is not null:
                    ((JsonObject)parent).Remove(key);
                    break;
                case Kind.DeleteKey:
                    ((JsonArray)parent).RemoveAt(index);
                    break;
                case Kind.Negate or Kind.Scale when node is JsonValue v && v.GetValueKind() == JsonValueKind.Number:
                    double x = double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);
                    double y = m.Kind == Kind.Negate ? -x : x * Factors[m.Choice % Factors.Length];
                    Replace(parent, key, index, JsonNode.Parse(double.IsFinite(y) ? y.ToString("R", CultureInfo.InvariantCulture) : "1e999"));
                    break;
                case Kind.RenameKey when key is not null:
                    var owner = (JsonObject)parent;
                    string renamed = Misspell(key, m.Choice);
                    if (owner.ContainsKey(renamed)) break;
                    owner.Remove(key);
                    owner[renamed] = node;
                    break;
                case Kind.DuplicateKey when key is not null:
                    duplicate = ((JsonObject)parent, key);
                    break;
                case Kind.Truncate:
                    cut = m.Choice;
                    break;
                default:
                    Replace(parent, key, index, JsonNode.Parse(Replacements[m.Choice % Replacements.Length]));
                    break;
            }
        }
        string text = Write(root, duplicate);
        return cut is { } at ? text[..(at % Math.Max(1, text.Length))] : text;
    }

    private static void Replace(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (key is not null) ((JsonObject)parent)[key] = value;
        else ((JsonArray)parent)[index] = value;
    }

    private static string Misspell(string key, int choice)
    {
        if (key.Length < 2) return key + "x";
        int at = choice % (key.Length - 1);
        return (choice / 7 % 3) switch
        {
            0 => key.Remove(at, 1),
            1 => string.Concat(key.AsSpan(0, at), key[at + 1].ToString(), key[at].ToString(), key.AsSpan(at + 2)),
            _ => key.ToUpperInvariant(),
        };
    }

    /// <summary>Every place a value sits: (parent, key, -1) in objects, (parent, null, index) in arrays; pre-order.</summary>
    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                yield return (obj, key, -1);
                if (child is not null) foreach (var s in Slots(child)) yield return s;
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                yield return (array, null, i);
                if (array[i] is { } child) foreach (var s in Slots(child)) yield return s;
            }
        }
    }

    /// <summary>Writes the tree as indented JSON, writing one member twice when asked (JsonNode cannot hold duplicates).</summary>
    private static string Write(JsonNode root, (JsonObject Owner, string Key)? duplicate)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, SkipValidation = true }))
            WriteNode(writer, root, duplicate);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, (JsonObject Owner, string Key)? duplicate)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, child) in obj)
                {
                    int times = duplicate is { } d && ReferenceEquals(d.Owner, obj) && d.Key == key ? 2 : 1;
                    for (int i = 0; i < times; i++)
                    {
                        writer.WritePropertyName(key);
                        WriteNode(writer, child, duplicate);
                    }
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var child in array) WriteNode(writer, child, duplicate);
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
