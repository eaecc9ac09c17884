using NegotiationSim.Peer;

namespace NegotiationSim.Tests.Peer;

/// <summary>
/// The numpy model's reference results (100,000 replicates, seeds 0..99,999; docs/peer-scenario.md, section "Checks")
/// and thread-count independence.
/// </summary>
public class PeerBatchTests
{
    private const long Replicates = 100_000;

    [Theory]
    [InlineData(100, 58.75, 0.925, 0.704, 0.697)]
    [InlineData(20, 12.62, 0.917, 0.710, 0.703)]
    public void HundredThousandReplicatesMatchTheNumpyModel(int steps, double meanRounds, double u0, double u1, double u2)
    {
        PeerBatchResult r = PeerBatch.Run(0, Replicates, steps, Environment.ProcessorCount);
        Assert.Equal(Replicates, r.Replicates);
        Assert.Equal(100.0, Math.Round(100.0 * r.AgreementRate));
        Assert.Equal(meanRounds, Math.Round(r.MeanRounds, 2));
        Assert.Equal(u0, Math.Round(r.MeanUtility(0), 3));
        Assert.Equal(u1, Math.Round(r.MeanUtility(1), 3));
        Assert.Equal(u2, Math.Round(r.MeanUtility(2), 3));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(20)]
    public void OneAndTwoThreadsGiveIdenticalTotals(int steps)
    {
        // Not a multiple of the chunk size, and more than one chunk, starting off zero.
        const long first = 777, count = 5 * PeerBatch.ChunkSize + 321;
        PeerBatchResult one = PeerBatch.Run(first, count, steps, 1);
        PeerBatchResult two = PeerBatch.Run(first, count, steps, 2);
        Assert.Equal(one, two);
        Assert.Equal(BitConverter.DoubleToInt64Bits(one.UtilitySum0), BitConverter.DoubleToInt64Bits(two.UtilitySum0));
        Assert.Equal(BitConverter.DoubleToInt64Bits(one.UtilitySum1), BitConverter.DoubleToInt64Bits(two.UtilitySum1));
        Assert.Equal(BitConverter.DoubleToInt64Bits(one.UtilitySum2), BitConverter.DoubleToInt64Bits(two.UtilitySum2));
        Assert.Equal(count, one.Replicates);
    }

    [Fact]
    public void BatchTotalsAreTheSumOfTheKernelOutcomes()
    {
        const long first = 10, count = 2500;
        long agreements = 0, rounds = 0;
        for (long j = first; j < first + count; j++)
        {
            PeerOutcome o = PeerScenario.Run(j, 20);
            rounds += o.Rounds;
            if (o.Agreed) agreements++;
        }
        PeerBatchResult r = PeerBatch.Run(first, count, 20, 2);
        Assert.Equal(agreements, r.Agreements);
        Assert.Equal(rounds, r.TotalRounds);
    }

    [Fact]
    public void RangeEndingAtTheLastScenarioRuns()
    {
        const long count = 2 * PeerBatch.ChunkSize + 13;
        const long first = long.MaxValue - count;
        long agreements = 0, rounds = 0;
        for (long j = first; j < first + count; j++)
        {
            PeerOutcome o = PeerScenario.Run(j, 20);
            rounds += o.Rounds;
            if (o.Agreed) agreements++;
        }
        PeerBatchResult one = PeerBatch.Run(first, count, 20, 1);
        Assert.Equal(count, one.Replicates);
        Assert.Equal(agreements, one.Agreements);
        Assert.Equal(rounds, one.TotalRounds);
        Assert.Equal(one, PeerBatch.Run(first, count, 20, 2));
    }

    [Fact]
    public void EmptyRangeGivesZeroTotals()
    {
        Assert.Equal(default, PeerBatch.Run(5, 0, 100, 2));
    }

    [Fact]
    public void RejectsOutOfRangeArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerBatch.Run(-1, 10, 100, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerBatch.Run(0, -1, 100, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerBatch.Run(0, 10, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerBatch.Run(0, 10, 100, 0));
    }
}
