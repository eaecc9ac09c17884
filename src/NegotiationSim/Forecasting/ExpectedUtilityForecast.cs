using NegotiationSim.Protocols.ExpectedUtility;

namespace NegotiationSim.Forecasting;

/// <summary>
/// The expected-utility model's forecast of one case (Bueno de Mesquita 1994, as formalised by Scholz, Calbert &amp;
/// Smith 2011; docs/expected-utility.md): the kernel runs on the involved actors (capability, position, salience / 100)
/// with R the spread of their positions, and the forecast is the median-voter position of the last round, the
/// model's own prediction. Q = T = 1 and the authors'-code readings, as validated on the EC case.
/// </summary>
public static class ExpectedUtilityForecast
{
    /// <summary>Rounds run per case: the eight of Scholz et al.'s Table 2 (the kernel stops early once positions settle).</summary>
    public const int DefaultRounds = 8;

    /// <summary>Forecasts <paramref name="case"/> with the given normalisation of the probability of success.</summary>
    /// <remarks>
    /// Where all positions coincide the model has nothing to do and the forecast is that position; where no actor has
    /// capability × salience &gt; 0 it is the plain mean (the kernel needs some weight).
    /// </remarks>
    public static double Forecast(NegotiationCase @case, ProbabilityMode probability, int rounds = DefaultRounds)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        int n = @case.Actors.Count;
        var capability = new double[n];
        var position = new double[n];
        var salience = new double[n];
        double min = double.PositiveInfinity, max = double.NegativeInfinity, weight = 0;
        for (int i = 0; i < n; i++)
        {
            var a = @case.Actors[i];
            capability[i] = a.Capability;
            position[i] = a.Position;
            salience[i] = Math.Clamp(a.Salience / 100, 0, 1);
            weight += capability[i] * salience[i];
            min = Math.Min(min, a.Position);
            max = Math.Max(max, a.Position);
        }
        if (!(max > min)) return min;
        if (!(weight > 0)) return PointForecasts.Mean(@case);

        var settings = new ExpectedUtilitySettings(rounds, max - min) { Probability = probability };
        int rows = rounds + 1;
        double[] positions = new double[rows * n], median = new double[rows], mean = new double[rows], weightedMedian = new double[rows];
        ExpectedUtilityKernel.Run(capability, position, salience, settings, new ExpectedUtilityWorkspace(n),
            new ExpectedUtilityTrajectory(positions, median, mean, weightedMedian));
        return median[rounds];
    }
}
