using NegotiationSim.Experiments;
using static NegotiationSim.Tests.Experiments.ExperimentFiles;

namespace NegotiationSim.Tests.Experiments;

/// <summary>
/// Each kind of mistake a researcher can make is reported with a message that says what is wrong, the setting's
/// path, the line and column to jump to, and a hint that says what would be valid.
/// </summary>
public class ExperimentValidationTests
{
    // ---- the error line itself -------------------------------------------------------------------------------

    [Fact]
    public void Out_of_range_value_reads_like_a_compiler_error()
    {
        string json = Full.With("\"ideal\": 0.8, \"salience\": 0.7", "\"ideal\": 0.8, \"salience\": -0.5");

        var error = OnlyError(json);

        var (line, column) = Where(json, "-0.5");
        Assert.Equal(
            $"experiments/test.json:{line}:{column}: parties[1].positions.ukraine.salience: salience must be in [0, 1000000], got -0.5. " +
            "Valid: a number in [0, 1000000] or a distribution whose values are all in [0, 1000000].",
            error.ToString());
    }

    [Fact]
    public void Errors_are_reported_all_at_once_in_file_order()
    {
        string json = Full
            .With("\"seed\": 42", "\"seed\": -1")
            .With("\"capability\": 2.5", "\"capabilty\": 2.5")
            .With("\"rule\": \"leader\"", "\"rule\": \"leeder\"")
            .With("\"rounds\": 12", "\"rounds\": 0")
            .With("\"temperature\": 0.1", "\"temperature\": 0");

        var thrown = Assert.Throws<ExperimentException>(() => ExperimentReader.Read(json, Source));

        Assert.Equal(
            ["seed", "parties[0].capabilty", "blocs[0].rule", "meetings[0].rounds", "escalation.temperature"],
            thrown.Errors.Select(e => e.Path));
        Assert.Equal(thrown.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column), thrown.Errors);
        Assert.Equal(string.Join(Environment.NewLine, thrown.Errors), thrown.Message);
    }

    // ---- keys ------------------------------------------------------------------------------------------------

    [Fact]
    public void Misspelt_key_is_unknown_with_a_did_you_mean()
    {
        string json = Minimal.With("\"ideal\": 0.9, \"salience\": 1", "\"ideal\": 0.9, \"salince\": 1");

        // One slip, one error: the suggestion already says that the required "salience" is what was meant.
        var error = OnlyError(json);

        Assert.Equal("parties[0].positions.ukraine.salince", error.Path);
        Assert.Equal("unknown key \"salince\"", error.Message);
        Assert.Equal("Did you mean \"salience\"? Valid keys here: \"ideal\", \"salience\", \"redLine\", \"tradeable\", \"why\".", error.Hint);
        error.AssertAt(json, "\"salince\"");
    }

    [Fact]
    public void A_missing_required_key_without_a_near_miss_is_reported_at_its_object()
    {
        string json = Minimal.With("\"ideal\": 0.9, \"salience\": 1", "\"ideal\": 0.9");
        var error = OnlyError(json);
        Assert.Equal(("parties[0].positions.ukraine.salience", "missing required key \"salience\""), (error.Path, error.Message));
        error.AssertAt(json, "{ \"ideal\": 0.9 }");
    }

    [Theory]
    [InlineData("\"meeting\"", "meetings")]
    [InlineData("\"Name\"", "name")]
    [InlineData("\"lossExponnet\"", "lossExponent")]
    public void Top_level_misspellings_suggest_the_key(string written, string suggested)
    {
        string json = Minimal.With("\"name\": \"minimal\",", $"\"name\": \"minimal\", {written}: 1,");
        var error = ErrorAt(json, written.Trim('"'));
        Assert.Contains($"Did you mean \"{suggested}\"?", error.Hint);
    }

    [Fact]
    public void Unknown_key_far_from_any_lists_the_valid_keys()
    {
        var error = OnlyError(Minimal.With("{ \"id\": \"geneva\",", "{ \"id\": \"geneva\", \"venue\": \"Geneva\","));
        Assert.Equal("meetings[0].venue", error.Path);
        Assert.DoesNotContain("Did you mean", error.Hint);
        Assert.Contains("\"participants\"", error.Hint);
        Assert.Contains("\"why\"", error.Hint);
    }

    [Fact]
    public void Missing_required_keys_are_reported_at_the_object_that_lacks_them()
    {
        string json = Minimal
            .With("{ \"id\": \"nato\", \"statusQuo\": 0.5 }", "{ \"id\": \"nato\" }")
            .With("\"name\": \"minimal\",", "");

        var errors = Errors(json);

        Assert.Equal(["name", "items[1].statusQuo"], errors.Select(e => e.Path));
        Assert.Equal("missing required key \"name\"", errors[0].Message);
        Assert.Equal((1, 1), (errors[0].Line, errors[0].Column));
        errors[1].AssertAt(json, "{ \"id\": \"nato\" }");
        Assert.Contains("[0, 1]", errors[1].Hint);
    }

    [Fact]
    public void Every_required_top_level_key_is_asked_for()
    {
        var errors = Errors("{}");
        Assert.Equal(["items", "meetings", "name", "parties"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Duplicate_json_key_is_reported_at_the_second_one()
    {
        string json = Minimal.With("{ \"id\": \"usa\",", "{ \"id\": \"usa\", \"capability\": 1, \"capability\": 2,");
        var error = OnlyError(json);
        Assert.Equal("parties[1].capability", error.Path);
        Assert.Equal("duplicate key \"capability\"", error.Message);
        error.AssertAt(json, "\"capability\"", nth: 1);
        var (line, column) = Where(json, "\"capability\"");
        Assert.Contains($"line {line}, column {column}", error.Hint);
    }

    [Fact]
    public void Why_is_allowed_on_every_object_but_must_be_text()
    {
        string json = Full.With("\"escalation\": { \"temperature\": 0.1,", "\"escalation\": { \"temperature\": 0.1, \"why\": 3,");
        var error = OnlyError(json);
        Assert.Equal("escalation.why", error.Path);
        Assert.Equal("why must be a string, got the number 3", error.Message);
    }

    // ---- types -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"name\": \"minimal\"", "\"name\": 3", "name", "name must be a string, got the number 3")]
    [InlineData("\"parties\": [", "\"parties\": {}, \"x\": [", "parties", "parties must be an array, got an object")]
    [InlineData("\"participants\": [\"russia\", \"usa\"]", "\"participants\": \"russia, usa\"", "meetings[0].participants",
        "participants must be an array, got the string \"russia, usa\"")]
    [InlineData("{ \"ideal\": 0.9, \"salience\": 1 }", "[0.9, 1]", "parties[0].positions.ukraine",
        "position must be an object, got an array")]
    [InlineData("\"statusQuo\": 0.3", "\"statusQuo\": \"0.3\"", "items[0].statusQuo",
        "statusQuo must be a number or a distribution object, got the string \"0.3\"")]
    [InlineData("\"statusQuo\": 0.3", "\"statusQuo\": null", "items[0].statusQuo",
        "statusQuo must be a number or a distribution object, got null")]
    [InlineData("{ \"id\": \"geneva\",", "{ \"id\": \"geneva\", \"rounds\": \"20\",", "meetings[0].rounds",
        "rounds must be a whole number, got the string \"20\"")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": 7,", "parties[0].id", "id must be a string id, got the number 7")]
    [InlineData("\"positions\": { \"ukraine\": { \"ideal\": 0.9, \"salience\": 1 } }", "\"positions\": []", "parties[0].positions",
        "positions must be an object mapping item ids to positions, got an empty array")]
    public void Wrong_types_say_what_was_expected_and_what_was_found(string old, string replacement, string path, string message)
    {
        string json = Minimal.With(old, replacement);
        var error = ErrorAt(json, path);
        Assert.Equal(message, error.Message);
        Assert.StartsWith("Valid", error.Hint);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("[]")]
    [InlineData("\"experiment\"")]
    [InlineData("null")]
    public void A_file_that_is_not_an_object_is_one_error(string json)
    {
        var error = OnlyError(json);
        Assert.Equal($"an experiment file must be an object, got {(json == "[]" ? "an empty array" : json == "3" ? "the number 3" : json == "null" ? "null" : "the string \"experiment\"")}", error.Message);
        Assert.Equal((1, 1, ""), (error.Line, error.Column, error.Path));
    }

    [Theory]
    [InlineData("\"endOnDecline\": false", "\"endOnDecline\": \"no\"", "sequence.endOnDecline", "endOnDecline must be true or false, got the string \"no\"")]
    [InlineData("\"trust\": {", "\"trust\": 0.5, \"t\": {", "trust", "trust must be an object, got the number 0.5")]
    [InlineData("\"concession\": {", "\"concession\": 0.5, \"c\": {", "parties[0].concession", "concession must be an object, got the number 0.5")]
    [InlineData("\"members\": [\"usa\", \"uk\"]", "\"members\": [\"usa\", [\"uk\"]]", "blocs[0].members[1]", "party id must be a string id, got an array")]
    [InlineData("\"participants\": [\"usa\", \"russia\"]", "\"participants\": [\"usa\", { \"id\": \"russia\" }]", "meetings[0].participants[1]",
        "party id must be a string id, got an object")]
    public void Deeply_wrong_types_in_the_full_file(string old, string replacement, string path, string message)
    {
        var error = ErrorAt(Full.With(old, replacement), path);
        Assert.Equal(message, error.Message);
    }

    // ---- parameters and distributions ------------------------------------------------------------------------

    [Theory]
    [InlineData("\"statusQuo\": 0.3", "\"statusQuo\": 1.3", "items[0].statusQuo", "statusQuo must be in [0, 1], got 1.3")]
    [InlineData("\"ideal\": 0.9", "\"ideal\": -0.1", "parties[0].positions.ukraine.ideal", "ideal must be in [0, 1], got -0.1")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"capability\": -1,", "parties[0].capability", "capability must be in [0, 1000000], got -1")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"hardening\": 1.5,", "parties[0].hardening", "hardening must be in [-1, 1], got 1.5")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"concession\": { \"exponent\": 0 },", "parties[0].concession.exponent",
        "concession.exponent must be > 0, got 0")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"attendance\": { \"value\": 2 },", "parties[0].attendance",
        "attendance must be in [0, 1], got 2")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"walkoutHazard\": { \"uniform\": [0.5, 1.5] },", "parties[0].walkoutHazard",
        "walkoutHazard must be in [0, 1], but uniform(0.5, 1.5) can produce values from 0.5 to 1.5")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"outsideOption\": { \"choice\": [0.2, 1.2] },", "parties[0].outsideOption",
        "outsideOption must be in [0, 1], but choice(0.2, 1.2) can produce values from 0.2 to 1.2")]
    [InlineData("{ \"id\": \"russia\",", "{ \"id\": \"russia\", \"trustSensitivity\": 1e999,", "parties[0].trustSensitivity",
        "trustSensitivity must be a finite number, got 1e999")]
    public void Parameters_outside_their_range_are_refused(string old, string replacement, string path, string message)
    {
        string json = Minimal.With(old, replacement);
        var error = OnlyError(json);
        Assert.Equal((path, message), (error.Path, error.Message));
        Assert.NotEqual("", error.Hint);
    }

    [Fact]
    public void A_normal_on_a_bounded_parameter_points_to_truncated_normal_or_beta()
    {
        string json = Minimal.With("\"ideal\": 0.9", "\"ideal\": { \"normal\": [0.5, 0.2] }");

        var error = OnlyError(json);

        Assert.Equal("parties[0].positions.ukraine.ideal", error.Path);
        Assert.Equal("ideal must be in [0, 1], but normal(0.5, 0.2) can produce any value", error.Message);
        Assert.Contains("{\"truncatedNormal\": [0.5, 0.2, 0, 1]} or beta", error.Hint);
        error.AssertAt(json, "{ \"normal\"");
    }

    [Fact]
    public void A_normal_on_a_bounded_weight_is_refused_too()
    {
        var error = OnlyError(Minimal.With("\"salience\": 0.5", "\"salience\": { \"normal\": [0.5, 0.1] }"));
        Assert.Contains("truncatedNormal", error.Hint);
        Assert.Contains("[0.5, 0.1, 0, 1000000]", error.Hint);
    }

    [Theory]
    [InlineData("{ \"beta\": [0, 2] }", "beta", "beta needs shape parameters α > 0 and β > 0")]
    [InlineData("{ \"beta\": [-1, 2] }", "beta", "beta needs shape parameters α > 0 and β > 0")]
    [InlineData("{ \"truncatedNormal\": [0, 0.01, 0.9, 1] }", "truncatedNormal", "holds no probability mass")]
    [InlineData("{ \"truncatedNormal\": [0.5, 0, 0, 1] }", "truncatedNormal", "sd > 0")]
    [InlineData("{ \"uniform\": [0.6, 0.4] }", "uniform", "lower < upper")]
    [InlineData("{ \"triangular\": [0, 1.5, 1] }", "triangular", "lower <= mode <= upper")]
    [InlineData("{ \"pert\": [0.5, 0.2, 1] }", "pert", "lower <= mode <= upper")]
    [InlineData("{ \"choice\": [0.1, 0.2], \"weights\": [1] }", "choice", "as many weights as values")]
    [InlineData("{ \"choice\": [0.1, 0.2], \"weights\": [-1, 2] }", "choice", "weights must be >= 0")]
    [InlineData("{ \"beta\": [2, 2], \"range\": [0.5, 0.5] }", "beta", "lower < upper")]
    public void Impossible_distribution_parameters_use_the_factory_message(string param, string form, string fragment)
    {
        string json = Minimal.With("\"ideal\": 0.9", $"\"ideal\": {param}");

        var error = OnlyError(json);

        Assert.Equal("parties[0].positions.ukraine.ideal." + form, error.Path);
        Assert.Contains(fragment, error.Message);
        Assert.StartsWith($"Valid: {{\"{form}\"", error.Hint);
        // At the form's array, where the impossible numbers are.
        var (line, column) = Where(json, param);
        Assert.Equal((line, column + param.IndexOf('[')), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("{ \"uniform\": [0.1, 0.2, 0.3] }", "parties[0].positions.ukraine.ideal.uniform", "uniform must be an array of 2 numbers, got 3")]
    [InlineData("{ \"uniform\": 0.1 }", "parties[0].positions.ukraine.ideal.uniform", "uniform must be an array of 2 numbers, got the number 0.1")]
    [InlineData("{ \"uniform\": [0.1, \"0.2\"] }", "parties[0].positions.ukraine.ideal.uniform[1]", "each value of uniform must be a number, got the string \"0.2\"")]
    [InlineData("{ \"value\": [0.1] }", "parties[0].positions.ukraine.ideal.value", "value must be a number, got an array")]
    [InlineData("{ \"choice\": [] }", "parties[0].positions.ukraine.ideal.choice", "choice must be an array of one or more numbers, got 0")]
    [InlineData("{ \"uniform\": [0.1, 0.2], \"normal\": [0.1, 0.2] }", "parties[0].positions.ukraine.ideal.normal",
        "a distribution has exactly one form, but ideal has both \"uniform\" and \"normal\"")]
    [InlineData("{ \"why\": \"unsure\" }", "parties[0].positions.ukraine.ideal", "ideal has no distribution form")]
    [InlineData("{ \"uniform\": [0.1, 0.2], \"range\": [0, 1] }", "parties[0].positions.ukraine.ideal.range", "\"range\" applies only to beta")]
    [InlineData("{ \"uniform\": [0.1, 0.2], \"weights\": [1, 1] }", "parties[0].positions.ukraine.ideal.weights", "\"weights\" applies only to choice")]
    [InlineData("{ \"beta\": [2, 2], \"range\": [0.5] }", "parties[0].positions.ukraine.ideal.range", "range must be an array of 2 numbers, got 1")]
    public void Malformed_distributions_say_what_the_form_needs(string param, string path, string message)
    {
        var error = OnlyError(Minimal.With("\"ideal\": 0.9", $"\"ideal\": {param}"));
        Assert.Equal((path, message), (error.Path, error.Message));
        Assert.NotEqual("", error.Hint);
    }

    [Fact]
    public void A_misspelt_distribution_form_is_suggested()
    {
        var error = OnlyError(Minimal.With("\"ideal\": 0.9", "\"ideal\": { \"unifrom\": [0.1, 0.2] }"));
        Assert.Equal("parties[0].positions.ukraine.ideal.unifrom", error.Path);
        Assert.StartsWith("Did you mean \"uniform\"?", error.Hint);
    }

    // ---- ids and references ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"participants\": [\"russia\", \"usa\"]", "\"participants\": [\"rusia\", \"usa\"]", "meetings[0].participants[0]",
        "unknown party \"rusia\"", "Did you mean \"russia\"?")]
    [InlineData("\"items\": [\"ukraine\", \"nato\"]", "\"items\": [\"ukraine\", \"nat0\"]", "meetings[0].items[1]",
        "unknown item \"nat0\"", "Did you mean \"nato\"?")]
    [InlineData("\"nato\": { \"ideal\": 0.2", "\"natto\": { \"ideal\": 0.2", "parties[1].positions.natto",
        "unknown item \"natto\"", "Did you mean \"nato\"?")]
    [InlineData("\"participants\": [\"russia\", \"usa\"]", "\"participants\": [\"china\", \"usa\"]", "meetings[0].participants[0]",
        "unknown party \"china\"", "Parties in this file: \"russia\", \"usa\".")]
    public void Unknown_ids_are_reported_where_they_are_used(string old, string replacement, string path, string message, string hint)
    {
        string json = Minimal.With(old, replacement);
        var error = OnlyError(json);
        Assert.Equal((path, message), (error.Path, error.Message));
        Assert.Contains(hint, error.Hint);
        error.AssertAt(json, "\"" + message.Split('"')[1] + "\"");
    }

    [Fact]
    public void Unknown_bloc_member_is_reported_with_a_suggestion()
    {
        var error = OnlyError(Full.With("\"members\": [\"usa\", \"uk\"]", "\"members\": [\"usa\", \"ukk\"]"));
        Assert.Equal(("blocs[0].members[1]", "unknown party \"ukk\""), (error.Path, error.Message));
        Assert.StartsWith("Did you mean \"uk\"?", error.Hint);
    }

    [Theory]
    [InlineData("{ \"id\": \"nato\", \"statusQuo\": 0.5 }", "{ \"id\": \"ukraine\", \"statusQuo\": 0.5 }", "items[1].id", "duplicate item id \"ukraine\"")]
    [InlineData("{ \"id\": \"usa\",", "{ \"id\": \"russia\",", "parties[1].id", "duplicate party id \"russia\"")]
    public void Duplicate_ids_point_back_to_the_first(string old, string replacement, string path, string message)
    {
        string json = Minimal.With(old, replacement);
        var error = ErrorAt(json, path);
        Assert.Equal(message, error.Message);
        var id = message.Split('"')[1];
        var (line, column) = Where(json, $"\"{id}\"");
        Assert.Contains($"line {line}, column {column}", error.Hint);
        error.AssertAt(json, $"\"{id}\"", nth: 1);
    }

    [Fact]
    public void Duplicate_meeting_and_bloc_ids_are_reported()
    {
        string json = Full
            .With("{ \"id\": \"brussels\",", "{ \"id\": \"geneva\",")
            .With("{ \"id\": \"west\", \"members\": [\"usa\", \"uk\"]",
                  "{ \"id\": \"west\", \"members\": [\"usa\", \"uk\"] }, { \"id\": \"west\", \"members\": [\"russia\", \"usa\"]");
        var errors = Errors(json);
        Assert.Contains(errors, e => e.Path == "meetings[1].id" && e.Message == "duplicate meeting id \"geneva\"");
        Assert.Contains(errors, e => e.Path == "blocs[1].id" && e.Message == "duplicate bloc id \"west\"");
    }

    [Theory]
    [InlineData("1st")]
    [InlineData("eu 27")]
    [InlineData("")]
    [InlineData("ukraine.east")]
    [InlineData("_x")]
    public void Ids_must_be_identifiers(string id)
    {
        string json = Minimal.With("{ \"id\": \"nato\",", $"{{ \"id\": \"{id}\",").With("\"ukraine\", \"nato\"]", $"\"ukraine\", \"{id}\"]")
            .With("\"nato\": { \"ideal\"", $"\"{id}\": {{ \"ideal\"");

        var error = OnlyError(json);

        Assert.Equal(("items[1].id", $"\"{id}\" is not a valid id"), (error.Path, error.Message));
        Assert.Contains("a letter followed by letters, digits, '_' or '-'", error.Hint);
    }

    [Fact]
    public void Why_cannot_be_an_item_id_because_positions_use_it_for_rationales()
    {
        var errors = Errors(Minimal.With("{ \"id\": \"nato\",", "{ \"id\": \"why\","));
        Assert.Contains(errors, e => e.Path == "items[1].id" && e.Message.Contains("\"why\" cannot be an item id"));
    }

    [Fact]
    public void A_broken_id_does_not_turn_every_reference_into_an_error()
    {
        // One mistake, one error: references to the party whose id could not be read are not reported as unknown.
        var error = OnlyError(Minimal.With("{ \"id\": \"usa\",", "{ \"ID\": \"usa\","));
        Assert.Equal("parties[1].ID", error.Path);
        var errors = Errors(Minimal.With("{ \"id\": \"usa\",", "{ \"id\": \"usa\", \"ID\": 1,").With("{ \"id\": \"russia\",", "{"));
        Assert.Equal(["parties[0].id", "parties[1].ID"], errors.Select(e => e.Path));
    }

    // ---- lists, blocs and meetings ---------------------------------------------------------------------------

    [Theory]
    [InlineData("\"meetings\": [ { \"id\": \"geneva\", \"participants\": [\"russia\", \"usa\"], \"items\": [\"ukraine\", \"nato\"] } ]",
        "\"meetings\": []", "meetings", "meetings must list at least one meeting")]
    [InlineData("\"items\": [\"ukraine\", \"nato\"]", "\"items\": []", "meetings[0].items", "items must list at least one item, got 0")]
    [InlineData("\"participants\": [\"russia\", \"usa\"]", "\"participants\": [\"russia\"]", "meetings[0].participants",
        "participants must list at least 2 parties, got 1")]
    public void Lists_that_are_too_short(string old, string replacement, string path, string message)
    {
        string json = Minimal.With(old, replacement);
        var error = OnlyError(json);
        Assert.Equal((path, message), (error.Path, error.Message));
        error.AssertAt(json, replacement[(replacement.IndexOf(':') + 2)..]);
    }

    [Fact]
    public void A_repeated_participant_is_an_error()
    {
        string json = Minimal.With("\"participants\": [\"russia\", \"usa\"]", "\"participants\": [\"russia\", \"usa\", \"russia\"]");
        var error = OnlyError(json);
        Assert.Equal(("meetings[0].participants[2]", "party \"russia\" is listed twice in participants"), (error.Path, error.Message));
    }

    [Fact]
    public void A_repeated_agenda_item_is_an_error()
    {
        var error = OnlyError(Minimal.With("\"items\": [\"ukraine\", \"nato\"]", "\"items\": [\"ukraine\", \"ukraine\"]"));
        Assert.Equal(("meetings[0].items[1]", "item \"ukraine\" is listed twice in items"), (error.Path, error.Message));
    }

    [Fact]
    public void A_bloc_needs_two_members()
    {
        var error = OnlyError(Full.With("\"members\": [\"usa\", \"uk\"]", "\"members\": [\"usa\"]"));
        Assert.Equal(("blocs[0].members", "members must list at least 2 parties, got 1"), (error.Path, error.Message));
    }

    [Fact]
    public void A_party_belongs_to_at_most_one_bloc()
    {
        string json = Full.With("\"rule\": \"leader\" }", "\"rule\": \"leader\" }, { \"id\": \"east\", \"members\": [\"russia\", \"usa\"] }");

        var error = OnlyError(json);

        Assert.Equal(("blocs[1].members[1]", "party \"usa\" is already a member of bloc \"west\""), (error.Path, error.Message));
        error.AssertAt(json, "\"usa\"] }");
    }

    [Theory]
    [InlineData("0", "rounds must be in [1, 1000], got 0")]
    [InlineData("1001", "rounds must be in [1, 1000], got 1001")]
    [InlineData("2.5", "rounds must be a whole number, got 2.5")]
    public void Rounds_must_be_a_whole_number_in_range(string rounds, string message)
    {
        string json = Minimal.With("{ \"id\": \"geneva\",", $"{{ \"id\": \"geneva\", \"rounds\": {rounds},");
        var error = OnlyError(json);
        Assert.Equal(("meetings[0].rounds", message), (error.Path, error.Message));
        var (line, column) = Where(json, "\"rounds\": ");
        Assert.Equal((line, column + "\"rounds\": ".Length), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("settlement", "\"itembyitem\"", "unknown settlement \"itembyitem\"", "Did you mean \"itemByItem\"? Valid: \"package\", \"itemByItem\".")]
    [InlineData("settlement", "1", "settlement must be a string, got the number 1", "Valid: \"package\", \"itemByItem\".")]
    [InlineData("protocol", "\"alternating\"", "unknown protocol \"alternating\"", "Valid: \"alternatingOffers\", \"expectedUtility\".")]
    public void Meeting_options_list_the_valid_values(string key, string value, string message, string hint)
    {
        var error = OnlyError(Minimal.With("{ \"id\": \"geneva\",", $"{{ \"id\": \"geneva\", \"{key}\": {value},"));
        Assert.Equal(($"meetings[0].{key}", message), (error.Path, error.Message));
        Assert.Equal(hint, error.Hint);
    }

    [Fact]
    public void Bloc_rule_lists_the_valid_values()
    {
        var error = OnlyError(Full.With("\"rule\": \"leader\"", "\"rule\": \"majority\""));
        Assert.Equal(("blocs[0].rule", "unknown rule \"majority\""), (error.Path, error.Message));
        Assert.Equal("Valid: \"consensus\", \"leader\", \"weighted\".", error.Hint);
    }

    // ---- red lines -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("[0.8, 0.2]", "redLine must have min <= max, got [0.8, 0.2]")]
    [InlineData("[-0.1, 0.5]", "redLine bounds must be in [0, 1], got [-0.1, 0.5]")]
    [InlineData("[0.5, 1.2]", "redLine bounds must be in [0, 1], got [0.5, 1.2]")]
    [InlineData("[0.5]", "redLine must be [min, max], got 1 number")]
    [InlineData("\"low\"", "redLine must be an array, got the string \"low\"")]
    public void Red_lines_are_ordered_intervals_within_0_and_1(string redLine, string message)
    {
        string json = Full.With("\"redLine\": [0, 0.4]", $"\"redLine\": {redLine}");
        var error = OnlyError(json);
        Assert.Equal(("parties[0].positions.ukraine.redLine", message), (error.Path, error.Message));
        error.AssertAt(json, redLine + ", \"tradeable\"");
    }

    // ---- run settings ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("runs", "0", "runs must be >= 1, got 0")]
    [InlineData("runs", "-5", "runs must be >= 1, got -5")]
    [InlineData("runs", "1.5", "runs must be a whole number, got 1.5")]
    [InlineData("runs", "\"many\"", "runs must be a whole number, got the string \"many\"")]
    [InlineData("runs", "1e30", "runs must be at most 9223372036854775807, got 1e30")]
    [InlineData("runs", "-1e30", "runs must be >= 1, got -1e30")]
    [InlineData("seed", "-1", "seed must be >= 0, got -1")]
    [InlineData("seed", "1.5", "seed must be a whole number, got 1.5")]
    [InlineData("seed", "18446744073709551616", "seed must be at most 18446744073709551615, got 18446744073709551616")]
    [InlineData("seed", "1e19", "a seed above 2^53 must be written in plain digits, got 1e19")]
    [InlineData("seed", "\"1\"", "seed must be a whole number, got the string \"1\"")]
    [InlineData("lossExponent", "3", "lossExponent must be 1 or 2, got the number 3")]
    [InlineData("lossExponent", "\"2\"", "lossExponent must be 1 or 2, got the string \"2\"")]
    [InlineData("lossExponent", "1.5", "lossExponent must be 1 or 2, got the number 1.5")]
    public void Run_settings_are_checked(string key, string value, string message)
    {
        string json = Minimal.With("\"name\": \"minimal\",", $"\"name\": \"minimal\",\n  \"{key}\": {value},");
        var error = OnlyError(json);
        Assert.Equal((key, message), (error.Path, error.Message));
        Assert.Equal((3, key.Length + 7), (error.Line, error.Column));
    }

    [Fact]
    public void Trust_and_escalation_parameters_are_checked()
    {
        var errors = Errors(Full.With("\"initial\": 0.3", "\"initial\": 1.3").With("\"temperature\": 0.1", "\"temperature\": -0.1"));
        Assert.Equal(["trust.initial must be in [0, 1], got 1.3", "escalation.temperature must be > 0, got -0.1"], errors.Select(e => e.Message));
    }
}
