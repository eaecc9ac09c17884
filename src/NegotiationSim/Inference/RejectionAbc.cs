namespace NegotiationSim.Inference;

/// <summary>
/// Rejection ABC (Pritchard et al. 1999; with K replicates per draw as in Bornn et al. 2017): n prior draws, each
/// weighted by the share of its K replicates within the tolerance. With tolerance 0 the weight is an unbiased estimate
/// of the probability of the record, so the weighted sample targets the exact posterior given the patterns.
/// </summary>
internal static class RejectionAbc
{
    public static AbcResult Run(ParameterSpace space, ParticleSimulator simulator, AbcSettings settings, ulong observed, CancellationToken cancellation)
    {
        int n = settings.Draws, d = space.Dimension, levels = simulator.Levels, k = settings.ReplicatesPerDraw;
        var z = new double[n * d];
        var theta = new double[n * d];
        var first = new long[n];
        for (int i = 0; i < n; i++)
        {
            Abc.PriorDraw(settings.Seed, i, z.AsSpan(i * d, d));
            space.Values(z.AsSpan(i * d, d), theta.AsSpan(i * d, d));
            first[i] = (long)i * k;
        }
        var histogram = new int[n * levels];
        simulator.Simulate(theta, n, first, histogram, cancellation);

        var weights = new double[n];
        long within = 0;
        int accepted = 0;
        for (int i = 0; i < n; i++)
        {
            int a = Abc.Within(histogram, i, levels, settings.Tolerance);
            within += a;
            weights[i] = a;
            if (a > 0) accepted++;
        }
        double ess = Abc.Ess(weights);
        Abc.RequireEss(ess, accepted, settings, settings.Tolerance);
        double total = weights.Sum();
        for (int i = 0; i < n; i++) weights[i] /= total;
        var generation = new AbcGeneration(0, settings.Tolerance, ess, false, double.NaN, simulator.Simulations);
        return new AbcResult(settings, space.Paths, theta, z, weights, (double[])theta.Clone(), simulator.Simulations,
            (double)within / ((long)n * k), accepted, ess, [generation], observed);
    }
}
