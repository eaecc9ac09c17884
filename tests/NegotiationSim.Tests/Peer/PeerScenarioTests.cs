using NegotiationSim.Engine.Sampling;
using NegotiationSim.Peer;

namespace NegotiationSim.Tests.Peer;

/// <summary>The checks of docs/peer-scenario.md, section "Checks" (random source, scenario 0, the first scenarios).</summary>
public class PeerScenarioTests
{
    [Fact]
    public void SplitMixWithStateZeroGivesTheDocumentedFirstOutputs()
    {
        var rng = new RandomStream(0UL);
        Assert.Equal(0xe220a8397b1dcdafUL, rng.NextUInt64());
        Assert.Equal(0x6e789e6aa1b965f4UL, rng.NextUInt64());
    }

    [Fact]
    public void SeedZeroDrawsTheDocumentedIdeals()
    {
        PeerScenario.Sample(0, out var p0, out var p1, out var p2);
        Assert.Equal([2, 10, 4, 8, 5, 6, 7, 5], p0.Ideal.ToArray());
        Assert.Equal([6, 4, 2, 7, 10, 10, 2, 0], p1.Ideal.ToArray());
        Assert.Equal([0, 0, 8, 10, 2, 4, 5, 1], p2.Ideal.ToArray());
    }

    [Fact]
    public void SeedZeroDrawsTheDocumentedReservedValues()
    {
        PeerScenario.Sample(0, out var p0, out var p1, out var p2);
        Assert.Equal(0.446674, Math.Round(p0.ReservedValue, 6));
        Assert.Equal(0.306263, Math.Round(p1.ReservedValue, 6));
        Assert.Equal(0.567031, Math.Round(p2.ReservedValue, 6));
    }

    [Fact]
    public void SeedZeroDrawsTheDocumentedWeightsOfPartyZero()
    {
        PeerScenario.Sample(0, out var p0, out _, out _);
        double[] expected = [0.239299, 0.116906, 0.007161, 0.263023, 0.028811, 0.088676, 0.047103, 0.209021];
        for (int k = 0; k < PeerScenario.IssueCount; k++)
            Assert.Equal(expected[k], Math.Round(p0.Weight[k], 6));
    }

    [Fact]
    public void WeightsSumToOne()
    {
        PeerScenario.Sample(12345, out var p0, out var p1, out var p2);
        foreach (var p in new[] { p0, p1, p2 })
        {
            double sum = 0;
            for (int k = 0; k < PeerScenario.IssueCount; k++)
                sum += p.Weight[k];
            Assert.Equal(1.0, sum, 12);
        }
    }

    [Theory]
    [InlineData(0, 51, new[] { 2, 9, 4, 8, 5, 6, 7, 4 })]
    [InlineData(1, 48, new[] { 3, 8, 4, 6, 5, 5, 4, 2 })]
    [InlineData(2, 47, new[] { 2, 8, 3, 4, 6, 4, 9, 2 })]
    public void FirstSeedsAtHundredRoundsMatchTheReference(long seed, int rounds, int[] agreement)
    {
        PeerOutcome outcome = PeerScenario.Run(seed, 100);
        Assert.True(outcome.Agreed);
        Assert.Equal(rounds, outcome.Rounds);
        Assert.Equal(agreement, outcome.Agreement.ToArray());
    }

    [Fact]
    public void AgreementUtilitiesAreTheUtilityFunctionOfTheAgreement()
    {
        PeerOutcome outcome = PeerScenario.Run(0, 100);
        PeerScenario.Sample(0, out var p0, out var p1, out var p2);
        int[] x = outcome.Agreement.ToArray();
        var parties = new[] { p0, p1, p2 };
        for (int p = 0; p < PeerScenario.PartyCount; p++)
        {
            double u = 0;
            for (int k = 0; k < PeerScenario.IssueCount; k++)
                u += parties[p].Weight[k] * (1 - Math.Abs(x[k] - parties[p].Ideal[k]) / 10.0);
            Assert.Equal(u, outcome.Utility(p), 12);
        }
    }

    [Fact]
    public void OneStepDeadlineTimesOutOrAgreesInRoundOne()
    {
        for (long j = 0; j < 200; j++)
        {
            PeerOutcome outcome = PeerScenario.Run(j, 1);
            Assert.Equal(1, outcome.Rounds);
            if (!outcome.Agreed)
                Assert.Equal(default, outcome.Agreement);
        }
    }

    [Fact]
    public void RejectsOutOfRangeArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerScenario.Run(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerScenario.Run(-1, 100));
    }

    [Fact]
    public void OffersConcedeFromTheIdealTowardsTheOthersMean()
    {
        PeerScenario.Sample(0, out var p0, out _, out _);
        // Threshold 1: λ = 0, the ideal itself.
        Assert.Equal(p0.Ideal, PeerScenario.Offer(in p0, 1.0));
        // Threshold far below: λ = 1, the others' mean rounded half to even; seed 0 targets (6+0)/2=3, (4+0)/2=2, ...
        Assert.Equal([3, 2, 5, 8, 6, 7, 4, 0], PeerScenario.Offer(in p0, -10.0).ToArray());
    }
}
