using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Sampling;


namespace NegotiationSim.Inference;

/// <summary>
/// Approximate Bayesian computation over an experiment's uncertain parameters given a record of observed patterns
/// (docs/validation.md, "Inference"). The prior is the experiment file's distributions (<see cref="ParameterSpace"/>);
/// a replicate reproduces the record when at most <see cref="AbcSettings.Tolerance"/> patterns differ from it; a
/// parameter vector's ABC likelihood is the probability of that, estimated by the share of its K replicates that do.
/// </summary>
public static class Abc
{
    /// <summary>Infers the posterior of <paramref name="model"/>'s uncertain parameters given that every pattern held.</summary>
    /// <exception cref="AbcRefusedException">Too few draws reproduce the record for a posterior (effective sample size below the minimum).</exception>
    public static AbcResult Run(CompiledModel model, PatternSet patterns, AbcSettings settings, CancellationToken cancellation = default) =>
        Run(model, patterns, patterns.AllHeld, settings, cancellation);

    /// <summary>Infers the posterior given the record <paramref name="observed"/> (bit p: whether pattern p held).</summary>
    /// <exception cref="AbcRefusedException">Too few draws reproduce the record for a posterior.</exception>
    public static AbcResult Run(CompiledModel model, PatternSet patterns, ulong observed, AbcSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Draws, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ReplicatesPerDraw, 1);
        if (model.UncertainParameters == 0) throw new AbcRefusedException("the experiment has no uncertain parameters: there is nothing to infer");
        var space = new ParameterSpace(model);
        var simulator = new ParticleSimulator(space, patterns, observed, settings.ReplicatesPerDraw, settings.Seed, settings.Threads);
        return settings.Method == AbcMethod.Smc
            ? SmcAbc.Run(space, simulator, settings, observed, cancellation)
            : RejectionAbc.Run(space, simulator, settings, observed, cancellation);
    }

    /// <summary>Draws particle <paramref name="index"/> from the prior in z (independent standard normals, own stream).</summary>
    internal static void PriorDraw(ulong seed, long index, Span<double> z)
    {
        var rng = RandomStream.For(seed, index, PriorKey);
        for (int s = 0; s < z.Length; s++) z[s] = Ziggurat.Next(ref rng);
    }

    internal static readonly ulong PriorKey = RandomStream.KeyOf("abc.prior");

    /// <summary>(Σw)²/Σw².</summary>
    internal static double Ess(ReadOnlySpan<double> w)
    {
        double s = 0, s2 = 0;
        foreach (double x in w) { s += x; s2 += x * x; }
        return s2 > 0 ? s * s / s2 : 0;
    }

    /// <summary>Replicates of a particle's histogram within tolerance <paramref name="tolerance"/>.</summary>
    internal static int Within(int[] histogram, int row, int levels, int tolerance)
    {
        int n = 0;
        for (int h = 0; h <= tolerance && h < levels; h++) n += histogram[row * levels + h];
        return n;
    }

    /// <summary>Refuses a posterior whose weights are too concentrated, saying what to change.</summary>
    internal static void RequireEss(double ess, int accepted, AbcSettings settings, int tolerance)
    {
        if (ess >= settings.MinimumEss) return;
        throw new AbcRefusedException(
            $"only {accepted} draw(s) reproduced the record within tolerance {tolerance} (effective sample size {ess:0.0}, minimum {settings.MinimumEss:0}); " +
            "no posterior is reported from so few. Raise --draws or --replicates, loosen --tolerance, or use --method smc");
    }
}
