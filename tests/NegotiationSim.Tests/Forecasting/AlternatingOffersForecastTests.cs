using NegotiationSim.Forecasting;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class AlternatingOffersForecastTests
{
    /// <summary>Linear concession from the start, strict acceptance, one order, 5 rounds per actor: docs/model.md §4.10's setting.</summary>
    private static readonly ProtocolDistributions WorkedExample = new(Distribution.Fixed(1), Distribution.Fixed(0), Distribution.Fixed(0), 5, 1);

    [Fact]
    public void Two_linear_actors_agree_where_the_worked_example_of_the_model_says()
    {
        // §4.10, first line: A (ideal 0.7, proposes first) and B (0.3), status quo 0, T = 10, e = 1: agreed in round 5 at 7/18.
        // "com" goes first by construction, so A is the Commission here.
        var c = Case(0, double.NaN, A("com", 70), A("de", 30));
        var sample = AlternatingOffersForecast.Sample(c, WorkedExample, 20, seed: 1, caseKey: 0);
        Assert.Equal(20, sample.Values.Length);
        Assert.All(sample.Agreed, Assert.True);
        Assert.All(sample.Values, v => Assert.Equal(100 * 7.0 / 18, v, 9));
        Assert.Equal(1, sample.AgreementRate);
    }

    [Fact]
    public void Uncertain_parameters_give_a_spread_and_the_same_seed_the_same_sample()
    {
        var c = Case(10, 50, A("com", 80), A("de", 20, salience: 90), A("fr", 60), A("it", 40, salience: 20));
        var first = AlternatingOffersForecast.Sample(c, ProtocolDistributions.Default, 400, seed: 7, caseKey: 3);
        var again = AlternatingOffersForecast.Sample(c, ProtocolDistributions.Default, 400, seed: 7, caseKey: 3);
        var other = AlternatingOffersForecast.Sample(c, ProtocolDistributions.Default, 400, seed: 8, caseKey: 3);
        Assert.Equal(first.Values, again.Values);
        Assert.Equal(first.Agreed, again.Agreed);
        Assert.NotEqual(first.Values, other.Values);
        Assert.True(first.Values.Distinct().Count() > 10);
        Assert.All(first.Values, v => Assert.InRange(v, 0, 100));
        // Without agreement the value is the reference point.
        for (int r = 0; r < first.Values.Length; r++)
            if (!first.Agreed[r]) Assert.Equal(10, first.Values[r], 9);
    }

    [Fact]
    public void Without_a_reference_point_there_is_nothing_to_simulate()
    {
        var sample = AlternatingOffersForecast.Sample(Case(double.NaN, 50, A("com", 80), A("de", 20)), ProtocolDistributions.Default, 100, 1, 0);
        Assert.Empty(sample.Values);
        Assert.True(double.IsNaN(sample.AgreementRate));
    }

    [Fact]
    public void The_factory_folds_salience_into_capability_and_puts_the_Commission_first()
    {
        var c = Case(30, 0, A("de", 20, salience: 40, capability: 10), A("com", 80, salience: 50, capability: 2));
        var scenario = CaseScenarioFactory.Build(c, [1, 0], ProtocolDistributions.Default);
        Assert.Single(scenario.Items);
        Assert.Equal(0.3, scenario.Items[0].StatusQuo.A, 12);
        Assert.Equal(["com#1", "de#0"], scenario.Meetings[0].Participants);
        Assert.Equal(2 * 2, scenario.Meetings[0].Rounds);
        Assert.Equal(2 * 50 / 100.0, scenario.Parties[0].Capability.A, 12);
        Assert.Equal(10 * 40 / 100.0, scenario.Parties[1].Capability.A, 12);
        Assert.Throws<ArgumentException>(() => CaseScenarioFactory.Build(c, [0, 0], ProtocolDistributions.Default));
    }
}
