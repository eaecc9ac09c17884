using NegotiationSim.Forecasting;
using NegotiationSim.Protocols.ExpectedUtility;
using static NegotiationSim.Tests.Forecasting.Cases;

namespace NegotiationSim.Tests.Forecasting;

public class ExpectedUtilityForecastTests
{
    /// <summary>Scholz, Calbert &amp; Smith's (2011) EC case (Table 1: capability, position in years, salience in percent).</summary>
    private static readonly NegotiationCase Ec = Case(double.NaN, double.NaN,
        A("Netherlands", 4, 80, 0.08), A("Belgium", 7, 40, 0.08), A("Luxembourg", 4, 20, 0.03), A("Germany", 4, 80, 0.16),
        A("France", 10, 60, 0.16), A("Italy", 10, 60, 0.16), A("UK", 10, 90, 0.16), A("Ireland", 7, 10, 0.05),
        A("Denmark", 4, 100, 0.05), A("Greece", 7, 70, 0.08));

    [Fact]
    public void The_forecast_is_the_median_voter_after_eight_rounds_as_in_the_EC_case()
    {
        // docs/expected-utility.md §4: the median voter after round 8 is 9.671 (published 9.6, truncated).
        Assert.Equal(9.671, ExpectedUtilityForecast.Forecast(Ec, ProbabilityMode.AuthorsCode), 3);
        // The paper's probability keeps the median at 7 from round 1 on (§4, "probability: paper").
        Assert.Equal(7.0, ExpectedUtilityForecast.Forecast(Ec, ProbabilityMode.Paper), 9);
    }

    [Fact]
    public void One_shared_position_is_the_forecast_and_no_weight_gives_the_plain_mean()
    {
        Assert.Equal(40, ExpectedUtilityForecast.Forecast(Case(0, 0, A("a", 40), A("b", 40)), ProbabilityMode.AuthorsCode));
        Assert.Equal(50, ExpectedUtilityForecast.Forecast(Case(0, 0, A("a", 20, salience: 0), A("b", 80, salience: 0)), ProbabilityMode.AuthorsCode));
    }
}
