namespace NegotiationSim.Peer;

/// <summary>
/// Totals over a run of peer-scenario replicates (<see cref="PeerBatch.Run"/>): counts and rounds as integers,
/// utility sums as doubles added in replicate order within fixed chunks and chunk by chunk in order, so a result
/// is bit-identical for any thread count.
/// </summary>
/// <param name="Replicates">Replicates run.</param>
/// <param name="Agreements">Replicates that ended in agreement.</param>
/// <param name="TotalRounds">Sum over all replicates of the rounds run (a timeout counts its full step count).</param>
/// <param name="UtilitySum0">Sum over the agreements of party 0's utility.</param>
/// <param name="UtilitySum1">Sum over the agreements of party 1's utility.</param>
/// <param name="UtilitySum2">Sum over the agreements of party 2's utility.</param>
public readonly record struct PeerBatchResult(
    long Replicates,
    long Agreements,
    long TotalRounds,
    double UtilitySum0,
    double UtilitySum1,
    double UtilitySum2)
{
    /// <summary>Share of replicates that ended in agreement, in [0, 1] (NaN for no replicates).</summary>
    public double AgreementRate => (double)Agreements / Replicates;

    /// <summary>Mean rounds per replicate (a timeout counts its full step count; NaN for no replicates).</summary>
    public double MeanRounds => (double)TotalRounds / Replicates;

    /// <summary>Mean utility to party <paramref name="party"/> (0..2) over the replicates that agreed (NaN if none did).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is not in 0..2.</exception>
    public double MeanUtility(int party) => party switch
    {
        0 => UtilitySum0 / Agreements,
        1 => UtilitySum1 / Agreements,
        2 => UtilitySum2 / Agreements,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "A party index is in 0..2."),
    };

    /// <summary>This total followed by <paramref name="next"/> (utility sums added in that order).</summary>
    public PeerBatchResult Then(in PeerBatchResult next) => new(
        Replicates + next.Replicates,
        Agreements + next.Agreements,
        TotalRounds + next.TotalRounds,
        UtilitySum0 + next.UtilitySum0,
        UtilitySum1 + next.UtilitySum1,
        UtilitySum2 + next.UtilitySum2);
}
