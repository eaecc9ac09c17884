using NegotiationSim.Diagnostics;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Patterns;
using NegotiationSim.Inference;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Inference;

public class PatternReaderTests
{
    private static readonly Scenarios.Scenario Default = ExperimentReader.ReadFile(Repository.File("experiments/nato-russia-2022.json")).Scenario;

    private static string File(string patterns, string scenario = "nato-russia-2022") =>
        "{\n  \"name\": \"t\",\n  \"scenario\": \"" + scenario + "\",\n  \"patterns\": [\n" + patterns + "\n  ]\n}";

    private static string Pattern(string conditions, string id = "p") =>
        "    { \"id\": \"" + id + "\", \"statement\": \"s\", \"date\": \"2022-01-10\", \"source\": \"src\", \"all\": [ " + conditions + " ] }";

    private static IReadOnlyList<UserError> Errors(string json) =>
        Assert.Throws<ExperimentException>(() => PatternReader.Read(json, "x.json", Default)).Errors;

    [Fact]
    public void The_shipped_record_binds_to_the_default_scenario()
    {
        var set = PatternReader.ReadFile(Repository.File("experiments/patterns/january-2022.json"), Default);
        Assert.Equal("january-2022", set.Name);
        Assert.Equal(9, set.Count);
        Assert.All(set.Patterns, p => Assert.NotEmpty(p.Source));
        Assert.All(set.Patterns, p => Assert.NotEmpty(p.Date));
        Assert.Equal(["january-held", "no-walkout"], set.Patterns.Where(p => p.Input).Select(p => p.Id));
        var answers = set.Patterns.Single(p => p.Id == "answers");
        // held and nothing agreed at the meeting, then two core and four technical items never agreed
        Assert.Equal(2 + 2 + 4, answers.Conditions.Count);
        Assert.Contains(new PatternCondition(PatternConditionKind.MeetingDeclined, 5, true), set.Patterns.Single(p => p.Id == "no-answer-to-nato").Conditions);
    }

    [Fact]
    public void Every_condition_shape_binds_to_indices()
    {
        var set = PatternReader.Read(File(Pattern(
            "{ \"meeting\": \"nrc\", \"held\": true, \"walkout\": false }, { \"item\": \"dialogue\", \"agreed\": true }, " +
            "{ \"party\": \"us\", \"walkedOut\": false, \"escalated\": false }, { \"ending\": \"war\" }, { \"war\": true, \"before\": \"m2\" }, { \"walkout\": false }")),
            "x.json", Default);
        Assert.Equal(
        [
            new PatternCondition(PatternConditionKind.MeetingHeld, 1, true),
            new PatternCondition(PatternConditionKind.MeetingWalkout, 1, false),
            new PatternCondition(PatternConditionKind.ItemAgreed, 9, true),
            new PatternCondition(PatternConditionKind.PartyWalkedOut, 0, false),
            new PatternCondition(PatternConditionKind.PartyEscalated, 0, false),
            new PatternCondition(PatternConditionKind.Ending, 3, true),
            new PatternCondition(PatternConditionKind.War, 6, true),
            new PatternCondition(PatternConditionKind.AnyWalkout, 0, false),
        ], set.Patterns[0].Conditions);
    }

    [Fact]
    public void An_unknown_meeting_is_located_with_a_suggestion()
    {
        var e = Assert.Single(Errors(File(Pattern("{ \"meeting\": \"genva\", \"held\": true }"))));
        Assert.Equal(5, e.Line);
        Assert.Equal("patterns[0].all[0].meeting", e.Path);
        Assert.Contains("no meeting \"genva\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"geneva\"?", e.Hint, StringComparison.Ordinal);
        Assert.StartsWith("x.json:5:", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once()
    {
        var errors = Errors(File(
            Pattern("{ \"meeting\": \"m1\", \"walkedOut\": true }", "a") + ",\n" +
            Pattern("{ \"ending\": \"peace\" }", "a") + ",\n" +
            "    { \"id\": \"c\", \"statement\": \"s\", \"date\": \"d\", \"all\": [ { \"item\": \"ukraine\" } ], \"sorce\": \"x\" }"));
        var messages = errors.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("\"walkedOut\" does not belong in a meeting condition", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unknown ending \"peace\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("duplicate pattern id \"a\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unknown key \"sorce\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("missing required key \"agreed\"", StringComparison.Ordinal));
        Assert.Equal(errors.OrderBy(e => e.Line).ThenBy(e => e.Column), errors);
    }

    [Fact]
    public void An_empty_condition_is_refused()
    {
        var e = Assert.Single(Errors(File(Pattern("{ }"))));
        Assert.Equal("patterns[0].all[0]", e.Path);
        Assert.Contains("an empty condition", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_written_for_another_scenario_are_refused()
    {
        var e = Assert.Single(Errors(File(Pattern("{ \"walkout\": false }"), scenario: "other")));
        Assert.Contains("written for scenario \"other\"", e.Message, StringComparison.Ordinal);
        // a variant of the scenario keeps its ids
        Assert.Equal(1, PatternReader.Read(File(Pattern("{ \"walkout\": false }")), "x.json", Default with { Name = "nato-russia-2022.no-bloc" }).Count);
    }

    [Fact]
    public void Malformed_json_and_a_missing_file_are_located()
    {
        Assert.Contains(Errors("{ \"name\": "), e => e.Line == 1);
        var missing = Assert.Throws<ExperimentException>(() => PatternReader.ReadFile("no/such/patterns.json", Default));
        Assert.Contains("patterns file not found", Assert.Single(missing.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_walkout_at_a_meeting_needs_walkouts_to_end_the_sequence()
    {
        var scenario = Default with { Rules = Default.Rules with { EndOnWalkout = false } };
        var e = Assert.Throws<ExperimentException>(() => PatternReader.Read(File(Pattern("{ \"meeting\": \"nrc\", \"walkout\": false }")), "x.json", scenario));
        Assert.Contains("only when a walkout ends the sequence", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }
}
