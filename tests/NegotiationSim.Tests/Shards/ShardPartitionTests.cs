using NegotiationSim.Experiments.Shards;

namespace NegotiationSim.Tests.Shards;

/// <summary>Every unit of work belongs to exactly one shard, shards hold whole blocks, and shards differ by at most one block.</summary>
public class ShardPartitionTests
{
    private static List<(long First, long Count)> All(long units, long block, int n) =>
        Enumerable.Range(1, n).Select(k => ShardPartition.Range(units, block, new ShardSpec(k, n))).ToList();

    [Theory]
    [InlineData(20_000, 2048, 4)]
    [InlineData(10_000, 2048, 3)]
    [InlineData(1, 2048, 1)]
    [InlineData(5, 1, 7)]
    [InlineData(3, 2048, 4)]
    [InlineData(100_000, 16_384, 9)]
    [InlineData(2048 * 10 + 1, 2048, 10)]
    [InlineData(999_999_999, 2048, 1000)]
    public void The_shards_tile_the_run_in_order_with_whole_blocks(long units, long block, int n)
    {
        var shards = All(units, block, n);
        long next = 0;
        foreach (var (first, count) in shards)
        {
            Assert.Equal(next, first);
            Assert.True(count >= 0);
            // Only the run's end may cut a block.
            Assert.True(first % block == 0 || count == 0, $"shard starting at {first} is not on a block boundary");
            next = first + count;
        }
        Assert.Equal(units, next);
        var blocks = shards.Select(s => (s.Count + block - 1) / block).ToList();
        Assert.True(blocks.Max() - blocks.Min() <= 1, "shards differ by more than one block: " + string.Join(",", blocks));
    }

    [Fact]
    public void More_shards_than_blocks_leaves_some_shards_empty_and_still_covers_every_replicate()
    {
        // 3,000 replicates are two chunks of 2,048: of 5 shards, three run nothing.
        var shards = All(3_000, 2048, 5);
        Assert.Equal(3, shards.Count(s => s.Count == 0));
        Assert.Equal(3_000, shards.Sum(s => s.Count));
        Assert.Equal([2048L, 952L], shards.Where(s => s.Count > 0).Select(s => s.Count));
    }

    [Fact]
    public void An_uneven_split_gives_the_extra_blocks_to_later_shards()
    {
        // 10 blocks over 4 shards: 2, 3, 2, 3 (⌊k·10/4⌋ boundaries 0, 2, 5, 7, 10).
        var shards = All(10 * 2048, 2048, 4);
        Assert.Equal([2 * 2048L, 3 * 2048L, 2 * 2048L, 3 * 2048L], shards.Select(s => s.Count));
    }

    [Fact]
    public void One_shard_is_the_whole_run()
    {
        Assert.Equal((0L, 12_345L), ShardPartition.Range(12_345, 2048, new ShardSpec(1, 1)));
    }

    [Fact]
    public void Huge_runs_do_not_overflow()
    {
        long units = long.MaxValue - 5;
        var shards = All(units, 2048, 7);
        Assert.Equal(units, shards.Sum(s => (decimal)s.Count));
        Assert.Equal(units, shards[^1].First + shards[^1].Count);
    }
}
