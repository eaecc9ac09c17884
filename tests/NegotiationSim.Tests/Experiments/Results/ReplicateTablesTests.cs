using System.Globalization;
using DuckDB.NET.Data;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Tests.Experiments.Results;

/// <summary>
/// `negsim run --save-replicates` read back with SQL (DuckDB): the Parquet tables hold every replicate once, in order,
/// byte-identical for any thread count, and their aggregates are the numbers in summary.json.
/// </summary>
public sealed class ReplicateTablesTests : IClassFixture<ReplicateTablesTests.Runs>
{
    /// <summary>Two runs of the default experiment, on one and on two threads, shared by the tests.</summary>
    public sealed class Runs : IDisposable
    {
        public const long Replicates = 5_000;
        private readonly TemporaryFolder _folder = new();
        public string One => Path.Combine(_folder.Path, "one");
        public string Two => Path.Combine(_folder.Path, "two");

        public Runs()
        {
            foreach (var (dir, threads) in new[] { (One, 1), (Two, 2) })
            {
                var error = new StringWriter();
                var code = RunCommand.Execute(new RunOptions(null, Replicates, 13, dir, threads, Force: false, NoPlots: true, SaveReplicates: true),
                    TextWriter.Null, error, CancellationToken.None);
                Assert.True(code == ExitCode.Success, error.ToString());
            }
        }

        public void Dispose() => _folder.Dispose();
    }

    private readonly Runs _runs;
    private readonly Summary _summary;
    private readonly string _replicates;
    private readonly string _items;

    public ReplicateTablesTests(Runs runs)
    {
        _runs = runs;
        _summary = SummaryJson.ReadFile(Path.Combine(runs.Two, "summary.json")).Summary;
        _replicates = Path.Combine(runs.Two, "tables", ReplicateTables.ReplicatesFile);
        _items = Path.Combine(runs.Two, "tables", ReplicateTables.ItemsFile);
    }

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static long Long(object? value) => value is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static double Double(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static readonly Lazy<NegotiationSim.Scenarios.War?> DefaultWar = new(() => ExperimentReader.ReadDefault().Scenario.War);

    /// <summary>The default experiment's lowest possible final utility for a party: minus its largest cost of war.</summary>
    private static double LowestUtility(string party)
    {
        var war = DefaultWar.Value;
        if (war is null) return 0;
        double cost = war.Costs.TryGetValue(party, out var c) ? c.Maximum : 0;
        if (war.Types is { } types && types.TryGetValue(party, out var type)) cost += type.ExtraCost.Maximum;
        return -cost;
    }

    private string R => $"read_parquet('{_replicates}', file_row_number = true)";

    private string I => $"read_parquet('{_items}', file_row_number = true)";

    /// <summary>Means in summary.json are fixed-point sums (2⁻³² per value, truncated); the tables hold the exact doubles.</summary>
    private const double FixedPoint = 1.0 / OutcomeAccumulator.FixedPointScale + 1e-12;

    [Fact]
    public void The_tables_are_byte_identical_for_one_and_two_threads()
    {
        foreach (var file in new[] { ReplicateTables.ReplicatesFile, ReplicateTables.ItemsFile })
            Assert.Equal(File.ReadAllBytes(Path.Combine(_runs.One, "tables", file)), File.ReadAllBytes(Path.Combine(_runs.Two, "tables", file)));
    }

    [Fact]
    public void Every_replicate_is_one_row_in_replicate_order_and_every_item_one_row_per_replicate()
    {
        var r = Query($"SELECT count(*), count(DISTINCT replicate), bool_and(replicate = file_row_number) FROM {R}")[0];
        Assert.Equal(Runs.Replicates, Long(r[0]));
        Assert.Equal(Runs.Replicates, Long(r[1]));
        Assert.Equal(true, r[2]);

        int items = _summary.Items.Count;
        var i = Query($"SELECT count(*), bool_and(replicate = file_row_number // {items}) FROM {I}")[0];
        Assert.Equal(Runs.Replicates * items, Long(i[0]));
        Assert.Equal(true, i[1]);
        // The meeting and round are there exactly when the item was agreed.
        Assert.Equal(0L, Long(Query($"SELECT count(*) FROM {I} WHERE (meeting IS NULL) = agreed OR (round IS NULL) = agreed")[0][0]));
    }

    [Fact]
    public void The_columns_are_named_and_typed_as_documented()
    {
        var columns = Query($"SELECT name, duckdb_type FROM parquet_schema('{_replicates}') WHERE num_children IS NULL")
            .ToDictionary(row => (string)row[0]!, row => (string)row[1]!);
        Assert.Equal("BIGINT", columns["replicate"]);
        Assert.Equal("VARCHAR", columns["ending"]);
        Assert.Equal("INTEGER", columns["meetingsHeld"]);
        Assert.Equal("BOOLEAN", columns["escalation"]);
        foreach (var party in _summary.Parties)
        {
            Assert.Equal("DOUBLE", columns["utility." + party.Id]);
            Assert.Equal("BOOLEAN", columns["walkedOut." + party.Id]);
            Assert.Equal("BOOLEAN", columns["escalated." + party.Id]);
            Assert.Equal("BOOLEAN", columns["vetoed." + party.Id]);   // the default records vetoes (acceptance per negotiation, docs/model.md §15.5)
        }
        var model = new CompiledModel(ExperimentReader.ReadDefault().Scenario);
        foreach (var path in model.UncertainParameterPaths) Assert.Equal("DOUBLE", columns[path]);
        Assert.Equal(4 + 4 * _summary.Parties.Count + model.UncertainParameters, columns.Count);

        var itemColumns = Query($"SELECT name, duckdb_type FROM parquet_schema('{_items}') WHERE num_children IS NULL").Select(row => $"{row[0]}:{row[1]}");
        Assert.Equal(["replicate:BIGINT", "item:VARCHAR", "agreed:BOOLEAN", "value:DOUBLE", "meeting:VARCHAR", "round:INTEGER"], itemColumns);
    }

    [Fact]
    public void Agreement_per_item_and_meeting_counts_equal_the_summary_exactly()
    {
        var agreed = Query($"SELECT item, count(*) FILTER (WHERE agreed), avg(round), avg(value) FILTER (WHERE agreed) FROM {I} GROUP BY item")
            .ToDictionary(row => (string)row[0]!);
        var inMeeting = Query($"SELECT item, meeting, count(*) FROM {I} WHERE agreed GROUP BY item, meeting")
            .ToDictionary(row => $"{row[0]}@{row[1]}", row => Long(row[2]));
        foreach (var item in _summary.Items)
        {
            var row = agreed[item.Id];
            Assert.Equal(item.Agreement.Count, Long(row[1]));
            if (item.Agreement.Count == 0) continue;
            Assert.Equal(item.MeanAgreementRound, Double(row[2]), 1e-12);
            Assert.Equal(item.AgreedValue.Mean, Double(row[3]), FixedPoint);
            for (int m = 0; m < _summary.Meetings.Count; m++)
                Assert.Equal(item.AgreedInMeeting[m].Count, inMeeting.GetValueOrDefault($"{item.Id}@{_summary.Meetings[m].Id}"));
        }
        long any = Long(Query($"SELECT count(*) FROM (SELECT replicate FROM {I} GROUP BY replicate HAVING bool_or(agreed))")[0][0]);
        Assert.Equal(_summary.AnyAgreement.Count, any);
    }

    [Fact]
    public void Escalation_endings_and_meetings_held_equal_the_summary_exactly()
    {
        var r = Query($"SELECT count(*) FILTER (WHERE escalation), count(*) FILTER (WHERE ending = 'completed'), " +
                      $"count(*) FILTER (WHERE ending = 'declined'), count(*) FILTER (WHERE ending = 'walkout'), sum(meetingsHeld) FROM {R}")[0];
        Assert.Equal(_summary.Escalation.Count, Long(r[0]));
        Assert.Equal(_summary.Completed.Count, Long(r[1]));
        Assert.Equal(_summary.Declined.Count, Long(r[2]));
        Assert.Equal(_summary.Walkout.Count, Long(r[3]));
        Assert.Equal(_summary.MeanMeetingsHeld, (double)Long(r[4]) / Runs.Replicates);
    }

    [Fact]
    public void Mean_utilities_walkouts_escalations_and_vetoes_per_party_equal_the_summary()
    {
        foreach (var party in _summary.Parties)
        {
            // The summary's utility distributions hold values clamped into [0, 1] (a war's cost can take a utility below 0).
            // The clamp would hide a raw utility out of range, so the raw column is checked first against its documented
            // bounds: at most 1 (eq. 2), at least minus the party's largest cost of war (docs/model.md §13.1, §14.1).
            var bounds = Query($"SELECT min(\"utility.{party.Id}\"), max(\"utility.{party.Id}\") FROM {R}")[0];
            Assert.InRange(Double(bounds[0]), LowestUtility(party.Id), 1);
            Assert.InRange(Double(bounds[1]), LowestUtility(party.Id), 1);
            var r = Query($"SELECT avg(greatest(least(\"utility.{party.Id}\", 1), 0)), count(*) FILTER (WHERE \"walkedOut.{party.Id}\"), count(*) FILTER (WHERE \"escalated.{party.Id}\"), count(*) FILTER (WHERE \"vetoed.{party.Id}\") FROM {R}")[0];
            Assert.Equal(party.FinalUtility.Mean, Double(r[0]), FixedPoint);
            Assert.Equal(party.WalkedOut.Count, Long(r[1]));
            Assert.Equal(party.Escalated.Count, Long(r[2]));
            Assert.Equal(party.Vetoed!.Count, Long(r[3]));
        }
        // Escalation is "some party escalated".
        var parties = string.Join(" OR ", _summary.Parties.Select(p => $"\"escalated.{p.Id}\""));
        Assert.Equal(0L, Long(Query($"SELECT count(*) FROM {R} WHERE escalation <> ({parties})")[0][0]));
    }
}
