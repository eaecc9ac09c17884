namespace NegotiationSim.Inference;

/// <summary>
/// A weighted posterior sample of the experiment's uncertain parameters, with the prior sample it came from and the
/// diagnostics of the run (docs/validation.md, "Inference").
/// </summary>
public sealed class AbcResult
{
    internal AbcResult(AbcSettings settings, IReadOnlyList<string> paths, double[] theta, double[] z, double[] weights, double[] prior,
        long simulations, double acceptanceRate, int acceptedDraws, double ess, IReadOnlyList<AbcGeneration> generations, ulong observed)
    {
        Settings = settings; Paths = paths; Theta = theta; Z = z; Weights = weights; Prior = prior;
        Simulations = simulations; AcceptanceRate = acceptanceRate; AcceptedDraws = acceptedDraws; Ess = ess;
        Generations = generations; Observed = observed;
    }

    /// <summary>How it was run.</summary>
    public AbcSettings Settings { get; }

    /// <summary>The parameters' setting paths.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Number of parameters, d.</summary>
    public int Dimension => Paths.Count;

    /// <summary>Number of particles, n.</summary>
    public int Count => Weights.Length;

    /// <summary>Posterior particles, row-major n × d, in the parameters' own units.</summary>
    public double[] Theta { get; }

    /// <summary>The same particles in the standard-normal coordinates of <see cref="ParameterSpace"/>.</summary>
    public double[] Z { get; }

    /// <summary>Normalised weights (sum 1).</summary>
    public double[] Weights { get; }

    /// <summary>The prior sample the run started from, row-major × d (unweighted).</summary>
    public double[] Prior { get; }

    /// <summary>Replicates simulated in all.</summary>
    public long Simulations { get; }

    /// <summary>Rejection: share of all replicates within the tolerance. SMC: share of the final generation's Metropolis–Hastings moves accepted.</summary>
    public double AcceptanceRate { get; }

    /// <summary>Particles with positive weight.</summary>
    public int AcceptedDraws { get; }

    /// <summary>Effective sample size of the weights, (Σw)²/Σw²; for SMC, at the final reweighting (before resampling).</summary>
    public double Ess { get; }

    /// <summary>Distinct particles (SMC resamples: copies of one particle count once).</summary>
    public int Distinct
    {
        get
        {
            var seen = new HashSet<(double, double)>();
            for (int i = 0; i < Count; i++)
                if (Weights[i] > 0) seen.Add((Z[i * Dimension], Dimension > 1 ? Z[i * Dimension + 1] : 0));
            return seen.Count;
        }
    }

    /// <summary>The tolerance schedule (one entry for rejection ABC).</summary>
    public IReadOnlyList<AbcGeneration> Generations { get; }

    /// <summary>The record as a mask of pattern truth values.</summary>
    public ulong Observed { get; }

    /// <summary>Posterior mean of parameter <paramref name="p"/>.</summary>
    public double Mean(int p) => Moments(Theta, Weights, p).Mean;

    /// <summary>Posterior sd of parameter <paramref name="p"/>.</summary>
    public double Sd(int p) => Moments(Theta, Weights, p).Sd;

    /// <summary>Prior mean of parameter <paramref name="p"/>, from the prior sample.</summary>
    public double PriorMean(int p) => Moments(Prior, null, p).Mean;

    /// <summary>Prior sd of parameter <paramref name="p"/>, from the prior sample.</summary>
    public double PriorSd(int p) => Moments(Prior, null, p).Sd;

    /// <summary>Column <paramref name="p"/> of a row-major sample.</summary>
    public double[] Column(double[] sample, int p)
    {
        int n = sample.Length / Dimension;
        var column = new double[n];
        for (int i = 0; i < n; i++) column[i] = sample[i * Dimension + p];
        return column;
    }

    /// <summary>
    /// Indices of <paramref name="count"/> particles drawn by their weights (systematic resampling, deterministic for a
    /// seed): an equally weighted posterior sample, e.g. for the posterior predictive.
    /// </summary>
    public int[] Resample(int count, ulong seed)
    {
        var rng = Engine.Sampling.RandomStream.For(seed, 0, Engine.Sampling.RandomStream.KeyOf("abc.posterior-resample"));
        return SmcAbc.Systematic(Weights, count, rng.NextDouble());
    }

    private (double Mean, double Sd) Moments(double[] sample, double[]? weights, int p)
    {
        int n = sample.Length / Dimension;
        double sw = 0, m = 0;
        for (int i = 0; i < n; i++) { double w = weights?[i] ?? 1; sw += w; m += w * sample[i * Dimension + p]; }
        m /= sw;
        double v = 0;
        for (int i = 0; i < n; i++) { double w = weights?[i] ?? 1, e = sample[i * Dimension + p] - m; v += w * e * e; }
        return (m, Math.Sqrt(v / sw));
    }
}
