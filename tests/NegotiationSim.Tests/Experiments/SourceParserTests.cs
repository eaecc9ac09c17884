using System.Text;
using NegotiationSim.Diagnostics;
using NegotiationSim.Experiments;

namespace NegotiationSim.Tests.Experiments;

/// <summary>The JSON layer: every value keeps its line, column and setting path; malformed JSON is one located error.</summary>
public class SourceParserTests
{
    private static (SourceNode? Root, IReadOnlyList<UserError> Errors) Parse(string json)
    {
        var errors = new ErrorCollector("t.json");
        var root = SourceParser.Parse(Encoding.UTF8.GetBytes(json), errors);
        return (root, errors.InFileOrder());
    }

    private static SourceNode Get(SourceNode node, params object[] steps)
    {
        foreach (var step in steps)
            node = step is string key ? ((SourceObject)node).Find(key)!.Value : ((SourceArray)node).Items[(int)step];
        return node;
    }

    [Fact]
    public void Values_keep_line_column_and_path()
    {
        const string json = "{\n  \"parties\": [\n    {},\n    { \"positions\": { \"ukraine\": { \"salience\": -0.5 } } }\n  ]\n}";

        var (root, errors) = Parse(json);

        Assert.Empty(errors);
        var salience = Assert.IsType<SourceNumber>(Get(root!, "parties", 1, "positions", "ukraine", "salience"));
        Assert.Equal((4, 47, "parties[1].positions.ukraine.salience", "-0.5", -0.5),
            (salience.Line, salience.Column, salience.Path, salience.Text, salience.Value));
        var parties = Get(root!, "parties");
        Assert.Equal((2, 14, "parties"), (parties.Line, parties.Column, parties.Path));
        var member = ((SourceObject)root!).Members[0];
        Assert.Equal(("parties", 2, 3), (member.Key, member.Line, member.Column));
    }

    [Fact]
    public void Columns_count_characters_not_bytes_and_lines_end_at_newlines_including_crlf()
    {
        const string json = "{\r\n\"name\": \"Kyiv–Moscow ü\", \"x\": 1\r\n}";

        var (root, _) = Parse(json);

        var x = Get(root!, "x");
        Assert.Equal((2, 31), (x.Line, x.Column));
        Assert.Equal("Kyiv–Moscow ü", ((SourceString)Get(root!, "name")).Value);
    }

    [Fact]
    public void Comments_of_both_kinds_are_skipped()
    {
        const string json = "// header\n{ /* inline */ \"a\": 1, // trailing\n  \"b\": /* before value */ [true, false, null] }\n/* footer */";

        var (root, errors) = Parse(json);

        Assert.Empty(errors);
        var b = Assert.IsType<SourceArray>(Get(root!, "b"));
        Assert.Equal((3, 27), (b.Line, b.Column));
        Assert.IsType<SourceBoolean>(b.Items[0]);
        Assert.IsType<SourceNull>(b.Items[2]);
        Assert.Equal("b[2]", b.Items[2].Path);
    }

    [Fact]
    public void Odd_keys_are_quoted_in_paths()
    {
        var (root, _) = Parse("{ \"a b\": { \"c\": 1 }, \"$schema\": \"x\" }");
        Assert.Equal("[\"a b\"].c", Get(root!, "a b", "c").Path);
        Assert.Equal("$schema", Get(root!, "$schema").Path);
    }

    [Fact]
    public void Duplicate_keys_are_reported_and_the_first_kept()
    {
        var (root, errors) = Parse("{ \"a\": 1,\n  \"a\": 2 }");

        var error = Assert.Single(errors);
        Assert.Equal((2, 3, "a", "duplicate key \"a\""), (error.Line, error.Column, error.Path, error.Message));
        Assert.Equal("1", ((SourceNumber)Get(root!, "a")).Text);
    }

    [Theory]
    [InlineData("{ \"a\": 1, }", 1, 11, "trailing comma")]
    [InlineData("{ \"a\": [1, 2,] }", 1, 14, "trailing comma at the end, which is not allowed")]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "Expected either ','")]
    [InlineData("{ \"a\": 1 } { }", 1, 12, "")]
    [InlineData("{ \"a\": tru }", 1, 11, "invalid JSON literal")]
    [InlineData("{ 'a': 1 }", 1, 3, "")]
    [InlineData("{ \"a\": NaN }", 1, 8, "")]
    public void Malformed_json_is_one_error_at_the_place_the_reader_stopped(string json, int line, int column, string fragment)
    {
        var (root, errors) = Parse(json);

        Assert.Null(root);
        var error = Assert.Single(errors);
        Assert.Equal((line, column, ""), (error.Line, error.Column, error.Path));
        Assert.StartsWith("malformed JSON: ", error.Message);
        Assert.Contains(fragment, error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
        Assert.DoesNotContain("reader options", error.Message);
        Assert.Contains("trailing commas are not", error.Hint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("// only a comment")]
    public void An_empty_file_is_one_error(string json)
    {
        var (root, errors) = Parse(json);
        Assert.Null(root);
        var error = Assert.Single(errors);
        Assert.StartsWith("the file is empty", error.Message);
        Assert.DoesNotContain("isFinalBlock", error.Message);
        Assert.Contains("negsim run", error.Hint);
    }

    [Theory]
    [InlineData("{ \"a\": 1")]
    [InlineData("{ \"a\": [1, 2")]
    [InlineData("{ \"a\": ")]
    public void A_file_that_ends_too_soon_says_so_in_words(string json)
    {
        var (_, errors) = Parse(json);
        var error = Assert.Single(errors);
        Assert.StartsWith("malformed JSON: ", error.Message);
        Assert.DoesNotContain("isFinalBlock", error.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_does_not_shift_columns()
    {
        var errors = new ErrorCollector("t.json");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"a\": 1 }")];

        var root = SourceParser.Parse(bytes, errors);

        Assert.Equal(0, errors.Count);
        Assert.Equal(8, Get(root!, "a").Column);
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_a_located_error()
    {
        var errors = new ErrorCollector("t.json");
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n \"a\": \""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\" }")];

        Assert.Null(SourceParser.Parse(bytes, errors));

        var error = Assert.Single(errors.InFileOrder());
        Assert.Equal(2, error.Line);
        Assert.StartsWith("malformed JSON", error.Message);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var (root, errors) = Parse(new string('[', 100_000));
        Assert.Null(root);
        Assert.Contains("depth", Assert.Single(errors).Message);
    }
}
