namespace NegotiationSim.Inference;

/// <summary>
/// The outcome of a simulation-based calibration (Talts et al. 2018): for each parameter, the posterior CDF at the true
/// value of every simulated record (uniform on [0, 1] when the inference is calibrated), and its summaries.
/// </summary>
/// <param name="Paths">The parameters.</param>
/// <param name="Pit">Per parameter, per record: the weighted share of posterior draws below the true value.</param>
/// <param name="Records">Records simulated.</param>
/// <param name="Skipped">Records no reference draw reproduced (no posterior; left out).</param>
/// <param name="Simulations">Replicates simulated.</param>
public sealed record SbcResult(IReadOnlyList<string> Paths, IReadOnlyList<double[]> Pit, int Records, int Skipped, long Simulations)
{
    /// <summary>Pearson's χ² of parameter <paramref name="p"/>'s PIT values against uniform, in <paramref name="bins"/> equal bins (df = bins − 1).</summary>
    public double ChiSquare(int p, int bins = 10)
    {
        var counts = new int[bins];
        foreach (double u in Pit[p]) counts[Math.Clamp((int)(u * bins), 0, bins - 1)]++;
        double expected = (double)Pit[p].Length / bins;
        return counts.Sum(c => (c - expected) * (c - expected) / expected);
    }

    /// <summary>Share of records whose true value lies in the central <paramref name="level"/> posterior interval.</summary>
    public double Coverage(int p, double level)
    {
        double lo = (1 - level) / 2, hi = 1 - lo;
        return Pit[p].Count(u => u >= lo && u <= hi) / (double)Pit[p].Length;
    }
}
