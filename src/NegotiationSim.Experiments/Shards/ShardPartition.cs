namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// Splits a run's units of work (replicates, sweep points) among N shards: the units are cut into blocks of a fixed
/// size and shard K takes blocks ⌊(K−1)·B/N⌋ … ⌊K·B/N⌋ − 1, so shards differ by at most one block and every unit
/// belongs to exactly one shard. Blocks of whole engine chunks (or Parquet row groups) keep each shard's chunks, and
/// row groups, the same as the single run's; with more shards than blocks some shards are empty.
/// </summary>
public static class ShardPartition
{
    /// <summary>The units [First, First + Count) that shard <paramref name="spec"/> runs.</summary>
    /// <param name="units">Units in the whole run, ≥ 0.</param>
    /// <param name="blockSize">Units per block, ≥ 1.</param>
    /// <param name="spec">Which shard.</param>
    public static (long First, long Count) Range(long units, long blockSize, ShardSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        long blocks = units == 0 ? 0 : (units - 1) / blockSize + 1;
        long firstBlock = (long)((Int128)blocks * (spec.Shard - 1) / spec.Shards);
        long endBlock = (long)((Int128)blocks * spec.Shard / spec.Shards);
        long first = (long)Int128.Min((Int128)firstBlock * blockSize, units);
        long end = (long)Int128.Min((Int128)endBlock * blockSize, units);
        return (first, end - first);
    }
}
