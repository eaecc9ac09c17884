using NegotiationSim.Engine.Sampling;


namespace NegotiationSim.Inference;

/// <summary>
/// Sequential Monte Carlo ABC with an adaptive tolerance (Del Moral, Doucet &amp; Jasra 2012), in the standard-normal
/// coordinates of <see cref="ParameterSpace"/>. Each particle carries the histogram of its K replicates' distances, so
/// reweighting to a tighter tolerance ε_t needs no new simulation: w_i ← w_i · A_i(ε_t) / A_i(ε_{t−1}), with A_i(ε)
/// the replicates within ε. The distance is a whole number of patterns, so the schedule steps down one or more
/// levels at a time: the lowest level that keeps at least α of the effective sample size, and at least one level.
/// The population is resampled (systematic) when the ESS falls below n/2, then every particle takes one
/// Metropolis–Hastings step: a Gaussian random walk in z with per-coordinate scale c·sd_s (weighted sd of the
/// population), accepted with min(1, φ(z′)A′(ε_t) / φ(z)A(ε_t)) — a pseudo-marginal move that leaves the ABC
/// posterior at ε_t invariant. The scale c starts at 2.38/√d and adapts to keep acceptance between 15% and 40%.
/// </summary>
internal static class SmcAbc
{
    private static readonly ulong MoveKey = RandomStream.KeyOf("abc.move");
    private static readonly ulong ResampleKey = RandomStream.KeyOf("abc.resample");

    public static AbcResult Run(ParameterSpace space, ParticleSimulator simulator, AbcSettings settings, ulong observed, CancellationToken cancellation)
    {
        int n = settings.Draws, d = space.Dimension, levels = simulator.Levels, k = settings.ReplicatesPerDraw;
        int target = Math.Clamp(settings.Tolerance, 0, levels - 1);
        var z = new double[n * d];
        var theta = new double[n * d];
        var first = new long[n];
        for (int i = 0; i < n; i++)
        {
            Abc.PriorDraw(settings.Seed, i, z.AsSpan(i * d, d));
            space.Values(z.AsSpan(i * d, d), theta.AsSpan(i * d, d));
            first[i] = (long)i * k;
        }
        var prior = (double[])theta.Clone();
        var histogram = new int[n * levels];
        simulator.Simulate(theta, n, first, histogram, cancellation);

        var weights = Enumerable.Repeat(1.0 / n, n).ToArray();
        int tolerance = levels - 1;
        var generations = new List<AbcGeneration> { new(0, tolerance, n, false, double.NaN, simulator.Simulations) };
        double scale = 2.38 / Math.Sqrt(d);
        var zNew = new double[n * d];
        var thetaNew = new double[n * d];
        var histNew = new int[n * levels];
        var candidate = new double[n];

        // One Metropolis–Hastings move per particle with positive weight, at the current tolerance.
        double Move(int g)
        {
            var sd = WeightedSd(z, weights, n, d);
            for (int i = 0; i < n; i++)
            {
                var rng = RandomStream.For(settings.Seed, (long)g * n + i, MoveKey);
                for (int s = 0; s < d; s++) zNew[i * d + s] = z[i * d + s] + scale * sd[s] * Ziggurat.Next(ref rng);
                space.Values(zNew.AsSpan(i * d, d), thetaNew.AsSpan(i * d, d));
                first[i] = ((long)g * n + i) * k;
            }
            simulator.Simulate(thetaNew, n, first, histNew, cancellation);
            int moved = 0, tried = 0;
            for (int i = 0; i < n; i++)
            {
                if (weights[i] <= 0) continue;
                tried++;
                int a = Abc.Within(histogram, i, levels, tolerance), aNew = Abc.Within(histNew, i, levels, tolerance);
                double logRatio = 0;
                for (int s = 0; s < d; s++) logRatio += 0.5 * (z[i * d + s] * z[i * d + s] - zNew[i * d + s] * zNew[i * d + s]);
                var rng = RandomStream.For(settings.Seed, (long)g * n + i, MoveKey + 1);
                double u = rng.NextDouble();
                bool accept = aNew > 0 && (a == 0 || Math.Log(u) < logRatio + Math.Log((double)aNew / a));
                if (!accept) continue;
                moved++;
                Array.Copy(zNew, i * d, z, i * d, d);
                Array.Copy(thetaNew, i * d, theta, i * d, d);
                Array.Copy(histNew, i * levels, histogram, i * levels, levels);
            }
            double rate = tried > 0 ? (double)moved / tried : double.NaN;
            if (rate < 0.15) scale *= 0.7; else if (rate > 0.4) scale *= 1.3;
            return rate;
        }

        for (int g = 1; tolerance > target && g <= settings.MaxGenerations; g++)
        {
            cancellation.ThrowIfCancellationRequested();
            // Next tolerance: the lowest level that keeps α of the ESS; at least one level down.
            double essBefore = Abc.Ess(weights);
            int next = tolerance - 1;
            for (int e = tolerance - 1; e >= target; e--)
            {
                Reweight(weights, histogram, levels, tolerance, e, candidate);
                if (Abc.Ess(candidate) >= settings.EssFraction * essBefore) next = e; else break;
            }
            Reweight(weights, histogram, levels, tolerance, next, candidate);
            Array.Copy(candidate, weights, n);
            tolerance = next;
            double ess = Abc.Ess(weights);
            int alive = weights.Count(w => w > 0);
            if (alive == 0) Abc.RequireEss(0, 0, settings, tolerance);
            Normalise(weights);

            bool resampled = false;
            if (ess < n / 2.0)
            {
                var rng = RandomStream.For(settings.Seed, g, ResampleKey);
                var picks = Systematic(weights, n, rng.NextDouble());
                var zCopy = (double[])z.Clone();
                var thetaCopy = (double[])theta.Clone();
                var histCopy = (int[])histogram.Clone();
                for (int i = 0; i < n; i++)
                {
                    Array.Copy(zCopy, picks[i] * d, z, i * d, d);
                    Array.Copy(thetaCopy, picks[i] * d, theta, i * d, d);
                    Array.Copy(histCopy, picks[i] * levels, histogram, i * levels, levels);
                }
                Array.Fill(weights, 1.0 / n);
                resampled = true;
            }

            double acceptance = Move(g);
            generations.Add(new AbcGeneration(g, tolerance, ess, resampled, acceptance, simulator.Simulations));
        }

        // Further moves at the final tolerance: at ε = 0 a move is accepted rarely (the likelihood estimate is a share
        // of K replicates), so resampled copies need a few more chances to spread before the sample is reported.
        if (tolerance == target)
            for (int extra = 0; extra < settings.FinalMoves; extra++)
            {
                int g = generations.Count;
                double rate = Move(g);
                var previous = generations[^1];
                generations.Add(new AbcGeneration(g, tolerance, previous.Ess, false, rate, simulator.Simulations));
            }
        int accepted = weights.Count(w => w > 0);
        // The ESS that measures how much the record selected is the one at the final reweighting, before resampling
        // evened the weights (after it, (Σw)²/Σw² is n whatever was lost); the acceptance rate is that of the final moves.
        var last = generations[^1];
        double finalEss = Math.Min(last.Ess, Abc.Ess(weights));
        if (tolerance > target)
            throw new AbcRefusedException($"the tolerance reached {tolerance} pattern(s), not {target}, in {settings.MaxGenerations} generations; raise --draws or --replicates, or loosen --tolerance");
        Abc.RequireEss(finalEss, accepted, settings, tolerance);
        Normalise(weights);
        return new AbcResult(settings, space.Paths, theta, z, weights, prior, simulator.Simulations,
            last.MoveAcceptance, accepted, finalEss, generations, observed);
    }

    private static void Reweight(double[] weights, int[] histogram, int levels, int from, int to, double[] result)
    {
        for (int i = 0; i < weights.Length; i++)
        {
            int before = Abc.Within(histogram, i, levels, from), after = Abc.Within(histogram, i, levels, to);
            result[i] = before > 0 ? weights[i] * after / before : 0;
        }
    }

    private static void Normalise(double[] w)
    {
        double s = w.Sum();
        if (s > 0) for (int i = 0; i < w.Length; i++) w[i] /= s;
    }

    private static double[] WeightedSd(double[] z, double[] w, int n, int d)
    {
        var sd = new double[d];
        for (int s = 0; s < d; s++)
        {
            double m = 0, sw = 0;
            for (int i = 0; i < n; i++) { m += w[i] * z[i * d + s]; sw += w[i]; }
            m /= sw;
            double v = 0;
            for (int i = 0; i < n; i++) { double e = z[i * d + s] - m; v += w[i] * e * e; }
            // A coordinate the population has collapsed on still moves a little, so that it can recover.
            sd[s] = Math.Max(Math.Sqrt(v / sw), 0.05);
        }
        return sd;
    }

    /// <summary>Systematic resampling: <paramref name="count"/> indices drawn by the normalised weights from one uniform.</summary>
    internal static int[] Systematic(double[] weights, int count, double u)
    {
        var picks = new int[count];
        double total = weights.Sum(), cumulative = weights[0] / total;
        int j = 0;
        for (int i = 0; i < count; i++)
        {
            double point = (i + u) / count;
            while (point > cumulative && j < weights.Length - 1) cumulative += weights[++j] / total;
            picks[i] = j;
        }
        return picks;
    }
}
