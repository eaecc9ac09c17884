using System.Globalization;
using NegotiationSim.Cli.Terminal;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;
using NegotiationSim.Sensitivity;

namespace NegotiationSim.Tests.Cli;

/// <summary>Console tables: a tiny non-zero value never reads as an exact zero, and columns stay aligned with negative bounds.</summary>
public class ConsoleTableTests
{
    [Theory]
    [InlineData(0.0, 4, false, "0.0000")]
    [InlineData(0.12345, 4, false, "0.1235")]
    [InlineData(-0.00001, 4, true, "-1.0e-05")]
    [InlineData(0.00001, 4, true, "+1.0e-05")]
    [InlineData(0.00004, 4, false, "4.0e-05")]
    [InlineData(0.00005, 4, false, "0.0001")]
    [InlineData(-0.25, 3, true, "-0.250")]
    [InlineData(0.0004, 3, false, "4.0e-04")]
    public void A_value_that_rounds_to_zero_is_not_printed_as_zero(double value, int decimals, bool signed, string expected) =>
        Assert.Equal(expected, ConsoleNumber.Format(value, decimals, signed));

    private static Comparison Comparison(params ArmEstimate[] arms) =>
        new(arms.Select(a => a.Arm).ToList(), 100_000, [new MetricComparison(new MetricDefinition("escalation", "P(escalation)", MetricKind.Probability), arms)]);

    [Fact]
    public void A_compare_difference_of_minus_one_in_100000_differs_from_an_exact_zero()
    {
        var comparison = Comparison(
            new ArmEstimate("base", true, 0.2370, 0.2344, 0.2396, 0, 0, 0, 0),
            new ArmEstimate("tiny", true, 0.23699, 0.2344, 0.2396, -0.00001, -0.00003, 0.00001, 0.00001),
            new ArmEstimate("same", true, 0.2370, 0.2344, 0.2396, 0, 0, 0, 0),
            new ArmEstimate("larger", true, 0.3000, 0.2900, 0.3100, 0.0630, 0.0610, 0.0650, 0.001));
        var w = new StringWriter();
        CompareTable.Write(w, comparison, new PairedRunSettings(100_000, [1UL, 1UL, 1UL, 1UL]), TimeSpan.FromSeconds(1), true);
        var lines = w.ToString().Split(Environment.NewLine);

        string tiny = lines.Single(l => l.TrimStart().StartsWith("tiny", StringComparison.Ordinal));
        string same = lines.Single(l => l.TrimStart().StartsWith("same", StringComparison.Ordinal));
        Assert.Contains("-1.0e-05  [-3.0e-05, +1.0e-05]", tiny, StringComparison.Ordinal);
        Assert.Contains("0.0000  [0.0000, 0.0000]", same, StringComparison.Ordinal);
        // The diff column starts at the same place on every row, whatever the width of the values.
        string header = lines.Single(l => l.Contains("diff", StringComparison.Ordinal));
        int diffEnd = header.IndexOf("diff", StringComparison.Ordinal) + 4;
        foreach (string row in new[] { tiny, same, lines.Single(l => l.TrimStart().StartsWith("larger", StringComparison.Ordinal)) })
        {
            Assert.NotEqual(' ', row[diffEnd - 1]);
            Assert.Equal(' ', row[diffEnd]);
        }
    }

    [Fact]
    public void Sobol_tables_stay_aligned_with_negative_bounds()
    {
        var sweep = new SweepResult(["parties.russia.outsideOption", "trust.initial", "escalation.temperature"], [], 4000);
        var sobol = new Dictionary<string, IReadOnlyList<SobolIndex>>
        {
            ["escalation"] =
            [
                new SobolIndex(0, 0.712, 0.650, 0.780, 0.801, 0.720, 0.890),
                new SobolIndex(1, -0.004, -0.031, 0.022, 0.010, -0.002, 0.025),
                new SobolIndex(2, 0.0002, -0.0001, 0.0004, 0.0003, 0.0001, 0.0005),
            ],
        };
        var w = new StringWriter();
        SweepTable.Write(w, sweep, sobol, "Saltelli", 7, TimeSpan.FromSeconds(1));
        var lines = w.ToString().Split(Environment.NewLine);

        string header = lines.Single(l => l.Contains("S1", StringComparison.Ordinal));
        int stEnd = header.IndexOf(" ST", StringComparison.Ordinal) + 3;
        var rows = lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.Contains("S1", StringComparison.Ordinal) && l.Trim().Length > 0).ToList();
        Assert.Equal(3, rows.Count);
        var totals = rows.Select(r => double.Parse(r[(stEnd - 8)..stEnd], NumberStyles.Float, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([0.801, 0.010, 0.0003], totals);
        Assert.Contains("[-0.031, 0.022]", rows[1], StringComparison.Ordinal);
    }
}
