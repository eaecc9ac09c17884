using NegotiationSim.Protocols.ExpectedUtility;

namespace NegotiationSim.Forecasting;

/// <summary>
/// Forecasts every case with every model of <see cref="BacktestModels"/> and scores them against the outcomes:
/// the one loop of `negsim backtest` (docs/validation.md).
/// </summary>
/// <remarks>
/// Cases run in parallel, each on one thread with random streams derived from (seed, case index) alone, and results are
/// put together in case order, so the output is bit-identical for any thread count.
/// </remarks>
public static class Backtest
{
    /// <summary>Runs the backtest of <paramref name="cases"/>.</summary>
    public static BacktestResult Run(IReadOnlyList<NegotiationCase> cases, BacktestSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Replicates, 1);
        var models = BacktestModels.All;
        var perCase = new CaseForecast[cases.Count][];
        var nashDefined = new bool[cases.Count];
        var agreement = new double[cases.Count];
        var agreedValues = new double[cases.Count][];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = settings.Threads > 0 ? settings.Threads : Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        Parallel.For(0, cases.Count, options, i =>
        {
            (perCase[i], nashDefined[i], agreement[i], agreedValues[i]) = ForecastCase(cases[i], (ulong)i, settings);
        });

        var forecasts = perCase.SelectMany(f => f).ToList();
        var scores = models.Select(m => ForecastScoring.Score(m, forecasts.Where(f => f.Model == m))).ToList();
        var differences = new List<MaeDifference>();
        for (int m = 0; m < models.Count; m++)
        {
            if (models[m] == BacktestModels.Compromise) continue;
            differences.Add(Difference(models[m], BacktestModels.Compromise, perCase, models, settings.BootstrapResamples,
                settings.Seed ^ (ulong)(m + 1)));
        }
        int nashCases = cases.Count(c => c.HasReferencePoint);
        var simulated = agreement.Where(double.IsFinite).ToList();
        return new BacktestResult(models, forecasts, scores, differences, nashDefined.Count(d => d), nashCases,
            simulated.Count == 0 ? double.NaN : simulated.Average(), agreedValues);
    }

    /// <summary>Every model's forecast of one case, in <see cref="BacktestModels.All"/> order.</summary>
    internal static (CaseForecast[] Forecasts, bool NashDefined, double AgreementRate, double[] Agreed) ForecastCase(NegotiationCase c, ulong key, BacktestSettings settings)
    {
        var nash = NashBargaining.Solve(c);
        var protocol = AlternatingOffersForecast.Sample(c, settings.Protocol, settings.Replicates, settings.Seed, key);
        double compromise = PointForecasts.Compromise(c);
        ForecastSample? all = protocol.Values.Length > 0 ? new ForecastSample(protocol.Values) : null;
        var agreedValues = protocol.Values.Where((_, r) => protocol.Agreed[r]).ToArray();
        // Conditioned on agreement; where no replicate agreed there is nothing to condition on, and the forecast is
        // the compromise point (as the Nash solution falls back to it when undefined).
        ForecastSample? agreed = all is null ? null : new ForecastSample(agreedValues.Length > 0 ? agreedValues : [compromise]);

        var mixture = MixtureForecast.Build(c, agreedValues, settings.Mixture);

        CaseForecast Point(string model, double value) => new(c.Id, c.Proposal, model, value, c.Outcome, null);
        CaseForecast Probabilistic(string model, ForecastSample? sample) =>
            new(c.Id, c.Proposal, model, sample?.Quantile(0.5) ?? double.NaN, c.Outcome, sample);

        CaseForecast[] forecasts =
        [
            Point(BacktestModels.Constant50, PointForecasts.Constant50(c)),
            Point(BacktestModels.ReferencePoint, PointForecasts.ReferencePoint(c)),
            Point(BacktestModels.Mean, PointForecasts.Mean(c)),
            Point(BacktestModels.Median, PointForecasts.Median(c)),
            Point(BacktestModels.Commission, PointForecasts.Commission(c)),
            Point(BacktestModels.Compromise, compromise),
            Point(BacktestModels.Nash, nash.Value),
            Point(BacktestModels.ExpectedUtility, ExpectedUtilityForecast.Forecast(c, ProbabilityMode.AuthorsCode)),
            Point(BacktestModels.ExpectedUtilityPaper, ExpectedUtilityForecast.Forecast(c, ProbabilityMode.Paper)),
            Probabilistic(BacktestModels.AlternatingOffers, all),
            Probabilistic(BacktestModels.AlternatingOffersAgreed, agreed),
            // The mixture's point forecast is its mean (docs/validation.md): the compromise point moved towards the protocol.
            new(c.Id, c.Proposal, BacktestModels.Mixture, mixture.Mean, c.Outcome, mixture),
        ];
        return (forecasts, nash.Defined, protocol.AgreementRate, agreedValues);
    }

    private static MaeDifference Difference(string model, string baseline, CaseForecast[][] perCase, IReadOnlyList<string> models, int resamples, ulong seed)
    {
        int m = IndexOf(models, model), b = IndexOf(models, baseline);
        var mine = new List<double>();
        var theirs = new List<double>();
        foreach (var row in perCase)
        {
            if (!row[m].Scored || !row[b].Scored) continue;
            mine.Add(row[m].AbsoluteError);
            theirs.Add(row[b].AbsoluteError);
        }
        var (d, lo, hi) = ForecastScoring.BootstrapDifference(mine.ToArray(), theirs.ToArray(), resamples, seed);
        return new MaeDifference(model, baseline, mine.Count, d, lo, hi);
    }

    private static int IndexOf(IReadOnlyList<string> models, string model)
    {
        for (int i = 0; i < models.Count; i++) if (models[i] == model) return i;
        throw new ArgumentException($"unknown model {model}", nameof(model));
    }
}
