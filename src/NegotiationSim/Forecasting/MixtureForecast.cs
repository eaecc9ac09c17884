namespace NegotiationSim.Forecasting;

/// <summary>
/// A probabilistic forecast built to be calibrated (docs/validation.md, "Beyond the compromise model"): a mixture of
/// a point mass at the compromise point, the position lottery (one actor's position, with probability ∝ capability ×
/// salience, whose mean is the compromise point), and the alternating-offers protocol's outcomes given agreement.
/// The point forecast is the mixture's mean, (1 − p)·compromise + p·(mean agreed outcome), with p the protocol's share.
/// </summary>
/// <remarks>
/// The mixture is represented by a sample of fixed size in which each part has its share of the values, placed
/// deterministically (no random numbers): the lottery's slots go to the actors by largest remainder, the protocol's
/// are evenly spaced order statistics of its agreed outcomes. Where the protocol cannot run (no reference point) or
/// never agreed, its share goes to the compromise point; where nobody has weight, the lottery is uniform over actors.
/// </remarks>
public static class MixtureForecast
{
    /// <summary>Values in the sample that represents the mixture.</summary>
    public const int SampleSize = 1000;

    /// <summary>The mixture's sample for <paramref name="case"/>.</summary>
    /// <param name="case">The case.</param>
    /// <param name="protocolAgreed">The protocol's agreed outcomes on 0–100 (any order); empty when there are none.</param>
    /// <param name="weights">The shares; must be valid.</param>
    public static ForecastSample Build(NegotiationCase @case, ReadOnlySpan<double> protocolAgreed, MixtureWeights weights)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(weights);
        if (!weights.IsValid) throw new ArgumentException($"Mixture shares must be in [0, 1] and add up to 1: {weights}.", nameof(weights));
        double compromise = PointForecasts.Compromise(@case);
        int protocolSlots = protocolAgreed.Length > 0 ? (int)Math.Round(weights.Protocol * SampleSize) : 0;
        int lotterySlots = (int)Math.Round(weights.Lottery * SampleSize);
        lotterySlots = Math.Min(lotterySlots, SampleSize - protocolSlots);
        int compromiseSlots = SampleSize - protocolSlots - lotterySlots;

        var values = new double[SampleSize];
        int at = 0;
        for (int i = 0; i < compromiseSlots; i++) values[at++] = compromise;

        if (lotterySlots > 0)
        {
            var actors = @case.Actors;
            var weight = new double[actors.Count];
            double total = 0;
            for (int a = 0; a < actors.Count; a++) total += weight[a] = actors[a].Capability * actors[a].Salience;
            if (!(total > 0)) { Array.Fill(weight, 1.0); total = actors.Count; }
            var slots = new int[actors.Count];
            var remainder = new double[actors.Count];
            int given = 0;
            for (int a = 0; a < actors.Count; a++)
            {
                double exact = lotterySlots * weight[a] / total;
                slots[a] = (int)Math.Floor(exact);
                remainder[a] = exact - slots[a];
                given += slots[a];
            }
            // Largest remainder; ties to the actor listed first.
            var order = Enumerable.Range(0, actors.Count).OrderByDescending(a => remainder[a]).ThenBy(a => a).ToArray();
            for (int k = 0; given < lotterySlots; k++, given++) slots[order[k % order.Length]]++;
            for (int a = 0; a < actors.Count; a++)
                for (int s = 0; s < slots[a]; s++) values[at++] = actors[a].Position;
        }

        if (protocolSlots > 0)
        {
            var sorted = protocolAgreed.ToArray();
            Array.Sort(sorted);
            for (int j = 0; j < protocolSlots; j++)
                values[at++] = sorted[Math.Min(sorted.Length - 1, (int)((j + 0.5) * sorted.Length / protocolSlots))];
        }
        return new ForecastSample(values);
    }
}
