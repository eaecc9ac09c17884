using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Experiments;
using NegotiationSim.Inference;
using NegotiationSim.Outcomes;
using NegotiationSim.Scenarios;
using NegotiationSim.Tests.Validation;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Tests.Inference;

public class AbcTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Scenario Default = ExperimentReader.ReadFile(Repository.File("experiments/nato-russia-2022.json")).Scenario;

    // One meeting; b attends with probability p ~ Beta(2, 2). The record "b stayed away" has likelihood 1 − p, so the
    // posterior is Beta(2, 3): mean 0.4, sd 0.2.
    private static (CompiledModel Model, PatternSet Patterns) Conjugate()
    {
        var scenario = TestScenarios.Bilateral(attendanceB: Distribution.Beta(2, 2));
        var patterns = new PatternSet("t", "", scenario.Name,
            [new RecordPattern("declined", "b stayed away", "", "", false, [new(PatternConditionKind.MeetingDeclined, 0, true)])]);
        return (new CompiledModel(scenario), patterns);
    }

    [Fact]
    public void A_replicate_with_its_parameters_fixed_is_the_replicate()
    {
        var model = new CompiledModel(Default);
        var space = new ParameterSpace(model);
        var worker = space.NewWorkerModel();
        var ws = new Workspace(model);
        var theta = new double[space.Dimension];
        for (long r = 0; r < 40; r++)
        {
            ReplicateBlock.SampleOne(model, 20220120, r).CopyTo(ws.Parameters, 0);
            for (int s = 0; s < theta.Length; s++) theta[s] = ws.Parameters[model.SlotTarget[s]];
            ParameterSpace.Fix(worker, theta);
            var a = ReplicateRecord.Inspect(model, 20220120, r);
            var b = ReplicateRecord.Inspect(worker, 20220120, r);
            Assert.Equal(a.Ending, b.Ending);
            Assert.Equal(a.MeetingsHeld, b.MeetingsHeld);
            Assert.Equal(a.Agreed, b.Agreed);
            Assert.Equal(a.Value, b.Value);
            Assert.Equal(a.Escalated, b.Escalated);
            Assert.Equal(a.Utility, b.Utility);
        }
    }

    [Fact]
    public void The_parameter_space_is_the_engines_prior()
    {
        var model = new CompiledModel(Default);
        var space = new ParameterSpace(model);
        var ws = new Workspace(model);
        const int n = 8000;
        int d = space.Dimension;
        var engine = new double[d];
        var mapped = new double[d];
        var sq = new double[d];
        var z = new double[d];
        var theta = new double[d];
        for (int r = 0; r < n; r++)
        {
            ReplicateBlock.SampleOne(model, 7, r).CopyTo(ws.Parameters, 0);
            Abc.PriorDraw(7, r, z);
            space.Values(z, theta);
            for (int s = 0; s < d; s++)
            {
                double v = ws.Parameters[model.SlotTarget[s]];
                engine[s] += v; sq[s] += v * v; mapped[s] += theta[s];
            }
        }
        for (int s = 0; s < d; s++)
        {
            double mean = engine[s] / n, sd = Math.Sqrt(Math.Max(sq[s] / n - mean * mean, 0));
            // two independent means of n draws: their difference has sd √2·sd/√n; 5 of those is a failure
            Assert.True(Math.Abs(mapped[s] / n - mean) <= 5 * Math.Sqrt(2.0 / n) * sd + 1e-9, $"{space.Paths[s]}: {mapped[s] / n} vs {mean}");
        }
    }

    [Theory]
    [InlineData(AbcMethod.Rejection)]
    [InlineData(AbcMethod.Smc)]
    public void Abc_recovers_the_conjugate_posterior(AbcMethod method)
    {
        var (model, patterns) = Conjugate();
        var result = Abc.Run(model, patterns, new AbcSettings(method, 4000, 4, 0, 11, Threads: 2));
        output.WriteLine($"{method}: posterior mean {result.Mean(0):0.0000}, sd {result.Sd(0):0.0000} (Beta(2, 3): 0.4, 0.2); ESS {result.Ess:0}; simulations {result.Simulations}");
        Assert.Equal(0.4, result.Mean(0), 0.02);
        Assert.Equal(0.2, result.Sd(0), 0.02);
        Assert.Equal(0.5, result.PriorMean(0), 0.02);
        Assert.True(result.Ess > 1000);
        // and the other record: b attended, posterior Beta(3, 2)
        var held = Abc.Run(model, patterns, 0, new AbcSettings(method, 4000, 4, 0, 11, Threads: 2));
        Assert.Equal(0.6, held.Mean(0), 0.02);
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var (model, patterns) = Conjugate();
        var one = Abc.Run(model, patterns, new AbcSettings(AbcMethod.Smc, 300, 3, 0, 5, Threads: 1));
        var two = Abc.Run(model, patterns, new AbcSettings(AbcMethod.Smc, 300, 3, 0, 5, Threads: 2));
        Assert.Equal(one.Weights, two.Weights);
        Assert.Equal(one.Theta, two.Theta);
    }

    [Fact]
    public void Too_few_accepted_draws_are_refused()
    {
        var (model, patterns) = Conjugate();
        var e = Assert.Throws<AbcRefusedException>(() => Abc.Run(model, patterns, new AbcSettings(AbcMethod.Rejection, 50, 1, 0, 3, MinimumEss: 100)));
        Assert.Contains("no posterior is reported", e.Message, StringComparison.Ordinal);
    }

    // Two meetings, b's attendance and a's walkout hazard uncertain; the record says which meetings were held and
    // whether a walkout happened.
    private static (CompiledModel, PatternSet) Small()
    {
        var items = new[] { TestScenarios.Item("x"), TestScenarios.Item("y") };
        var a = TestScenarios.Party("a", TestScenarios.Positions(("x", TestScenarios.At(0.1)), ("y", TestScenarios.At(0.2, 0.5))));
        a = a with { WalkoutHazard = Distribution.Uniform(0, 0.2) };
        var b = TestScenarios.Party("b", TestScenarios.Positions(("x", TestScenarios.At(0.9, 0.5)), ("y", TestScenarios.At(0.8))), attendance: Distribution.Beta(2, 2));
        var scenario = TestScenarios.Scenario(items, [a, b],
            [TestScenarios.Meeting("m1", ["a", "b"], ["x"], 10), TestScenarios.Meeting("m2", ["a", "b"], ["y"], 10)], endOnDecline: false);
        var patterns = new PatternSet("t", "", scenario.Name,
        [
            new RecordPattern("m1", "", "", "", false, [new(PatternConditionKind.MeetingHeld, 0, true)]),
            new RecordPattern("m2", "", "", "", false, [new(PatternConditionKind.MeetingHeld, 1, true)]),
            new RecordPattern("walkout", "", "", "", false, [new(PatternConditionKind.AnyWalkout, 0, true)]),
        ]);
        return (new CompiledModel(scenario), patterns);
    }

    [Fact]
    public void Simulation_based_calibration_gives_uniform_ranks()
    {
        var (model, patterns) = Small();
        var sbc = SimulationBasedCalibration.Run(model, patterns, draws: 3000, replicatesPerDraw: 4, records: 300, seed: 2018, threads: 2);
        Assert.Equal(2, sbc.Paths.Count);
        Assert.Equal(0, sbc.Skipped);
        // χ² with 9 degrees of freedom: 27.88 is its 0.999 quantile
        for (int p = 0; p < 2; p++) Assert.True(sbc.ChiSquare(p) < 27.88, $"{sbc.Paths[p]}: χ² {sbc.ChiSquare(p):0.0}");
        Assert.InRange(sbc.Coverage(0, 0.9), 0.84, 0.96);
        for (int p = 0; p < 2; p++)
            output.WriteLine($"SBC {sbc.Paths[p]}: chi2(9) {sbc.ChiSquare(p):0.0}, coverage 50% {sbc.Coverage(p, 0.5):0.000}, 90% {sbc.Coverage(p, 0.9):0.000}, records {sbc.Records}, simulations {sbc.Simulations}");

        // Negative control: inferring from the opposite record must show up as non-uniform ranks.
        var wrong = SimulationBasedCalibration.Run(model, patterns, draws: 3000, replicatesPerDraw: 4, records: 300, seed: 2018, threads: 2, flipRecord: true);
        Assert.True(wrong.ChiSquare(0) > 27.88, $"χ² {wrong.ChiSquare(0):0.0}");
        output.WriteLine($"SBC negative control (record inverted): chi2(9) {wrong.ChiSquare(0):0.0}, {wrong.ChiSquare(1):0.0}; coverage 90% {wrong.Coverage(0, 0.9):0.000}");
    }
}
