using System.Security.Cryptography;
using System.Text;
using NegotiationSim.Experiments;
using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.Experiments.ExperimentFiles;

namespace NegotiationSim.Tests.Experiments;

/// <summary>Valid files become the scenario the researcher wrote, with the documented defaults filled in.</summary>
public class ExperimentReaderTests
{
    private static Distribution Fixed(double value) => Distribution.Fixed(value);

    [Fact]
    public void Minimal_file_gets_the_documented_defaults()
    {
        var experiment = ExperimentReader.Read(Minimal, Source);
        var scenario = experiment.Scenario;

        Assert.Equal(Source, experiment.Source);
        Assert.Equal(100_000, experiment.Runs);
        Assert.Equal(1UL, experiment.Seed);
        Assert.Equal("minimal", scenario.Name);
        Assert.Equal("", scenario.Description);
        Assert.Equal(1, scenario.LossExponent);
        Assert.Empty(scenario.Blocs);

        var item = scenario.Items[0];
        Assert.Equal(("ukraine", "ukraine", "0", "1"), (item.Id, item.Name, item.LowLabel, item.HighLabel));
        Assert.Equal(Fixed(0.3), item.StatusQuo);

        var party = scenario.Parties[0];
        Assert.Equal(("russia", "russia"), (party.Id, party.Name));
        Assert.Equal(Fixed(1), party.Capability);
        Assert.Equal(Fixed(0), party.ReservationUtility);
        Assert.Equal(Fixed(1), party.Concession.Exponent);
        Assert.Equal(Fixed(0), party.Concession.Initial);
        Assert.Equal(Fixed(0), party.AcceptanceTemperature);
        Assert.Equal(Fixed(0), party.WalkoutHazard);
        Assert.Equal(Fixed(1), party.Attendance);
        Assert.Equal(Fixed(0), party.TrustSensitivity);
        Assert.Equal(Fixed(0), party.Hardening);
        Assert.Null(party.OutsideOption);
        Assert.Equal(RedLine.None, party.Positions["ukraine"].RedLine);

        var meeting = scenario.Meetings[0];
        Assert.Equal(("geneva", "geneva", 20), (meeting.Id, meeting.Name, meeting.Rounds));
        Assert.Equal(["russia", "usa"], meeting.Participants);
        Assert.Equal(["ukraine", "nato"], meeting.Items);
        Assert.Equal(Settlement.Package, meeting.Settlement);
        Assert.Equal(ProtocolKind.AlternatingOffers, meeting.Protocol);

        Assert.Equal(new TrustRules(Fixed(0.5), Fixed(0.1), Fixed(0.1), Fixed(0.2)), scenario.Trust);
        Assert.True(scenario.Rules.EndOnDecline);
        Assert.True(scenario.Rules.EndOnWalkout);
        Assert.Equal(Fixed(0.05), scenario.Rules.EscalationTemperature);
    }

    [Fact]
    public void Positions_hold_exactly_the_items_a_party_states()
    {
        var parties = ExperimentReader.Read(Minimal, Source).Scenario.Parties;

        Assert.Equal(["ukraine"], parties[0].Positions.Keys);
        Assert.Equal(["nato", "ukraine"], parties[1].Positions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Fixed(0.2), parties[1].Positions["nato"].Ideal);
        Assert.Equal(Fixed(2), parties[1].Positions["nato"].Salience);
    }

    [Fact]
    public void Full_file_maps_every_setting()
    {
        var experiment = ExperimentReader.Read(Full, Source);
        var s = experiment.Scenario;

        Assert.Equal((5000L, 42UL, 2), (experiment.Runs, experiment.Seed, s.LossExponent));
        Assert.Equal(("full", "Every setting written out."), (s.Name, s.Description));

        var ukraine = s.Items[0];
        Assert.Equal(("Ukraine's alignment", "Russian sphere", "Western integration"), (ukraine.Name, ukraine.LowLabel, ukraine.HighLabel));
        Assert.Equal(Distribution.Uniform(0.4, 0.6), ukraine.StatusQuo);

        var russia = s.Parties[0];
        Assert.Equal("Russia", russia.Name);
        Assert.Equal(Fixed(2.5), russia.Capability);
        Assert.Equal(Distribution.Beta(2, 5), russia.ReservationUtility);
        Assert.Equal(new ConcessionStrategy(Distribution.Triangular(0.2, 0.5, 1), Fixed(0.05)), russia.Concession);
        Assert.Equal(Fixed(0.02), russia.AcceptanceTemperature);
        Assert.Equal(Fixed(0.01), russia.WalkoutHazard);
        Assert.Equal(Fixed(0.9), russia.Attendance);
        Assert.Equal(Fixed(3), russia.TrustSensitivity);
        Assert.Equal(Fixed(-0.05), russia.Hardening);
        Assert.Equal(Distribution.Pert(0.2, 0.35, 0.6), russia.OutsideOption);
        Assert.Equal(2, russia.Positions.Count);
        Assert.Equal(new PartyPosition(Fixed(0.05), Fixed(1), new RedLine(0, 0.4), Tradeable: true), russia.Positions["ukraine"]);
        Assert.Equal(Distribution.TruncatedNormal(0.1, 0.1, 0, 1), russia.Positions["nato"].Ideal);
        Assert.Equal(Distribution.Choice([0.5, 1], [1, 3]), russia.Positions["nato"].Salience);

        Assert.Equal(2, s.Blocs.Count);
        var west = s.Blocs[0];
        Assert.Equal(("west", BlocRule.Leader, BlocOffer.Leader), (west.Id, west.Rule, west.Offer));
        Assert.Equal(["usa", "uk"], west.Members);
        Assert.Equal(Fixed(0.8), west.Cohesion);

        // docs/model.md §15: the alliance as its members.
        var europe = s.Blocs[1];
        Assert.Equal(("europe", BlocRule.Weighted, 0.6, BlocOffer.Common), (europe.Id, europe.Rule, europe.Threshold, europe.Offer));
        Assert.Equal(["usa", "uk", "france", "germany", "poland", "turkey"], s.Parties.Skip(1).Select(p => p.Id));
        var (uk, france, germany, poland, turkey) = (s.Parties[2], s.Parties[3], s.Parties[4], s.Parties[5], s.Parties[6]);
        Assert.Equal(("France", Fixed(1.5)), (france.Name, france.Capability));
        Assert.Equal(new PartyPosition(Fixed(0.7), Fixed(0.3), RedLine.None), Assert.Single(france.Positions).Value);
        Assert.Equal(("germany", uk.Capability), (germany.Name, germany.Capability));
        Assert.Equal(uk.Positions["nato"], germany.Positions["nato"]);
        Assert.Equal(["nato"], poland.Consent);
        Assert.Null(uk.Consent);
        Assert.True(turkey.Mediator);
        Assert.False(russia.Mediator);
        Assert.Equal((Fixed(0.8), 0), (turkey.Attendance, turkey.Positions.Count));

        var geneva = s.Meetings[0];
        Assert.Equal(("Geneva talks", 12, Settlement.ItemByItem), (geneva.Name, geneva.Rounds, geneva.Settlement));
        Assert.Equal(["usa", "russia"], geneva.Participants);
        Assert.Equal(["russia", "usa", "uk"], s.Meetings[1].Participants);
        Assert.Equal(["nato", "ukraine"], s.Meetings[1].Items);

        Assert.Equal(new TrustRules(Fixed(0.3), Fixed(0.05), Fixed(0.15), Fixed(0.25)), s.Trust);
        Assert.Equal(new SequenceRules(false, false, Fixed(0.1), new DateOnly(2022, 2, 24)), s.Rules);

        // docs/model.md §13: dates, hours, format, linkage, walkout rate, the war and the bargaining rules.
        Assert.Equal((new DateOnly(2022, 1, 10), 8.0, MeetingFormat.Talks), (geneva.Date, geneva.Hours, geneva.Format));
        Assert.Equal((null, null, MeetingFormat.Talks), (s.Meetings[1].Date, s.Meetings[1].Hours, s.Meetings[1].Format));
        Assert.Equal(Fixed(0.02), russia.WalkoutRate);
        var linkage = Assert.Single(russia.Linkages!);
        Assert.Equal(["nato"], linkage.Items);
        Assert.Equal(["ukraine"], linkage.On);
        Assert.Equal(Distribution.Beta(8, 2), linkage.Holds);
        Assert.False(russia.Positions["nato"].Tradeable);
        var war = s.War!;
        Assert.Equal(["russia"], war.Initiators);
        Assert.Equal(new WarOdds(Fixed(0.4), Distribution.Pert(0.5, 0.6, 0.7), new DateOnly(2021, 12, 15), new DateOnly(2022, 2, 20)), war.Prevails);
        Assert.Equal(Fixed(0.1), war.IfPrevails["ukraine"]);
        Assert.Equal(Distribution.Uniform(0.8, 1), war.IfFails["ukraine"]);
        Assert.Equal((Fixed(0.1), Distribution.Pert(0.02, 0.05, 0.1)), (war.Costs["russia"], war.Costs["usa"]));
        Assert.Equal(new BargainingRules(ProposerRule.Random, AcceptanceNoise.PerNegotiation, true, true), s.Bargaining);
    }

    public static TheoryData<string, Distribution> EveryForm => new()
    {
        { "0.4", Distribution.Fixed(0.4) },
        { "7", Distribution.Fixed(7) },
        { "{ \"value\": 0.4 }", Distribution.Fixed(0.4) },
        { "{ \"value\": 0.4, \"why\": \"survey\" }", Distribution.Fixed(0.4) },
        { "{ \"uniform\": [0.5, 2] }", Distribution.Uniform(0.5, 2) },
        { "{ \"truncatedNormal\": [1, 0.5, 0, 3] }", Distribution.TruncatedNormal(1, 0.5, 0, 3) },
        { "{ \"beta\": [2, 5] }", Distribution.Beta(2, 5) },
        { "{ \"beta\": [2, 5], \"range\": [0.5, 4] }", Distribution.Beta(2, 5, 0.5, 4) },
        { "{ \"triangular\": [0, 1, 3] }", Distribution.Triangular(0, 1, 3) },
        { "{ \"pert\": [0, 1, 3] }", Distribution.Pert(0, 1, 3) },
        { "{ \"choice\": [1, 2, 4] }", Distribution.Choice([1, 2, 4]) },
        { "{ \"choice\": [1, 2], \"weights\": [3, 1] }", Distribution.Choice([1, 2], [3, 1]) },
        { "{ \"weights\": [3, 1], \"choice\": [1, 2] }", Distribution.Choice([1, 2], [3, 1]) },
        { "{ \"normal\": [1, 0.1] }", Distribution.Normal(1, 0.1) },
    };

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Every_distribution_form_is_read(string param, Distribution expected)
    {
        // No parameter in the format is unbounded, so for "normal" check the form on the way to its range error.
        string json = Minimal.With("{ \"id\": \"russia\",", $"{{ \"id\": \"russia\", \"capability\": {param},");
        if (expected.Kind == DistributionKind.Normal)
        {
            var error = OnlyError(json);
            Assert.Contains("normal(1, 0.1)", error.Message);
            return;
        }
        Assert.Equal(expected, ExperimentReader.Read(json, Source).Scenario.Parties[0].Capability);
    }

    [Theory]
    [InlineData("1e5", 100_000)]
    [InlineData("2000.0", 2000)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Runs_may_be_written_as_any_whole_number(string runs, long expected)
    {
        string json = Minimal.With("\"name\": \"minimal\",", $"\"name\": \"minimal\", \"runs\": {runs},");
        Assert.Equal(expected, ExperimentReader.Read(json, Source).Runs);
    }

    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("1e6", 1_000_000UL)]
    public void Seed_covers_the_whole_unsigned_range(string seed, ulong expected)
    {
        string json = Minimal.With("\"name\": \"minimal\",", $"\"name\": \"minimal\", \"seed\": {seed},");
        Assert.Equal(expected, ExperimentReader.Read(json, Source).Seed);
    }

    [Fact]
    public void Outside_option_null_means_none()
    {
        string json = Minimal.With("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"outsideOption\": null,");
        Assert.Null(ExperimentReader.Read(json, Source).Scenario.Parties[0].OutsideOption);
    }

    [Fact]
    public void Sha256_is_of_the_utf8_text()
    {
        var experiment = ExperimentReader.Read(Full, Source);
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Full)));
        Assert.Equal(expected, experiment.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", experiment.Sha256);
        Assert.NotEqual(experiment.Sha256, ExperimentReader.Read(Full + " ", Source).Sha256);
    }

    [Fact]
    public void ReadFile_names_the_file_and_hashes_its_bytes_including_a_byte_order_mark()
    {
        using var folder = new TemporaryFolder();
        string path = Path.Combine(folder.Path, "bom.json");
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Minimal)];
        File.WriteAllBytes(path, bytes);

        var experiment = ExperimentReader.ReadFile(path);

        Assert.Equal(path, experiment.Source);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), experiment.Sha256);
        Assert.Equal(ExperimentReader.Read(Minimal, Source).Scenario.Items[0], experiment.Scenario.Items[0]);
        Assert.Empty(ExperimentReader.ValidateFile(path));
    }

    [Fact]
    public void ReadFile_reports_errors_with_the_path_as_given()
    {
        using var folder = new TemporaryFolder();
        string path = Path.Combine(folder.Path, "bad.json");
        File.WriteAllText(path, Minimal.With("\"statusQuo\": 0.3", "\"statusQuo\": 1.3"));

        var thrown = Assert.Throws<ExperimentException>(() => ExperimentReader.ReadFile(path));

        var error = Assert.Single(thrown.Errors);
        Assert.Equal(path, error.File);
        Assert.StartsWith($"{path}:3:", error.ToString());
        Assert.Equal(thrown.Errors, ExperimentReader.ValidateFile(path));
    }

    [Fact]
    public void A_missing_file_is_an_experiment_error_naming_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), "negsim-no-such-folder", "nothing.json");

        var thrown = Assert.Throws<ExperimentException>(() => ExperimentReader.ReadFile(path));

        var error = Assert.Single(thrown.Errors);
        Assert.Equal((path, 0, 0), (error.File, error.Line, error.Column));
        Assert.Contains("not found", error.Message);
        Assert.StartsWith(path + ": ", thrown.Message);
        Assert.Equal(thrown.Errors, ExperimentReader.ValidateFile(path));
    }

    [Fact]
    public void A_folder_is_not_an_experiment_file()
    {
        using var folder = new TemporaryFolder();
        var error = Assert.Single(ExperimentReader.ValidateFile(folder.Path));
        Assert.Contains("folder", error.Message);
    }

    [Fact]
    public void An_empty_path_is_an_experiment_error()
    {
        Assert.Single(Assert.Throws<ExperimentException>(() => ExperimentReader.ReadFile("")).Errors);
    }

    [Fact]
    public void The_default_experiment_is_embedded_and_read_like_a_file()
    {
        // The real default is written elsewhere; whatever it holds, it must be present and go through the same checks.
        var outcome = Record.Exception(() => ExperimentReader.ReadDefault());
        if (outcome is null) return;
        var thrown = Assert.IsType<ExperimentException>(outcome);
        Assert.All(thrown.Errors, e => Assert.Equal(ExperimentReader.DefaultSourceName, e.File));
    }
}
