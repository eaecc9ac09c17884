using NegotiationSim.Engine.Compilation;


namespace NegotiationSim.Inference;

/// <summary>
/// Simulation-based calibration of the ABC of <see cref="Abc"/> (Talts, Betancourt, Simpson, Vehtari &amp; Gelman 2018):
/// draw true parameters from the prior, simulate one record from each (the patterns' truth values in one replicate),
/// infer, and record where the truth falls in its posterior. Calibrated inference puts it uniformly (docs/validation.md,
/// "Checked on known truth"). The inference is rejection ABC at tolerance 0 on one reference table of prior draws
/// shared by every record — exact up to Monte Carlo error, so any departure from uniformity is a fault in the prior
/// draws, the fixed-parameter simulation or the weighting.
/// </summary>
public static class SimulationBasedCalibration
{
    /// <summary>Runs the calibration.</summary>
    /// <param name="model">A model with a few uncertain parameters.</param>
    /// <param name="patterns">What a record says.</param>
    /// <param name="draws">Reference draws from the prior.</param>
    /// <param name="replicatesPerDraw">Replicates per reference draw.</param>
    /// <param name="records">Records (true parameter vectors) to calibrate on.</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="threads">Worker threads; results do not depend on it.</param>
    /// <param name="flipRecord">A negative control: infer from the record with every truth value inverted (must fail).</param>
    public static SbcResult Run(CompiledModel model, PatternSet patterns, int draws, int replicatesPerDraw, int records, ulong seed, int threads = 0, bool flipRecord = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(patterns);
        var space = new ParameterSpace(model);
        int d = space.Dimension, k = replicatesPerDraw;
        var simulator = new ParticleSimulator(space, patterns, 0, k, seed, threads);
        var z = new double[d];
        var theta = new double[draws * d];
        var first = new long[draws];
        for (int i = 0; i < draws; i++)
        {
            Abc.PriorDraw(seed, i, z);
            space.Values(z, theta.AsSpan(i * d, d));
            first[i] = (long)i * k;
        }
        var masks = new ulong[(long)draws * k];
        simulator.SimulateMasks(theta, draws, first, masks);

        var pit = Enumerable.Range(0, d).Select(_ => new List<double>()).ToArray();
        var truth = new double[d];
        var weights = new double[draws];
        int skipped = 0;
        long recordBase = (long)draws * k;
        for (int j = 0; j < records; j++)
        {
            Abc.PriorDraw(seed, draws + j, z);
            space.Values(z, truth);
            ulong observed = simulator.Outcome(truth, recordBase + j);
            if (flipRecord) observed = ~observed & patterns.AllHeld;
            double total = 0;
            for (int i = 0; i < draws; i++)
            {
                int hits = 0;
                for (int r = 0; r < k; r++) if (masks[(long)i * k + r] == observed) hits++;
                weights[i] = hits;
                total += hits;
            }
            if (total == 0) { skipped++; continue; }
            for (int p = 0; p < d; p++)
            {
                // Ties (a value clamped to a bound) count half, so that a calibrated PIT stays uniform.
                double below = 0;
                for (int i = 0; i < draws; i++)
                {
                    double v = theta[i * d + p];
                    if (v < truth[p]) below += weights[i];
                    else if (v == truth[p]) below += 0.5 * weights[i];
                }
                pit[p].Add(below / total);
            }
        }
        return new SbcResult(space.Paths, pit.Select(l => l.ToArray()).ToArray(), records, skipped, simulator.Simulations + records);
    }
}
