using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Experiments;

/// <summary>
/// Every experiments/*.json (found by walking up to NegotiationSim.sln) reads without error, states its question,
/// and its base and every variant materialise and run 500 replicates on a fixed seed.
/// </summary>
public class ShippedExperimentsTests
{
    private const long Replicates = 500;
    private const ulong Seed = 1;

    public static TheoryData<string> Files => [.. Repository.ExperimentFiles().Select(f => Path.GetFileName(f))];

    [Fact]
    public void The_experiments_folder_holds_the_shipped_files()
    {
        var names = Repository.ExperimentFiles().Select(f => Path.GetFileName(f)).ToList();
        Assert.Contains("nato-russia-2022.json", names);
        Assert.Contains("logroll-package.json", names);
        Assert.Contains("bloc-rules.json", names);
        Assert.Contains("walkout-and-escalation.json", names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_arm_of_a_shipped_experiment_runs(string name)
    {
        string path = Repository.File("experiments/" + name);
        Assert.Empty(ExperimentReader.ValidateFile(path));
        var file = ExperimentReader.ReadFile(path);
        Assert.False(string.IsNullOrWhiteSpace(file.Scenario.Description), name + " has no description");
        Assert.NotEmpty(file.Variants);
        Assert.All(file.Variants, v => Assert.False(string.IsNullOrWhiteSpace(v.Description), $"{name}: variant {v.Name} has no description"));

        foreach (string? variant in file.Variants.Select(v => v.Name).Prepend(null))
        {
            var model = new CompiledModel(ExperimentReader.Materialise(file, variant).Scenario);
            var result = MonteCarloRunner.Run(model, new RunSettings(Replicates, Seed, 1));
            Assert.Equal(Replicates, result.Completed);
            var summary = SummaryBuilder.Build(model, result.Outcomes, Seed);
            Assert.Equal(Replicates, summary.Replicates);
            double endings = summary.Completed.Estimate + summary.Declined.Estimate + summary.Walkout.Estimate + summary.EndedByWar!.Estimate;
            Assert.Equal(1.0, endings, 12);
        }
    }
}
