using NegotiationSim.Diagnostics;
using NegotiationSim.Experiments;
using NegotiationSim.Scenarios;
using NegotiationSim.Tests.Validation;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.Experiments.ExperimentFiles;

namespace NegotiationSim.Tests.Experiments;

/// <summary>
/// The reader's side of the alliance as its members (issue 17, docs/model.md §15): shared definitions with
/// <c>like</c>, stakeholders' <c>consent</c>, <c>mediator</c> parties, and a bloc's weighted rule and common offer.
/// </summary>
public class MembersReaderTests
{
    /// <summary>Three members, two of them defined by <c>like</c>; a stakeholder; a mediator; a weighted bloc.</summary>
    private const string Alliance = """
        {
          "name": "alliance",
          "items": [ { "id": "posture", "statusQuo": 0.5 }, { "id": "ukraine", "statusQuo": 0.3 } ],
          "parties": [
            { "id": "russia", "positions": { "ukraine": { "ideal": 0.9, "salience": 1 } } },
            { "id": "belgium", "name": "Belgium", "capability": 0.8, "concession": { "exponent": 2 }, "attendance": 0.9,
              "positions": { "posture": { "ideal": 0.6, "salience": 0.7, "redLine": [0.2, 1] }, "ukraine": { "ideal": 0.3, "salience": 0.4 } } },
            { "id": "netherlands", "like": "belgium", "capability": 1.2, "concession": { "initial": 0.1 },
              "positions": { "posture": { "ideal": 0.7 } } },
            { "id": "luxembourg", "like": "belgium" },
            { "id": "kyiv", "consent": ["ukraine"], "positions": { "ukraine": { "ideal": 0, "salience": 1 } } },
            { "id": "turkey", "mediator": true, "capability": 0.5 }
          ],
          "blocs": [
            { "id": "benelux", "members": ["belgium", "netherlands", "luxembourg"], "rule": "weighted", "threshold": 0.6, "offer": "common" }
          ],
          "meetings": [ { "id": "m1", "participants": ["russia", "belgium", "netherlands", "luxembourg", "turkey"], "items": ["posture", "ukraine"] } ],
          "variants": [
            { "name": "dutch-hawk", "set": { "parties.netherlands.positions.posture.ideal": 0.9 } },
            { "name": "belgian-dove", "set": { "parties.belgium.positions.posture.ideal": 0.1, "parties.belgium.capability": 3 } },
            { "name": "denmark-joins", "insert": [ { "into": "parties", "value": { "id": "denmark", "like": "netherlands", "capability": 0.6 } } ] }
          ]
        }
        """;

    private static Distribution Fixed(double value) => Distribution.Fixed(value);

    private static Party Party(Scenario scenario, string id) => scenario.Parties.Single(p => p.Id == id);

    /// <summary>Asserts that <paramref name="error"/> is at the value <paramref name="value"/> written after <paramref name="key"/>, e.g. <c>"threshold": </c>.</summary>
    private static void AssertAtValue(UserError error, string json, string key, string value)
    {
        var (line, column) = Where(json, key + value);
        Assert.True(error.Line == line && error.Column == column + key.Length, $"expected {line}:{column + key.Length}, got {error.Line}:{error.Column} for: {error}");
    }

    [Fact]
    public void The_schema_accepts_the_alliance_and_knows_what_a_party_without_like_must_state()
    {
        Assert.True(Schemas.Accepts(Alliance), Schemas.Evaluate(Alliance).Errors);
        // Only a party that uses "like" may state part of a position; only a weighted bloc has a threshold, and it must.
        Assert.False(Schemas.Accepts(Alliance.With("\"like\": \"belgium\", \"capability\": 1.2,", "\"capability\": 1.2,")));
        Assert.False(Schemas.Accepts(Alliance.With("\"rule\": \"weighted\"", "\"rule\": \"leader\"")));
        Assert.False(Schemas.Accepts(Alliance.With("\"threshold\": 0.6, ", "")));
    }

    // ---- like ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Like_copies_every_setting_of_the_template_that_the_party_does_not_give()
    {
        var s = ExperimentReader.Read(Alliance, Source).Scenario;
        var (belgium, luxembourg) = (Party(s, "belgium"), Party(s, "luxembourg"));

        // id, name and why are the party's own: the name defaults to the id, not to the template's name.
        Assert.Equal(("luxembourg", "luxembourg"), (luxembourg.Id, luxembourg.Name));
        Assert.Equal(belgium with { Id = "luxembourg", Name = "luxembourg" }, luxembourg with { Positions = belgium.Positions });
        Assert.Equal(belgium.Positions.OrderBy(p => p.Key), luxembourg.Positions.OrderBy(p => p.Key));
        Assert.Equal((Fixed(0.8), Fixed(0.9)), (luxembourg.Capability, luxembourg.Attendance));
    }

    [Fact]
    public void Positions_merge_per_item_and_per_key_and_every_other_own_key_replaces_the_templates_whole()
    {
        var s = ExperimentReader.Read(Alliance, Source).Scenario;
        var (belgium, netherlands) = (Party(s, "belgium"), Party(s, "netherlands"));

        // posture: only the ideal changes; the salience and red line are the template's. ukraine: the template's.
        Assert.Equal(new PartyPosition(Fixed(0.7), Fixed(0.7), new RedLine(0.2, 1)), netherlands.Positions["posture"]);
        Assert.Equal(belgium.Positions["ukraine"], netherlands.Positions["ukraine"]);
        Assert.Equal(2, netherlands.Positions.Count);

        // Own keys win; "concession" is replaced whole, so its exponent is the default 1, not the template's 2.
        Assert.Equal(Fixed(1.2), netherlands.Capability);
        Assert.Equal(new ConcessionStrategy(Fixed(1), Fixed(0.1)), netherlands.Concession);
        Assert.Equal(new ConcessionStrategy(Fixed(2), Fixed(0)), belgium.Concession);
        Assert.Equal(Fixed(0.9), netherlands.Attendance);
    }

    [Fact]
    public void A_set_on_a_member_defined_by_like_changes_only_that_member()
    {
        var experiment = ExperimentReader.Read(Alliance, Source);
        var s = ExperimentReader.Materialise(experiment, null, [SettingOverride.Parse("parties.netherlands.positions.posture.ideal=0.4")]).Scenario;

        Assert.Equal(new PartyPosition(Fixed(0.4), Fixed(0.7), new RedLine(0.2, 1)), Party(s, "netherlands").Positions["posture"]);
        Assert.Equal(Fixed(0.6), Party(s, "belgium").Positions["posture"].Ideal);
        Assert.Equal(Fixed(0.6), Party(s, "luxembourg").Positions["posture"].Ideal);

        // A member that states nothing of its own is addressable too.
        s = ExperimentReader.Materialise(experiment, null, [SettingOverride.Parse("parties.luxembourg.positions.ukraine.salience=0.9")]).Scenario;
        Assert.Equal(new PartyPosition(Fixed(0.3), Fixed(0.9), RedLine.None), Party(s, "luxembourg").Positions["ukraine"]);
        Assert.Equal(Fixed(0.4), Party(s, "belgium").Positions["ukraine"].Salience);
    }

    [Fact]
    public void Members_copy_the_template_as_written_in_the_file_so_a_later_change_to_it_does_not_reach_them()
    {
        var experiment = ExperimentReader.Read(Alliance, Source);
        var s = ExperimentReader.Materialise(experiment, null, [SettingOverride.Parse("parties.belgium.capability=3")]).Scenario;
        Assert.Equal((Fixed(3), Fixed(0.8)), (Party(s, "belgium").Capability, Party(s, "luxembourg").Capability));

        s = ExperimentReader.Materialise(experiment, "belgian-dove").Scenario;
        Assert.Equal(Fixed(0.1), Party(s, "belgium").Positions["posture"].Ideal);
        Assert.Equal((Fixed(0.6), Fixed(0.8)), (Party(s, "luxembourg").Positions["posture"].Ideal, Party(s, "luxembourg").Capability));
    }

    [Fact]
    public void A_variant_can_set_a_members_setting_and_insert_a_party_defined_by_like()
    {
        var experiment = ExperimentReader.Read(Alliance, Source);
        var s = ExperimentReader.Materialise(experiment, "dutch-hawk").Scenario;
        Assert.Equal(new PartyPosition(Fixed(0.9), Fixed(0.7), new RedLine(0.2, 1)), Party(s, "netherlands").Positions["posture"]);
        Assert.Equal(Fixed(0.6), Party(s, "belgium").Positions["posture"].Ideal);

        // An inserted party's "like" is resolved against the parties as the variant finds them (netherlands expanded).
        s = ExperimentReader.Materialise(experiment, "denmark-joins").Scenario;
        var (denmark, netherlands) = (Party(s, "denmark"), Party(s, "netherlands"));
        Assert.Equal(Fixed(0.6), denmark.Capability);
        Assert.Equal(netherlands.Positions.OrderBy(p => p.Key), denmark.Positions.OrderBy(p => p.Key));
        Assert.Equal(netherlands.Concession, denmark.Concession);
    }

    [Fact]
    public void A_mistake_in_a_copied_setting_is_reported_once_where_it_was_written()
    {
        string json = Alliance.With("\"capability\": 0.8,", "\"capability\": -0.8,");
        var error = OnlyError(json);
        Assert.Equal("parties[1].capability", error.Path);
        error.AssertAt(json, "-0.8");
    }

    [Fact]
    public void Like_naming_an_unknown_party_is_refused_with_a_suggestion()
    {
        string json = Alliance.With("\"like\": \"belgium\" }", "\"like\": \"belgum\" }");
        var error = OnlyError(json);
        Assert.Equal("parties[3].like", error.Path);
        Assert.Equal("unknown party \"belgum\" in like", error.Message);
        Assert.Contains("Did you mean \"belgium\"?", error.Hint);
        error.AssertAt(json, "\"belgum\"");
    }

    [Fact]
    public void A_template_that_uses_like_itself_is_refused()
    {
        string json = Alliance.With("\"like\": \"belgium\" }", "\"like\": \"netherlands\" }");
        var error = OnlyError(json);
        Assert.Equal("parties[3].like", error.Path);
        Assert.StartsWith("party \"netherlands\" uses \"like\" itself", error.Message);
        Assert.Contains("point \"like\" at \"belgium\" directly", error.Hint);
        error.AssertAt(json, "\"netherlands\" }");
    }

    [Fact]
    public void Like_naming_the_party_itself_is_refused()
    {
        string json = Alliance.With("\"like\": \"belgium\" }", "\"like\": \"luxembourg\" }");
        var error = OnlyError(json);
        Assert.Equal(("parties[3].like", "party \"luxembourg\" cannot be like itself"), (error.Path, error.Message));
        error.AssertAt(json, "\"luxembourg\" }");
    }

    [Fact]
    public void Like_must_be_a_string()
    {
        string json = Alliance.With("\"like\": \"belgium\" }", "\"like\": 3 }");
        var error = OnlyError(json);
        Assert.Equal(("parties[3].like", "like must be a string id, got the number 3"), (error.Path, error.Message));
        AssertAtValue(error, json, "\"like\": ", "3");
    }

    // ---- consent -------------------------------------------------------------------------------------------------

    [Fact]
    public void Consent_lists_items_and_null_or_absent_means_none()
    {
        var s = ExperimentReader.Read(Alliance, Source).Scenario;
        Assert.Equal(["ukraine"], Party(s, "kyiv").Consent);
        Assert.Null(Party(s, "russia").Consent);
        s = ExperimentReader.Read(Alliance.With("\"consent\": [\"ukraine\"]", "\"consent\": null"), Source).Scenario;
        Assert.Null(Party(s, "kyiv").Consent);
        s = ExperimentReader.Materialise(ExperimentReader.Read(Alliance, Source), null, [SettingOverride.Parse("parties.kyiv.consent=null")]).Scenario;
        Assert.Null(Party(s, "kyiv").Consent);
    }

    [Theory]
    [InlineData("[\"ukrain\"]", "parties[4].consent[0]", "unknown item \"ukrain\"", "\"ukrain\"")]
    [InlineData("[]", "parties[4].consent", "consent must list at least one item, got 0", "[]")]
    [InlineData("[\"ukraine\", \"ukraine\"]", "parties[4].consent[1]", "item \"ukraine\" is listed twice in consent", "\"ukraine\"]")]
    [InlineData("\"ukraine\"", "parties[4].consent", "consent must be an array, got the string \"ukraine\"", "\"ukraine\", \"positions\"")]
    public void Consent_must_name_declared_items_each_once(string consent, string path, string message, string at)
    {
        string json = Alliance.With("\"consent\": [\"ukraine\"]", "\"consent\": " + consent);
        var error = OnlyError(json);
        Assert.Equal((path, message), (error.Path, error.Message));
        error.AssertAt(json, at);
    }

    // ---- mediators -----------------------------------------------------------------------------------------------

    [Fact]
    public void A_mediator_is_a_party_without_stakes_whose_other_settings_keep_their_defaults()
    {
        var turkey = Party(ExperimentReader.Read(Alliance, Source).Scenario, "turkey");
        Assert.True(turkey.Mediator);
        Assert.Empty(turkey.Positions);
        Assert.Equal((Fixed(0.5), Fixed(1)), (turkey.Capability, turkey.Attendance));
        Assert.Null(turkey.Consent);
        Assert.Null(turkey.OutsideOption);
        Assert.Null(turkey.Linkages);
    }

    [Theory]
    [InlineData("\"positions\": { \"posture\": { \"ideal\": 0.5, \"salience\": 1 } }", "positions")]
    [InlineData("\"linkage\": [ { \"items\": [\"posture\"], \"on\": [\"ukraine\"] } ]", "linkage")]
    [InlineData("\"consent\": [\"posture\"]", "consent")]
    [InlineData("\"outsideOption\": 0.3", "outsideOption")]
    public void A_mediator_with_a_stake_is_refused(string stake, string key)
    {
        string json = Alliance.With("\"mediator\": true,", "\"mediator\": true, " + stake + ",");
        var error = OnlyError(json);
        Assert.Equal(("parties[5].mediator", $"a mediator has no stakes, so it cannot have {key}"), (error.Path, error.Message));
        Assert.Contains("§15.4", error.Hint);
        error.AssertAt(json, "\"mediator\"");
    }

    [Fact]
    public void A_mediator_that_copies_a_stakeholder_with_like_is_refused_and_told_where_the_stake_comes_from()
    {
        string json = Alliance.With("\"mediator\": true,", "\"mediator\": true, \"like\": \"kyiv\",");
        var errors = Errors(json);
        Assert.All(errors, e => Assert.Equal("parties[5].mediator", e.Path));
        int line = Where(json, "\"consent\"").Line;
        Assert.Contains(errors, e => e.Message == $"a mediator has no stakes, so it cannot have consent (copied through \"like\" from line {line})");
        Assert.Contains(errors, e => e.Message.StartsWith("a mediator has no stakes, so it cannot have positions", StringComparison.Ordinal));
        Assert.All(errors, e => e.AssertAt(json, "\"mediator\""));

        // A null outside option or consent is none, so a mediator may say it (e.g. to drop a copied one).
        Assert.Empty(ExperimentReader.Validate(Alliance.With("\"mediator\": true,", "\"mediator\": true, \"outsideOption\": null, \"consent\": null,"), Source));
    }

    [Fact]
    public void A_mediator_in_a_bloc_is_refused()
    {
        string json = Alliance.With("\"members\": [\"belgium\", \"netherlands\", \"luxembourg\"]", "\"members\": [\"belgium\", \"netherlands\", \"luxembourg\", \"turkey\"]");
        var error = OnlyError(json);
        Assert.Equal(("blocs[0].members[3]", "party \"turkey\" is a mediator, so it cannot be a member of a bloc"), (error.Path, error.Message));
        error.AssertAt(json, "\"turkey\"]");
    }

    [Fact]
    public void A_mediator_that_starts_a_war_is_refused()
    {
        string json = Alliance.With("\"meetings\":", "\"war\": { \"initiators\": [\"turkey\"], \"prevails\": 0.5 }, \"meetings\":");
        var error = OnlyError(json);
        Assert.Equal(("war.initiators[0]", "party \"turkey\" is a mediator, so it cannot be one of the war's initiators"), (error.Path, error.Message));
        error.AssertAt(json, "\"turkey\"], \"prevails\"");
    }

    // ---- blocs ---------------------------------------------------------------------------------------------------

    [Fact]
    public void A_weighted_bloc_with_a_common_offer_binds_and_the_defaults_are_consensus_and_the_leaders_offer()
    {
        var benelux = Assert.Single(ExperimentReader.Read(Alliance, Source).Scenario.Blocs);
        Assert.Equal((BlocRule.Weighted, 0.6, BlocOffer.Common), (benelux.Rule, benelux.Threshold, benelux.Offer));
        Assert.Equal(["belgium", "netherlands", "luxembourg"], benelux.Members);

        string json = Alliance.With(", \"rule\": \"weighted\", \"threshold\": 0.6, \"offer\": \"common\"", "");
        benelux = Assert.Single(ExperimentReader.Read(json, Source).Scenario.Blocs);
        Assert.Equal((BlocRule.Consensus, BlocOffer.Leader), (benelux.Rule, benelux.Offer));

        json = Alliance.With("\"threshold\": 0.6", "\"threshold\": 1");
        Assert.Equal(1, Assert.Single(ExperimentReader.Read(json, Source).Scenario.Blocs).Threshold);
    }

    [Theory]
    [InlineData("consensus")]
    [InlineData("leader")]
    public void A_threshold_without_the_weighted_rule_is_refused(string rule)
    {
        string json = Alliance.With("\"rule\": \"weighted\"", $"\"rule\": \"{rule}\"");
        var error = OnlyError(json);
        Assert.Equal(("blocs[0].threshold", $"threshold applies only to rule \"weighted\", and this bloc's rule is \"{rule}\""), (error.Path, error.Message));
        AssertAtValue(error, json, "\"threshold\": ", "0.6");

        // Without a rule, the rule is consensus.
        json = Alliance.With("\"rule\": \"weighted\", ", "");
        error = OnlyError(json);
        Assert.Equal(("blocs[0].threshold", "threshold applies only to rule \"weighted\", and this bloc's rule is \"consensus\""), (error.Path, error.Message));
    }

    [Fact]
    public void The_weighted_rule_needs_a_threshold()
    {
        string json = Alliance.With("\"threshold\": 0.6, ", "");
        var error = OnlyError(json);
        Assert.Equal(("blocs[0].threshold", "rule \"weighted\" needs a threshold"), (error.Path, error.Message));
        Assert.Contains("(0, 1]", error.Hint);
        error.AssertAt(json, "\"weighted\"");
    }

    [Theory]
    [InlineData("0", "threshold must be in (0, 1], got 0")]
    [InlineData("1.5", "threshold must be in (0, 1], got 1.5")]
    [InlineData("-0.2", "threshold must be in (0, 1], got -0.2")]
    [InlineData("{ \"uniform\": [0.5, 0.7] }", "threshold must be a number, got an object")]
    public void A_threshold_outside_zero_to_one_is_refused(string threshold, string message)
    {
        string json = Alliance.With("\"threshold\": 0.6", "\"threshold\": " + threshold);
        var error = OnlyError(json);
        Assert.Equal(("blocs[0].threshold", message), (error.Path, error.Message));
        AssertAtValue(error, json, "\"threshold\": ", threshold);
    }

    [Fact]
    public void An_unknown_offer_is_refused_with_the_valid_ones()
    {
        string json = Alliance.With("\"offer\": \"common\"", "\"offer\": \"comon\"");
        var error = OnlyError(json);
        Assert.Equal(("blocs[0].offer", "unknown offer \"comon\""), (error.Path, error.Message));
        Assert.Contains("\"common\"", error.Hint);
        error.AssertAt(json, "\"comon\"");
    }
}
