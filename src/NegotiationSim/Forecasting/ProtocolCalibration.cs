namespace NegotiationSim.Forecasting;

/// <summary>
/// Calibrates the protocol's distributions (<see cref="ProtocolCandidate.Grid"/>) by K-fold cross-validation by
/// proposal, as <see cref="MixtureCrossValidation"/> does for the mixture: every candidate forecasts every issue with a
/// reference point (the protocol's outcomes given agreement, as <see cref="BacktestModels.AlternatingOffersAgreed"/>),
/// and each fold is forecast with the candidate of lowest mean CRPS on the other folds.
/// </summary>
public static class ProtocolCalibration
{
    /// <summary>Runs the calibration on <paramref name="cases"/>; the Monte Carlo streams are those of a backtest with the same seed.</summary>
    public static ProtocolCalibrationResult Run(IReadOnlyList<NegotiationCase> cases, IReadOnlyList<ProtocolCandidate> candidates, int replicates, ulong seed,
        int threads = 0, int folds = 5, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (candidates.Count == 0) throw new ArgumentException("At least one candidate is needed.", nameof(candidates));
        var scored = Enumerable.Range(0, cases.Count).Where(i => cases[i].HasOutcome && cases[i].HasReferencePoint).ToList();
        var forecast = new CaseForecast[candidates.Count][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount, CancellationToken = cancellation };
        for (int g = 0; g < candidates.Count; g++)
        {
            var row = forecast[g] = new CaseForecast[scored.Count];
            var protocol = candidates[g].Protocol;
            Parallel.For(0, scored.Count, options, k =>
            {
                var c = cases[scored[k]];
                var sample = AlternatingOffersForecast.Sample(c, protocol, replicates, seed, (ulong)scored[k]);
                var agreed = sample.Values.Where((_, r) => sample.Agreed[r]).ToArray();
                var distribution = new ForecastSample(agreed.Length > 0 ? agreed : [PointForecasts.Compromise(c)]);
                row[k] = new CaseForecast(c.Id, c.Proposal, candidates[g].Name, distribution.Quantile(0.5), c.Outcome, distribution);
            });
        }
        var crps = forecast.Select(row => row.Select(f => f.Sample!.Crps(f.Outcome)).ToArray()).ToArray();

        var proposals = scored.Select(i => cases[i].Proposal).Distinct().ToList();
        var foldOf = proposals.Select((p, k) => (p, k)).ToDictionary(x => x.p, x => x.k % folds);
        var fold = scored.Select(i => foldOf[cases[i].Proposal]).ToArray();
        var outOfFold = new CaseForecast[scored.Count];
        var chosen = new List<string>();
        for (int f = 0; f < folds; f++)
        {
            int best = 0;
            double bestCrps = double.PositiveInfinity;
            for (int g = 0; g < candidates.Count; g++)
            {
                double sum = 0;
                int n = 0;
                for (int k = 0; k < scored.Count; k++) if (fold[k] != f) { sum += crps[g][k]; n++; }
                if (n > 0 && sum / n < bestCrps) { bestCrps = sum / n; best = g; }
            }
            chosen.Add(candidates[best].Name);
            for (int k = 0; k < scored.Count; k++) if (fold[k] == f) outOfFold[k] = forecast[best][k];
        }

        var compromise = scored.Select(i => new CaseForecast(cases[i].Id, cases[i].Proposal, BacktestModels.Compromise,
            PointForecasts.Compromise(cases[i]), cases[i].Outcome, null)).ToArray();
        var (d, lo, hi) = ForecastScoring.BootstrapDifference(outOfFold.Select(x => x.AbsoluteError).ToArray(),
            compromise.Select(x => x.AbsoluteError).ToArray(), 2000, seed);
        return new ProtocolCalibrationResult(
            candidates.Select((c, g) => ForecastScoring.Score(c.Name, forecast[g])).ToList(), chosen,
            ForecastScoring.Score("protocol (out of fold)", outOfFold), ForecastScoring.Score(BacktestModels.Compromise, compromise),
            new MaeDifference("protocol (out of fold)", BacktestModels.Compromise, scored.Count, d, lo, hi));
    }
}
