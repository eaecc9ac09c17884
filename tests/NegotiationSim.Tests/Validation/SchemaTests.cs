using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NegotiationSim.Experiments;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Validation;

/// <summary>docs/negsim.schema.json: a valid draft 2020-12 schema that every shipped experiment passes.</summary>
public class SchemaTests
{
    [Fact]
    public void The_embedded_schema_is_the_docs_file()
    {
        Assert.Equal(File.ReadAllText(Repository.File("docs/negsim.schema.json")), ExperimentSchema.Text);
    }

    [Fact]
    public void The_schema_is_valid_against_the_draft_2020_12_meta_schema()
    {
        Assert.Equal(ExperimentSchema.Dialect, Schemas.Document["$schema"]!.GetValue<string>());
        using var document = JsonDocument.Parse(ExperimentSchema.Text);
        var results = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join(Environment.NewLine,
            (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Every_local_reference_resolves()
    {
        var defs = Schemas.Document["$defs"]!.AsObject();
        var refs = Nodes(Schemas.Document).OfType<JsonObject>().Select(o => o["$ref"]?.GetValue<string>()).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, r =>
        {
            Assert.StartsWith("#/$defs/", r, StringComparison.Ordinal);
            Assert.True(defs.ContainsKey(r["#/$defs/".Length..]), $"{r} does not resolve");
        });
        // And every definition is used: a stale one would mislead whoever edits the schema.
        Assert.All(defs.Select(d => d.Key), name => Assert.Contains("#/$defs/" + name, refs));
    }

    public static TheoryData<string> ShippedExperiments => [.. Repository.ExperimentFiles().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(ShippedExperiments))]
    public void Every_shipped_experiment_passes_the_schema_and_points_to_it(string name)
    {
        string text = File.ReadAllText(Repository.File("experiments/" + name));
        var (valid, errors) = Schemas.Evaluate(text);
        Assert.True(valid, $"{name}:{Environment.NewLine}{errors}");
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        Assert.Equal(ExperimentSchema.RelativePath, document.RootElement.GetProperty("$schema").GetString());
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Repository.File("experiments"), ExperimentSchema.RelativePath))));
    }

    [Fact]
    public void The_reader_test_files_pass_the_schema()
    {
        Assert.True(Schemas.Accepts(ExperimentFiles.Minimal), Schemas.Evaluate(ExperimentFiles.Minimal).Errors);
        Assert.True(Schemas.Accepts(ExperimentFiles.Full), Schemas.Evaluate(ExperimentFiles.Full).Errors);
    }

    public static TheoryData<string> BrokenFiles => [.. BrokenFile.Names()];

    /// <summary>
    /// The schema catches what a schema can (types, ranges, option names, unknown keys, list sizes); the
    /// corpus header says which mistakes only negsim validate sees (references, duplicates, ordering).
    /// </summary>
    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void The_schema_verdict_on_each_broken_file_is_the_documented_one(string name)
    {
        var file = BrokenFile.Load(name);
        var (valid, errors) = Schemas.Evaluate(file.Text);
        if (file.SchemaRejects) Assert.False(valid, $"{name}: the schema should refuse this file");
        else Assert.True(valid, $"{name}: the schema should accept this file (only negsim validate sees the mistake):{Environment.NewLine}{errors}");
    }

    [Fact]
    public void Most_of_the_corpus_is_caught_by_the_schema_already()
    {
        var files = BrokenFile.Names().Select(BrokenFile.Load).ToList();
        Assert.True(files.Count(f => f.SchemaRejects) >= files.Count / 2);
    }

    internal static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
            foreach (var n in Nodes(child)) yield return n;
    }
}
