namespace NegotiationSim.Tests.Validation;

/// <summary>
/// docs/analysis.md quotes the loading scripts that CI runs (examples/load/*, examples/parquet-to-csv.mjs) verbatim,
/// so that what a reader copies is what was tested.
/// </summary>
public class AnalysisDocsTests
{
    [Theory]
    [InlineData("examples/load/load_tables.py")]
    [InlineData("examples/load/load_tables.R")]
    [InlineData("examples/load/load_tables.mjs")]
    [InlineData("examples/parquet-to-csv.mjs")]
    public void The_page_quotes_the_tested_script_verbatim(string script)
    {
        string page = File.ReadAllText(Repository.File("docs/analysis.md")).ReplaceLineEndings("\n");
        string text = File.ReadAllText(Repository.File(script)).ReplaceLineEndings("\n").TrimEnd();

        Assert.Contains("\n" + text + "\n```", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_loading_script_is_quoted()
    {
        var scripts = Directory.GetFiles(Repository.File("examples/load")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["load_tables.R", "load_tables.mjs", "load_tables.py"], scripts);
    }
}
