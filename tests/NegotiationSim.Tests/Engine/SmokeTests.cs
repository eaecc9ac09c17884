using NegotiationSim.Engine;
using NegotiationSim.Outcomes;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Tests.Engine;

public class SmokeTests
{
    [Fact]
    public void Runs()
    {
        var s = TestScenarios.Bilateral(exponentA: 0.5, exponentB: 2, temperature: 0.02);
        var model = new CompiledModel(s);
        var r = MonteCarloRunner.Run(model, new RunSettings(100000, 1, 1));
        var sum = SummaryBuilder.Build(model, r.Outcomes, 1);
        Console.WriteLine($"{r.Elapsed.TotalMilliseconds} ms; agree {sum.AnyAgreement.Estimate}; rounds {sum.Meetings[0].MeanRounds}");
        Assert.True(sum.AnyAgreement.Estimate > 0.9);
    }
}
