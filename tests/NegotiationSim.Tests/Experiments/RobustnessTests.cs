using System.Text.Json.Nodes;
using NegotiationSim.Experiments;
using static NegotiationSim.Tests.Experiments.ExperimentFiles;

namespace NegotiationSim.Tests.Experiments;

/// <summary>
/// Whatever a researcher writes, the reader answers with a valid experiment or an <see cref="ExperimentException"/>:
/// never another exception, never a crash.
/// </summary>
public class RobustnessTests
{
    private static void AssertEitherValidOrErrors(string json)
    {
        var outcome = Record.Exception(() => ExperimentReader.Read(json, Source));
        if (outcome is null) return;
        var thrown = Assert.IsType<ExperimentException>(outcome);
        Assert.NotEmpty(thrown.Errors);
        Assert.All(thrown.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, $"unlocated error: {e}"));
        Assert.Equal(thrown.Errors, ExperimentReader.Validate(json, Source));
    }

    [Fact]
    public void Every_truncation_of_a_valid_file_is_reported_not_crashed()
    {
        for (int length = 0; length < Full.Length; length++)
            AssertEitherValidOrErrors(Full[..length]);
    }

    public static TheoryData<string> Replacements =>
        ["0", "-1", "0.5", "1e999", "\"x\"", "\"\"", "true", "null", "[]", "[0.5]", "[\"x\", 1]", "{}", "{\"a\": {}}", "[[[]]]",
         "{\"uniform\": [0.2, 0.1]}", "{\"choice\": [\"x\"]}"];

    [Theory]
    [MemberData(nameof(Replacements))]
    public void Replacing_any_value_with_any_other_json_is_reported_not_crashed(string replacement)
    {
        // Visit every value of the full file (minus comments, which JsonNode cannot keep) and put the
        // replacement in its place, one at a time.
        var original = JsonNode.Parse(Full, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        int count = Paths(original).Count();
        for (int i = 0; i < count; i++)
        {
            var copy = original.DeepClone();
            var (parent, key, index) = Paths(copy).ElementAt(i);
            var value = JsonNode.Parse(replacement);
            if (key is not null) ((JsonObject)parent)[key] = value;
            else ((JsonArray)parent)[index] = value;
            AssertEitherValidOrErrors(copy.ToJsonString());
        }
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Paths(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                yield return (obj, key, -1);
                if (child is not null) foreach (var p in Paths(child)) yield return p;
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                yield return (array, null, i);
                if (array[i] is { } child) foreach (var p in Paths(child)) yield return p;
            }
        }
    }

    [Theory]
    [InlineData("{ \"name\": \"\\ud800\" }")]
    [InlineData("{ \"name\": \"a\\u0000b\", \"items\": 1e400, \"parties\": -0, \"meetings\": 1.7976931348623157e309 }")]
    [InlineData("\u0000")]
    [InlineData("\"\\")]
    [InlineData("{\"a\":")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"statusQuo\": {\"choice\": [1e308, -1e308], \"weights\": [1e308, 1e308]}}]}")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"statusQuo\": {\"truncatedNormal\": [0, 1e-320, 0, 1]}}]}")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"statusQuo\": {\"beta\": [1e-320, 1e308], \"range\": [-1e308, 1e308]}}]}")]
    [InlineData("{\"runs\": -9223372036854775809, \"seed\": -0, \"meetings\": [{\"rounds\": 1e-400}]}")]
    public void Odd_inputs_are_reported_not_crashed(string json) => AssertEitherValidOrErrors(json);

    [Fact]
    public void A_string_with_a_lone_surrogate_is_accepted_as_text()
    {
        string json = Minimal.With("\"name\": \"minimal\"", "\"name\": \"min\ud800imal\"");
        AssertEitherValidOrErrors(json);
    }
}
