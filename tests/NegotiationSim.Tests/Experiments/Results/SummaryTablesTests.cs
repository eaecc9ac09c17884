using System.Globalization;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Tests.Plots;

namespace NegotiationSim.Tests.Experiments.Results;

/// <summary>The summary CSVs: one row per item, party, meeting or ending, numbers that read back exactly, RFC 4180 quoting.</summary>
public class SummaryTablesTests
{
    private static string[][] Parse(string csv) =>
        csv.TrimEnd('\n').Split('\n').Select(line => line.Split(',')).ToArray();

    [Fact]
    public void Items_have_their_agreement_with_its_interval_and_empty_fields_for_undefined_values()
    {
        var summary = SyntheticSummary.Realistic();
        var rows = Parse(SummaryTables.Items(summary));
        var header = rows[0].ToList();
        Assert.Equal(summary.Items.Count + 1, rows.Length);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Length));

        for (int i = 0; i < summary.Items.Count; i++)
        {
            var item = summary.Items[i];
            var row = rows[i + 1];
            string Cell(string column) => row[header.IndexOf(column)];
            Assert.Equal(item.Id, Cell("item"));
            Assert.Equal(item.Agreement.Count, long.Parse(Cell("agreedCount"), CultureInfo.InvariantCulture));
            Assert.Equal(item.Agreement.Estimate, double.Parse(Cell("agreement"), CultureInfo.InvariantCulture));
            Assert.Equal(item.Agreement.Lower, double.Parse(Cell("agreementLower"), CultureInfo.InvariantCulture));
            Assert.Equal(item.Agreement.Upper, double.Parse(Cell("agreementUpper"), CultureInfo.InvariantCulture));
            if (item.Agreement.Count == 0) Assert.Equal("", Cell("agreedValueMedian"));
            else Assert.Equal(item.AgreedValue.Median, double.Parse(Cell("agreedValueMedian"), CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Parties_meetings_and_endings_have_a_row_each()
    {
        var summary = SyntheticSummary.Realistic();
        Assert.Equal(summary.Parties.Count + 1, Parse(SummaryTables.Parties(summary)).Length);
        Assert.Equal(summary.Meetings.Count + 1, Parse(SummaryTables.Meetings(summary)).Length);
        var endings = Parse(SummaryTables.Endings(summary));
        Assert.Equal(["outcome", "count", "replicates", "estimate", "lower", "upper"], endings[0]);
        Assert.Equal(["completed", "declined", "walkout", "war", "escalation", "anyAgreement"], endings.Skip(1).Select(r => r[0]));
        var escalation = endings.Single(r => r[0] == "escalation");
        Assert.Equal(summary.Escalation.Count.ToString(CultureInfo.InvariantCulture), escalation[1]);
    }

    [Fact]
    public void Names_with_commas_quotes_or_line_breaks_are_quoted()
    {
        var summary = SyntheticSummary.Realistic();
        summary = summary with { Items = [summary.Items[0] with { Name = "Forces, \"East\"\nand North" }, .. summary.Items.Skip(1)] };
        string csv = SummaryTables.Items(summary);
        Assert.Contains(",\"Forces, \"\"East\"\"\nand North\",", csv);
    }

    [Fact]
    public void The_four_files_are_written()
    {
        using var folder = new TemporaryFolder();
        var written = SummaryTables.Write(Path.Combine(folder.Path, "tables"), SyntheticSummary.Realistic());
        Assert.Equal(["items.csv", "parties.csv", "meetings.csv", "endings.csv"], written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]));   // no byte-order mark
    }
}
