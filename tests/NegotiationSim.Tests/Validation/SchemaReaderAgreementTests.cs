using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NegotiationSim.Experiments;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Validation;

/// <summary>
/// The schema and the reader describe the same format. Keys and option names are compared with the reader's own
/// tables; ranges, types and integer limits are compared by behaviour: every setting of a valid file is set to
/// probe values, and the schema must accept exactly the files the reader accepts.
/// </summary>
public class SchemaReaderAgreementTests
{
    /// <summary>Each object of the format: its definition in the schema, the reader's keys, and where the full test file has one.</summary>
    public static readonly (string Definition, IReadOnlyList<string> ReaderKeys, string Location)[] Objects =
    [
        ("", ExperimentBinder.Keys, ""),
        ("item", AgendaItemBinder.Keys, "items[0]"),
        ("party", PartyBinder.Keys, "parties[0]"),
        ("concession", PartyBinder.ConcessionKeys, "parties[0].concession"),
        ("position", PartyPositionBinder.Keys, "parties[0].positions.nato"),
        ("memberPosition", PartyPositionBinder.Keys, "parties[3].positions.nato"),
        ("bloc", BlocBinder.Keys, "blocs[0]"),
        ("meeting", MeetingBinder.Keys, "meetings[0]"),
        ("trust", ExperimentBinder.TrustKeys, "trust"),
        ("escalation", ExperimentBinder.EscalationKeys, "escalation"),
        ("sequence", ExperimentBinder.SequenceKeys, "sequence"),
        ("war", WarBinder.Keys, "war"),
        ("warOdds", WarBinder.OddsKeys, "war.prevails"),
        ("resolveTypes", WarBinder.TypesKeys, "war.types.russia"),
        ("mobilises", WarBinder.MobilisesKeys, "war.types.russia.mobilises"),
        ("linkage", PartyBinder.LinkageKeys, "parties[0].linkage[0]"),
        ("bargaining", ExperimentBinder.BargainingKeys, "bargaining"),
    ];

    // Variants are overrides of the objects above, checked by the reader through them; their own two objects are
    // compared for keys only.
    private static readonly (string Definition, IReadOnlyList<string> ReaderKeys)[] VariantObjects =
        [("variant", VariantBinder.Keys), ("insert", VariantBinder.InsertKeys)];

    private static readonly string[] ParameterDefinitions = ["unitInterval", "nonNegative", "positive", "symmetricUnit"];

    private static JsonObject Definition(string name) =>
        name.Length == 0 ? Schemas.Document : Schemas.Document["$defs"]![name]!.AsObject();

    private static JsonObject Properties(string name) => Definition(name)["properties"]!.AsObject();

    [Fact]
    public void Every_closed_object_of_the_schema_is_one_the_reader_knows()
    {
        // Objects with additionalProperties false: the format's objects, and the distribution forms.
        var closed = SchemaTests.Nodes(Schemas.Document).OfType<JsonObject>()
            .Where(o => o["additionalProperties"] is JsonValue v && v.GetValueKind() == JsonValueKind.False).ToList();
        int forms = ParameterDefinitions.Sum(p => Definition(p)["anyOf"]!.AsArray().Count(b => b!["type"]?.GetValue<string>() == "object"));
        Assert.Equal(Objects.Length + VariantObjects.Length + forms, closed.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("item")]
    [InlineData("party")]
    [InlineData("concession")]
    [InlineData("position")]
    [InlineData("memberPosition")]
    [InlineData("bloc")]
    [InlineData("meeting")]
    [InlineData("trust")]
    [InlineData("escalation")]
    [InlineData("sequence")]
    [InlineData("war")]
    [InlineData("warOdds")]
    [InlineData("resolveTypes")]
    [InlineData("mobilises")]
    [InlineData("linkage")]
    [InlineData("bargaining")]
    [InlineData("variant")]
    [InlineData("insert")]
    public void Each_object_has_exactly_the_keys_the_reader_accepts(string definition)
    {
        var keys = VariantObjects.Concat(Objects.Select(o => (o.Definition, o.ReaderKeys))).Single(o => o.Definition == definition).ReaderKeys;
        var readerKeys = keys.Append("why").Order(StringComparer.Ordinal);
        Assert.Equal(readerKeys, Properties(definition).Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(Definition(definition)["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("#/$defs/why", Properties(definition)["why"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Required_keys_are_the_ones_the_reader_asks_for()
    {
        // The reader names each missing required key; an empty object in place of each object shows which ones.
        foreach (var (definition, _, location) in Objects)
        {
            var required = Definition(definition)["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
            var file = Template();
            if (location.Length == 0) file = [];
            else Set(file, location, new JsonObject());
            var missing = ExperimentReader.Validate(file.ToJsonString(), "x.json")
                .Where(e => e.Message.StartsWith("missing required key", StringComparison.Ordinal) && SettingPath(e.Path) == location)
                .Select(e => e.Message.Split('"')[1]).ToHashSet();
            Assert.True(required.SetEquals(missing),
                $"{(definition.Length == 0 ? "top level" : definition)}: schema requires [{string.Join(", ", required)}], reader asks for [{string.Join(", ", missing)}]");
        }
    }

    private static string SettingPath(string errorPath)
    {
        int dot = errorPath.LastIndexOf('.');
        return dot < 0 ? "" : errorPath[..dot];
    }

    [Fact]
    public void Option_names_are_the_readers()
    {
        Assert.Equal(BlocBinder.Rules.Select(r => r.Name), Enum(Properties("bloc")["rule"]!));
        Assert.Equal(BlocBinder.Offers.Select(o => o.Name), Enum(Properties("bloc")["offer"]!));
        Assert.Equal(MeetingBinder.Settlements.Select(s => s.Name), Enum(Properties("meeting")["settlement"]!));
        Assert.Equal(MeetingBinder.Protocols.Select(p => p.Name), Enum(Properties("meeting")["protocol"]!));
        Assert.Equal(MeetingBinder.Formats.Select(f => f.Name), Enum(Properties("meeting")["format"]!));
        Assert.Equal(ExperimentBinder.ProposerRules.Select(p => p.Name), Enum(Properties("bargaining")["proposer"]!));
        Assert.Equal(ExperimentBinder.AcceptanceRules.Select(a => a.Name), Enum(Properties("bargaining")["acceptance"]!));
        Assert.Equal(["1", "2"], Properties("")["lossExponent"]!["enum"]!.AsArray().Select(n => n!.ToJsonString()));
    }

    private static IEnumerable<string> Enum(JsonNode property) => property["enum"]!.AsArray().Select(n => n!.GetValue<string>());

    [Fact]
    public void Every_parameter_offers_the_readers_distribution_forms_except_normal()
    {
        // Every parameter of the format is bounded, and the reader refuses an unbounded normal on a bounded one.
        var expected = ParameterReader.FormNames.Where(f => f != "normal").Order(StringComparer.Ordinal).ToList();
        foreach (string parameter in ParameterDefinitions)
        {
            var branches = Definition(parameter)["anyOf"]!.AsArray().Select(b => b!.AsObject()).ToList();
            Assert.Equal($"#/$defs/{parameter}Number", branches[0]["$ref"]!.GetValue<string>());
            var forms = branches.Skip(1).ToList();
            Assert.Equal(expected, forms.Select(f => f["required"]![0]!.GetValue<string>()).Order(StringComparer.Ordinal));
            foreach (var form in forms)
            {
                string name = form["required"]![0]!.GetValue<string>();
                var keys = form["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
                string[] extra = name switch { "beta" => [ParameterReader.Range], "choice" => [ParameterReader.Weights], _ => [] };
                Assert.Equal(extra.Append(name).Append("why").Order(StringComparer.Ordinal), keys);
            }
        }
    }

    /// <summary>Every setting whose value the schema constrains, with its place in the full test file.</summary>
    public static TheoryData<string, string, string> Settings()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (definition, _, location) in Objects)
            foreach (var (key, _) in Properties(definition))
                if (key is not ("why" or "$schema")) data.Add(definition, key, location.Length == 0 ? key : location + "." + key);
        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Schema_and_reader_agree_on_every_probe_of_every_setting(string definition, string key, string path)
    {
        var property = Properties(definition)[key]!.AsObject();
        var disagreements = new List<string>();
        int probes = 0;
        foreach (string probe in Probes(property))
        {
            probes++;
            var file = Template();
            Set(file, path, JsonNode.Parse(probe));
            string json = file.ToJsonString();
            var readerErrors = ExperimentReader.Validate(json, "probe.json");
            // An object whose keys constrain one another (a bloc's threshold goes with rule "weighted") is judged whole.
            bool schemaValid = Definition(definition)["if"] is null
                ? Schemas.AcceptsSetting(definition, key, probe)
                : Schemas.AcceptsObject(definition, Get(file, path[..path.LastIndexOf('.')])!.ToJsonString());
            if (schemaValid != (readerErrors.Count == 0))
                disagreements.Add($"{path} = {probe}: reader {(readerErrors.Count == 0 ? "accepts" : "refuses: " + readerErrors[0])}; schema {(schemaValid ? "accepts" : "refuses")}");
        }
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.True(probes >= 4, $"{path}: only {probes} probes");
    }

    [Fact]
    public void A_whole_file_with_a_probed_value_gets_the_same_verdict_as_the_value_alone()
    {
        // The probes above judge values with the setting's own schema; spot-check that this is the whole schema's verdict.
        foreach (var (path, definition, key, probe) in new[]
        {
            ("parties[0].capability", "party", "capability", "-0.001"),
            ("parties[0].capability", "party", "capability", "{\"uniform\": [0, 3]}"),
            ("parties[0].concession.exponent", "concession", "exponent", "{\"beta\": [2, 3]}"),
            ("parties[0].concession.exponent", "concession", "exponent", "{\"beta\": [2, 3], \"range\": [0.5, 2]}"),
            ("meetings[0].rounds", "meeting", "rounds", "1001"),
            ("lossExponent", "", "lossExponent", "2.0"),
        })
        {
            var file = Template();
            Set(file, path, JsonNode.Parse(probe));
            Assert.Equal(Schemas.AcceptsSetting(definition, key, probe), Schemas.Accepts(file.ToJsonString()));
        }
    }

    /// <summary>
    /// Values to try for a setting, as JSON text: other JSON types always; for a parameter, numbers at and just
    /// beyond its bounds in every distribution form; for integers and options, their limits and near misses.
    /// Values the schema cannot judge (ids and references, whose validity depends on the rest of the file) get
    /// only the wrong-type probes.
    /// </summary>
    private static IEnumerable<string> Probes(JsonObject property)
    {
        string? reference = property["$ref"]?.GetValue<string>()
            ?? property["anyOf"]?.AsArray().Select(b => b!["$ref"]?.GetValue<string>()).OfType<string>().FirstOrDefault();
        string? type = property["type"]?.GetValue<string>();
        bool isId = reference == "#/$defs/id" || property["allOf"] is not null;
        var kinds = new Dictionary<string, string>
        {
            ["null"] = "null",
            ["boolean"] = "true",
            ["string"] = "\"x\"",
            ["number"] = "0.5",
            ["array"] = "[]",
            ["object"] = "{}",
        };
        string ownKind = isId ? "string" : type ?? (reference is not null && ParameterDefinitions.Any(p => reference == "#/$defs/" + p) ? "number" : "object");
        if (ownKind == "integer") ownKind = "number";
        foreach (var (kind, value) in kinds)
            if (kind != ownKind && !(ownKind == "number" && kind == "object")) yield return value;

        if (reference is not null && ParameterDefinitions.Any(p => reference == "#/$defs/" + p))
        {
            var bounds = Schemas.Document["$defs"]![reference["#/$defs/".Length..] + "Number"]!;
            foreach (string probe in ParameterProbes(bounds)) yield return probe;
        }
        else if (type == "integer")
        {
            double min = property["minimum"]!.GetValue<double>();
            yield return Format(min - 1);
            yield return Format(min);
            yield return Format(min) + ".0";
            yield return Format(min + 0.5);
            yield return "1e2";
            if (property["maximum"] is { } maxNode)
            {
                string max = maxNode.ToJsonString();
                yield return max;
                if (max.Length < 15)
                {
                    yield return Format(double.Parse(max, CultureInfo.InvariantCulture) + 1);
                    yield return Format(double.Parse(max, CultureInfo.InvariantCulture) - 0.5);
                }
                else
                {
                    yield return "18446744073709551616";
                }
            }
            yield return "\"" + Format(min) + "\"";
        }
        else if (property["enum"] is JsonArray options)
        {
            foreach (var option in options)
            {
                yield return option!.ToJsonString();
                if (option.GetValueKind() == JsonValueKind.String)
                {
                    yield return JsonSerializer.Serialize(option.GetValue<string>() + "s");
                    yield return JsonSerializer.Serialize(option.GetValue<string>().ToUpperInvariant());
                }
                else
                {
                    yield return option.ToJsonString() + ".0";
                    yield return "\"" + option.ToJsonString() + "\"";
                }
            }
            yield return "3";
            yield return "0";
        }
        else if (property["pattern"] is not null)
        {
            yield return "\"corpus\"";
            yield return "\"\"";
            yield return "\" \"";
        }
    }

    private static IEnumerable<string> ParameterProbes(JsonNode bounds)
    {
        double lower = (bounds["minimum"] ?? bounds["exclusiveMinimum"])!.GetValue<double>();
        double? upper = bounds["maximum"]?.GetValue<double>();
        double top = upper ?? lower + 10;
        double mid = (lower + top) / 2;
        const double Step = 0.001;
        var numbers = new List<double> { lower - Step, lower, lower + Step, mid, top };
        if (upper is not null) numbers.Add(top + Step);
        else numbers.Add(1e6);

        foreach (double x in numbers)
        {
            yield return Format(x);
            yield return $"{{\"value\": {Format(x)}}}";
            yield return $"{{\"choice\": [{Format(mid)}, {Format(x)}], \"weights\": [1, 2]}}";
        }
        var ordered = numbers.Order().ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            for (int j = i + 1; j < ordered.Count; j++)
            {
                string a = Format(ordered[i]), b = Format(ordered[j]), m = Format((ordered[i] + ordered[j]) / 2);
                yield return $"{{\"uniform\": [{a}, {b}]}}";
                yield return (i + j) % 2 == 0 ? $"{{\"triangular\": [{a}, {a}, {b}]}}" : $"{{\"pert\": [{a}, {m}, {b}]}}";
                yield return $"{{\"truncatedNormal\": [{m}, 1, {a}, {b}]}}";
                yield return $"{{\"beta\": [2, 3], \"range\": [{a}, {b}]}}";
            }
        }
        yield return "{\"beta\": [2, 3]}";
        yield return "{\"beta\": [0.5, 0.5], \"why\": \"U-shaped\"}";
        yield return $"{{\"normal\": [{Format(mid)}, 0.1]}}";
        yield return "{\"why\": \"no form\"}";
    }

    private static string Format(double x) => Math.Round(x, 10).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A fresh copy of the full test file (every key set), as a tree.</summary>
    internal static JsonObject Template() =>
        JsonNode.Parse(ExperimentFiles.Full, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();

    /// <summary>The node at a setting path such as <c>parties[0].positions.nato</c>; empty path = the root.</summary>
    internal static JsonNode? Get(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var (key, index) in Steps(path))
            node = index is { } i ? node![key]![i] : node![key];
        return node;
    }

    /// <summary>Replaces (or adds) the value at <paramref name="path"/>.</summary>
    internal static void Set(JsonObject root, string path, JsonNode? value)
    {
        if (path.Length == 0) throw new ArgumentException("cannot replace the root", nameof(path));
        var steps = Steps(path).ToList();
        JsonNode parent = root;
        foreach (var (key, index) in steps.Take(steps.Count - 1))
            parent = index is { } i ? parent[key]![i]! : parent[key]!;
        var (lastKey, lastIndex) = steps[^1];
        if (lastIndex is { } at) parent[lastKey]![at] = value;
        else parent[lastKey] = value;
    }

    private static IEnumerable<(string Key, int? Index)> Steps(string path)
    {
        if (path.Length == 0) yield break;
        foreach (string part in path.Split('.'))
        {
            int bracket = part.IndexOf('[');
            if (bracket < 0) yield return (part, null);
            else yield return (part[..bracket], int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture));
        }
    }
}
