using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Tests.Compare;

/// <summary>The paired runner: exact zero differences for identical arms, thread independence, and what common random numbers buy.</summary>
public class PairedRunnerTests
{
    private static Comparison Compare(IReadOnlyList<Experiment> arms, long runs, PairedRunSettings? settings = null, int threads = 1)
    {
        var models = arms.Select(a => new CompiledModel(a.Scenario)).ToList();
        var run = PairedRunner.Run(models, settings ?? PairedRunSettings.Common(runs, 5, models.Count, threads));
        return ComparisonBuilder.Build(run.Paired, arms.Select((_, i) => "arm" + i).ToList());
    }

    [Fact]
    public void TheSameVariantTwiceGivesAPairedDifferenceOfExactlyZeroWithAZeroWidthInterval()
    {
        var file = CompareFiles.Read();
        var tempting = ExperimentReader.Materialise(file, "tempting");
        var c = Compare([tempting, tempting], 5_000);
        Assert.NotEmpty(c.Metrics);
        foreach (var m in c.Metrics)
        {
            var (a, b) = (m.Arms[0], m.Arms[1]);
            Assert.Equal(a.Estimate, b.Estimate);
            Assert.Equal(0.0, b.Difference);
            Assert.Equal(0.0, b.DifferenceLower);
            Assert.Equal(0.0, b.DifferenceUpper);
        }
        // The metrics are not trivially zero: the scenario does escalate and agree sometimes.
        Assert.InRange(c.Find("escalation")!.Arms[0].Estimate, 0.01, 0.99);
        Assert.InRange(c.Find("anyAgreement")!.Arms[0].Estimate, 0.01, 0.99);
    }

    [Fact]
    public void AVariantThatChangesNothingChangesNoMetric()
    {
        var file = CompareFiles.Read();
        var same = ExperimentReader.Materialise(file, "same");
        var c = Compare([file, same], 5_000);
        Assert.All(c.Metrics, m => Assert.True(m.Arms[1].Difference == 0 && m.Arms[1].DifferenceLower == 0 && m.Arms[1].DifferenceUpper == 0, m.Metric.Key));
    }

    [Fact]
    public void EachArmsCountersAreThoseOfAPlainRun()
    {
        // The paired runner adds bookkeeping but never changes what the engine computes.
        var file = CompareFiles.Read();
        var apart = ExperimentReader.Materialise(file, "apart");
        var models = new[] { new CompiledModel(file.Scenario), new CompiledModel(apart.Scenario) };
        var paired = PairedRunner.Run(models, PairedRunSettings.Common(3_000, 9, 2, 2));
        for (int a = 0; a < 2; a++)
            Assert.Equal(MonteCarloRunner.Run(models[a], new RunSettings(3_000, 9, 1)).Outcomes.Counters, paired.Outcomes[a].Counters);
    }

    [Fact]
    public void OneAndTwoThreadsGiveTheSameComparison()
    {
        var file = CompareFiles.Read();
        var arms = new[] { file, ExperimentReader.Materialise(file, "tempting"), ExperimentReader.Materialise(file, "prelude") };
        var one = Compare(arms, 6_000, threads: 1);
        var two = Compare(arms, 6_000, threads: 2);
        Assert.Equal(one.Metrics.SelectMany(m => m.Arms), two.Metrics.SelectMany(m => m.Arms));
    }

    [Fact]
    public void APairedProbabilityDifferenceIsTheDifferenceOfTheEstimates()
    {
        var file = CompareFiles.Read();
        var c = Compare([file, ExperimentReader.Materialise(file, "tempting")], 4_000);
        foreach (var m in c.Metrics.Where(m => m.Metric.Kind == MetricKind.Probability))
            Assert.Equal(m.Arms[1].Estimate - m.Arms[0].Estimate, m.Arms[1].Difference, 12);
        // A better outside option makes c escalate more, significantly.
        Assert.True(c.Find("escalation")!.Arms[1].DifferenceLower > 0);
    }

    [Fact]
    public void CommonRandomNumbersGiveNarrowerIntervalsThanIndependentSeeds()
    {
        // c's outside option moved from 0.5 to 0.52: on common random numbers the two arms escalate differently only
        // where the shared escalation draw falls between the two thresholds.
        var file = CompareFiles.Read();
        Experiment[] arms =
        [
            ExperimentReader.Materialise(file, null, [SettingOverride.Parse("parties.c.outsideOption=0.5")]),
            ExperimentReader.Materialise(file, null, [SettingOverride.Parse("parties.c.outsideOption=0.52")]),
        ];
        var crn = Compare(arms, 6_000, PairedRunSettings.Common(6_000, 5, 2));
        var independent = Compare(arms, 6_000, PairedRunSettings.Independent(6_000, 5, 2));
        double Width(Comparison c) => c.Find("escalation")!.Arms[1].DifferenceUpper - c.Find("escalation")!.Arms[1].DifferenceLower;
        Assert.True(Width(crn) < 0.6 * Width(independent), $"CRN {Width(crn):F4} vs independent {Width(independent):F4}");
        Assert.True(crn.Find("escalation")!.Arms[1].DifferenceLower > 0);
    }

    [Fact]
    public void MetricsAreAlignedByIdAndAbsentWhereAnArmLacksThem()
    {
        var file = CompareFiles.Read();
        var c = Compare([file, ExperimentReader.Materialise(file, "prelude")], 2_000);
        var held = c.Find("held.m0")!;
        Assert.False(held.Arms[0].Present);
        Assert.True(double.IsNaN(held.Arms[0].Estimate));
        Assert.True(held.Arms[1].Present);
        Assert.True(double.IsNaN(held.Arms[1].Difference));
        Assert.True(c.Find("held.m1")!.Arms.All(a => a.Present));
        Assert.Equal(["escalation", "anyAgreement", "ending.completed", "ending.declined", "ending.walkout", "ending.war", "meetingsHeld",
            "agreement.x", "agreement.y", "held.m1", "held.m2", "held.m0", "utility.a", "utility.b", "utility.c"], c.Metrics.Select(m => m.Metric.Key));
    }
}
