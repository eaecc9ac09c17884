namespace NegotiationSim.Forecasting;

/// <summary>
/// Tunes the shares of the <see cref="MixtureForecast"/> by K-fold cross-validation <b>by proposal</b>: issues of one
/// proposal are negotiated together and are not independent, so a proposal's issues are always held out together.
/// Proposals are dealt to folds in order of first appearance (proposal k to fold k mod K), which needs no random
/// numbers. In each fold the grid point that is best on the other folds by the <see cref="MixtureCriterion"/> is chosen
/// and used on the fold.
/// </summary>
public static class MixtureCrossValidation
{
    /// <summary>Cross-validates on the cases of a finished backtest (which holds the protocol's agreed outcomes).</summary>
    /// <param name="cases">The cases, in the order the backtest ran them.</param>
    /// <param name="result">The backtest of <paramref name="cases"/>.</param>
    /// <param name="folds">K ≥ 2.</param>
    /// <param name="steps">Grid steps per share (10: shares 0, 0.1, …, 1).</param>
    /// <param name="seed">Seed of the bootstrap.</param>
    /// <param name="criterion">How the shares are picked on the training folds.</param>
    public static CrossValidationResult Run(IReadOnlyList<NegotiationCase> cases, BacktestResult result, int folds = 5, int steps = 10, ulong seed = 1,
        MixtureCriterion criterion = MixtureCriterion.MaeThenCrps)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (result.ProtocolAgreed.Count != cases.Count) throw new ArgumentException("The backtest must be of these cases.", nameof(result));
        var grid = MixtureWeights.Grid(steps);
        var scored = Enumerable.Range(0, cases.Count).Where(i => cases[i].HasOutcome).ToList();

        // Every grid point's forecast of every scored case, once.
        var forecast = new CaseForecast[grid.Count][];
        for (int g = 0; g < grid.Count; g++)
        {
            forecast[g] = new CaseForecast[scored.Count];
            for (int k = 0; k < scored.Count; k++)
            {
                var c = cases[scored[k]];
                var sample = MixtureForecast.Build(c, result.ProtocolAgreed[scored[k]], grid[g]);
                forecast[g][k] = new CaseForecast(c.Id, c.Proposal, BacktestModels.Mixture, sample.Mean, c.Outcome, sample);
            }
        }
        var crps = forecast.Select(row => row.Select(f => f.Sample!.Crps(f.Outcome)).ToArray()).ToArray();
        var error = forecast.Select(row => row.Select(f => f.AbsoluteError).ToArray()).ToArray();

        var proposals = scored.Select(i => cases[i].Proposal).Distinct().ToList();
        var foldOf = proposals.Select((p, k) => (p, k)).ToDictionary(x => x.p, x => x.k % folds);
        var fold = scored.Select(i => foldOf[cases[i].Proposal]).ToArray();

        double Mean(double[] values, Func<int, bool> include)
        {
            double sum = 0;
            int n = 0;
            for (int k = 0; k < values.Length; k++) if (include(k)) { sum += values[k]; n++; }
            return n > 0 ? sum / n : double.PositiveInfinity;
        }

        // Lowest score wins; ties go to the earlier grid point (more weight on the compromise point).
        int Best(Func<int, bool> include)
        {
            bool Allowed(int g) => true;
            double protocol = double.NaN;
            if (criterion == MixtureCriterion.MaeThenCrps)
            {
                int byError = ArgMin(g => Mean(error[g], include), Allowed);
                protocol = grid[byError].Protocol;
            }
            return ArgMin(g => Mean(crps[g], include), g => double.IsNaN(protocol) || grid[g].Protocol == protocol);
        }

        int ArgMin(Func<int, double> score, Func<int, bool> allowed)
        {
            int best = -1;
            double bestScore = double.PositiveInfinity;
            for (int g = 0; g < grid.Count; g++)
            {
                if (!allowed(g)) continue;
                double value = score(g);
                if (best < 0 || value < bestScore) { bestScore = value; best = g; }
            }
            return best;
        }

        var outOfFold = new CaseForecast[scored.Count];
        var foldResults = new List<CrossValidationFold>();
        for (int f = 0; f < folds; f++)
        {
            int chosen = Best(k => fold[k] != f);
            int issues = 0;
            for (int k = 0; k < scored.Count; k++)
                if (fold[k] == f) { outOfFold[k] = forecast[chosen][k]; issues++; }
            foldResults.Add(new CrossValidationFold(f, foldOf.Count(x => x.Value == f), issues, grid[chosen]));
        }
        int all = Best(_ => true);

        var compromise = scored.Select(i => new CaseForecast(cases[i].Id, cases[i].Proposal, BacktestModels.Compromise,
            PointForecasts.Compromise(cases[i]), cases[i].Outcome, null)).ToArray();
        var (d, lo, hi) = ForecastScoring.BootstrapDifference(outOfFold.Select(x => x.AbsoluteError).ToArray(),
            compromise.Select(x => x.AbsoluteError).ToArray(), 2000, seed);
        return new CrossValidationResult(foldResults,
            ForecastScoring.Score("mixture (out of fold)", outOfFold),
            ForecastScoring.Score(BacktestModels.Compromise, compromise),
            new MaeDifference("mixture (out of fold)", BacktestModels.Compromise, scored.Count, d, lo, hi),
            grid[all], ForecastScoring.Score("mixture (tuned on all)", forecast[all]));
    }
}
