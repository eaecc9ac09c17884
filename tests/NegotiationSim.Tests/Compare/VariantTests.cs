using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Scenarios;
using static NegotiationSim.Tests.Experiments.ExperimentFiles;

namespace NegotiationSim.Tests.Compare;

/// <summary>Variants and --set overrides: what they change, and how their mistakes are reported.</summary>
public class VariantTests
{
    [Fact]
    public void TheReaderListsAndMaterialisesVariants()
    {
        var file = CompareFiles.Read();
        Assert.Equal(["same", "tempting", "apart", "prelude"], file.Variants.Select(v => v.Name));
        Assert.Equal("a better outside option for c", file.Variants[1].Description);
        Assert.Null(file.Variant);

        var tempting = ExperimentReader.Materialise(file, "tempting");
        Assert.Equal("tempting", tempting.Variant);
        Assert.Equal("toy.tempting", tempting.Scenario.Name);
        Assert.Equal(0.65, tempting.Scenario.Parties[2].OutsideOption!.B);
        Assert.Equal(file.Sha256, tempting.Sha256);

        var apart = ExperimentReader.Materialise(file, "apart");
        Assert.Empty(apart.Scenario.Blocs);

        var prelude = ExperimentReader.Materialise(file, "prelude");
        Assert.Equal(["m0", "m1", "m2"], prelude.Scenario.Meetings.Select(m => m.Id));
        Assert.Equal(Settlement.ItemByItem, prelude.Scenario.Meetings[0].Settlement);

        // "base" names the file's own scenario.
        Assert.Equal(file.Scenario.Parties.Count, ExperimentReader.Materialise(file, "base").Scenario.Parties.Count);
    }

    [Fact]
    public void OverridesSetAddRemoveAndAcceptBareWords()
    {
        var file = CompareFiles.Read();
        var changed = ExperimentReader.Materialise(file, null,
        [
            SettingOverride.Parse("meetings.m2.settlement=itemByItem"),
            SettingOverride.Parse("parties.b.outsideOption={\"uniform\":[0.2,0.4]}"),
            SettingOverride.Parse("parties.c.concession.initial=0.1"),
            SettingOverride.Parse("meetings.m1.participants.b=null"),
            SettingOverride.Parse("runs=1e3"),
        ]);
        Assert.Equal(Settlement.ItemByItem, changed.Scenario.Meetings[1].Settlement);
        Assert.Equal(0.4, changed.Scenario.Parties[1].OutsideOption!.B);
        Assert.Equal(0.1, changed.Scenario.Parties[2].Concession.Initial.A);
        Assert.Equal(["a", "c"], changed.Scenario.Meetings[0].Participants);
        Assert.Equal(1000, changed.Runs);
        Assert.Equal(5, changed.Overrides.Count);
        // A variant and then the command line, which has the last word.
        var both = ExperimentReader.Materialise(file, "tempting", [SettingOverride.Parse("parties.c.outsideOption=0.2")]);
        Assert.True(both.Scenario.Parties[2].OutsideOption!.IsFixed);
    }

    [Fact]
    public void AnOverrideOfAnUncertainParameterKeepsTheOthersRandomNumbers()
    {
        // Fixing one parameter removes its stream only: every other parameter of replicate r draws what it drew before.
        var file = CompareFiles.Read();
        var fixedY = ExperimentReader.Materialise(file, null, [SettingOverride.Parse("items.y.statusQuo=0.5")]);
        var a = new CompiledModel(file.Scenario);
        var b = new CompiledModel(fixedY.Scenario);
        var wa = new Workspace(a);
        var wb = new Workspace(b);
        ReplicateBlock.SampleOne(a, 3, 17).CopyTo(wa.Parameters, 0);
        ReplicateBlock.SampleOne(b, 3, 17).CopyTo(wb.Parameters, 0);
        int y = a.Layout.StatusQuo + 1;
        for (int i = 0; i < a.Layout.Count; i++)
            if (i != y) Assert.Equal(wa.Parameters[i], wb.Parameters[i]);
        Assert.Equal(0.5, wb.Parameters[y]);
        Assert.NotEqual(0.5, wa.Parameters[y]);
    }

    [Theory]
    [InlineData("parties.a.capability", "no '='", "expected PATH=VALUE")]
    [InlineData("parties..a=1", "parties..a", "empty part")]
    [InlineData("parties.a.capability={\"uniform\":[0.5,}", "parties.a.capability", "not valid JSON")]
    public void MalformedSetArgumentsAreRefusedWithThePath(string text, string path, string message)
    {
        var e = Assert.Throws<ExperimentException>(() => SettingOverride.Parse(text));
        var error = Assert.Single(e.Errors);
        Assert.Equal("--set", error.File);
        Assert.Contains(message, error.Message);
        if (path != "no '='") Assert.Equal(path, error.Path);
    }

    [Fact]
    public void AnOverrideOfSomethingThatDoesNotExistNamesThePathAndSuggests()
    {
        var file = CompareFiles.Read();
        var e = Assert.Throws<ExperimentException>(() => ExperimentReader.Materialise(file, null, [SettingOverride.Parse("parties.cc.outsideOption=0.5")]));
        var error = Assert.Single(e.Errors);
        Assert.Equal("--set parties.cc.outsideOption", error.Path);
        Assert.Contains("no party \"cc\" in parties", error.Message);
        Assert.Contains("Did you mean \"c\"?", error.Hint);
    }

    [Fact]
    public void AnOverriddenValueIsJudgedByTheStrictReaderAndNamedByItsPath()
    {
        var file = CompareFiles.Read();
        var e = Assert.Throws<ExperimentException>(() => ExperimentReader.Materialise(file, null, [SettingOverride.Parse("parties.c.outsideOption={\"uniform\":[0.5,1.5]}")]));
        var error = Assert.Single(e.Errors);
        Assert.Equal("--set parties.c.outsideOption", error.Path);
        Assert.Contains("outsideOption must be in [0, 1]", error.Message);
        Assert.Equal(0, error.Line);

        var key = Assert.Throws<ExperimentException>(() => ExperimentReader.Materialise(file, null, [SettingOverride.Parse("parties.c.salince=1")]));
        Assert.Contains("unknown key \"salince\"", Assert.Single(key.Errors).Message);
    }

    [Fact]
    public void AnUnknownVariantIsAnErrorWithTheNames()
    {
        var e = Assert.Throws<ExperimentException>(() => ExperimentReader.Materialise(CompareFiles.Read(), "tempring"));
        Assert.Contains("Did you mean \"tempting\"?", Assert.Single(e.Errors).Hint);
    }

    [Fact]
    public void VariantErrorsNameTheVariantAndThePathInsideIt()
    {
        string json = CompareFiles.WithVariants.With(
            "{ \"name\": \"same\", \"description\": \"sets a value to what it already is\", \"set\": { \"parties.a.capability\": 1 } }",
            "{ \"name\": \"broken\", \"set\": { \"parties.aa.capability\": 1, \"parties.b.walkoutHazard\": 2 } }");
        var errors = Errors(json);
        Assert.Equal(2, errors.Count);

        var unknown = errors.Single(e => e.Message.Contains("no party"));
        Assert.StartsWith("variant \"broken\": no party \"aa\" in parties", unknown.Message);
        Assert.Equal("variants[0].set[\"parties.aa.capability\"]", unknown.Path);
        unknown.AssertAt(json, "\"parties.aa.capability\"");

        var range = errors.Single(e => e.Message.Contains("walkoutHazard"));
        Assert.StartsWith("variant \"broken\": walkoutHazard must be in [0, 1], got 2", range.Message);
        Assert.Equal("variants[0].set[\"parties.b.walkoutHazard\"]", range.Path);
        range.AssertAt(json, "2 }");
        Assert.Contains("variant \"broken\"", range.ToString());
    }

    [Fact]
    public void AVariantThatBreaksTheBaseIsReportedWhereTheBaseBreaks()
    {
        // Removing party b leaves the bloc and the meetings naming it: the reader says so, for this variant.
        string json = CompareFiles.WithVariants.With("\"set\": { \"blocs.ab\": null }", "\"set\": { \"parties.b\": null }");
        var errors = Errors(json);
        Assert.All(errors, e => Assert.StartsWith("variant \"apart\": unknown party \"b\"", e.Message));
        Assert.Contains(errors, e => e.Path == "blocs[0].members[1]");
        Assert.Contains(errors, e => e.Path == "meetings[0].participants[1]");
    }

    [Theory]
    [InlineData("{ \"name\": \"base\", \"set\": { \"seed\": 2 } }", "may not be called \"base\"")]
    [InlineData("{ \"name\": \"same\", \"set\": { \"seed\": 2 } }", "duplicate variant name \"same\"")]
    [InlineData("{ \"name\": \"x\" }", "changes nothing")]
    [InlineData("{ \"name\": \"x\", \"set\": [1] }", "set must be an object")]
    [InlineData("{ \"name\": \"x\", \"set\": { \"parties..a\": 1 } }", "empty part")]
    [InlineData("{ \"name\": \"x\", \"insert\": [ { \"into\": \"meetings\", \"before\": \"m9\", \"value\": {} } ] }", "no meeting \"m9\" in meetings")]
    [InlineData("{ \"name\": \"x\", \"insert\": [ { \"into\": \"name\", \"value\": 1 } ] }", "is the string \"toy\", not a list")]
    [InlineData("{ \"name\": \"x\", \"sett\": {} }", "unknown key \"sett\"")]
    public void MalformedVariantsAreRefused(string variant, string message)
    {
        string json = CompareFiles.WithVariants.With(
            "{ \"name\": \"prelude\",", variant + ", { \"name\": \"prelude\",");
        var errors = Errors(json);
        Assert.Contains(errors, e => e.Message.Contains(message));
    }

    [Fact]
    public void EveryVariantOfTheShippedExperimentMaterialisesAndRuns()
    {
        var file = ExperimentReader.ReadFile(Path.Combine(RepositoryRoot(), "experiments", "nato-russia-2022.json"));
        Assert.Equal(["russia-hardline", "nato-flexible-on-arms-control", "no-linkage", "west-bears-no-cost", "no-build-up", "ukraine-open", "classic-rules", "no-bloc", "package-vs-item-by-item", "expected-utility", "complete-information", "trust-is-belief", "no-ukrainian-consent", "without-hungary-veto", "qualified-majority", "us-leads", "no-mediator"], file.Variants.Select(v => v.Name));
        Assert.All(file.Variants, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
        foreach (var v in file.Variants)
        {
            var model = new CompiledModel(ExperimentReader.Materialise(file, v.Name).Scenario);
            Assert.Equal(1_000, MonteCarloRunner.Run(model, new RunSettings(1_000, 1, 1)).Completed);
        }
        // The embedded default carries the same variants.
        Assert.Equal(file.Variants, ExperimentReader.ReadDefault().Variants);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NegotiationSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
