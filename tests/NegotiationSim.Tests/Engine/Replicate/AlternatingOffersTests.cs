using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Replicate;

/// <summary>Behaviour of the alternating-offers protocol that researchers rely on (docs/model.md §4).</summary>
public class AlternatingOffersTests
{
    [Fact]
    public void IdenticalIdealPointsAgreeInTheFirstRound()
    {
        var items = new[] { Item("x"), Item("y") };
        var same = Positions(("x", At(0.3)), ("y", At(0.7, 0.5)));
        var scenario = Scenario(items, [Party("a", same), Party("b", same)], [Meeting("m", ["a", "b"], ["x", "y"])]);
        var summary = Run.Summarise(scenario, 2_000);
        Assert.Equal(1.0, summary.AnyAgreement.Estimate);
        Assert.Equal(1.0, summary.Items[0].MeanAgreementRound);
        Assert.Equal(0.3, summary.Items[0].AgreedValue.Mean, 2);
    }

    [Fact]
    public void DisjointRedLinesNeverAgree()
    {
        var scenario = Bilateral(redA: new RedLine(0, 0.3), redB: new RedLine(0.6, 1), temperature: 0.05);
        var summary = Run.Summarise(scenario, 10_000);
        Assert.Equal(0, summary.Items[0].Agreement.Count);
        Assert.Equal(0, summary.AnyAgreement.Count);
    }

    [Fact]
    public void AgreementsRespectEveryRedLine()
    {
        var scenario = Bilateral(redA: new RedLine(0, 0.45), redB: new RedLine(0.35, 1), temperature: 0.05,
            exponentDistributionA: Distribution.Uniform(0.2, 3), exponentDistributionB: Distribution.Uniform(0.2, 3));
        var summary = Run.Summarise(scenario, 10_000);
        var agreed = summary.Items[0].AgreedValue;
        Assert.True(agreed.Count > 0, "some agreements expected inside the overlap");
        // Histogram bins are 0.01 wide: all agreed mass must lie in [0.35, 0.45].
        for (int b = 0; b < agreed.Counts.Count; b++)
            if (b < 35 || b > 45) Assert.Equal(0, agreed.Counts[b]);
    }

    [Fact]
    public void BoulwarePartiesAgreeLaterOnAverageThanConceders()
    {
        var boulware = Bilateral(exponentDistributionA: Distribution.Uniform(0.15, 0.6), exponentDistributionB: Distribution.Uniform(0.15, 0.6), temperature: 0.02);
        var conceder = Bilateral(exponentDistributionA: Distribution.Uniform(1.5, 5), exponentDistributionB: Distribution.Uniform(1.5, 5), temperature: 0.02);
        var slow = Run.Summarise(boulware, 10_000);
        var fast = Run.Summarise(conceder, 10_000);
        Assert.True(slow.Items[0].Agreement.Count > 1000 && fast.Items[0].Agreement.Count > 1000);
        Assert.True(slow.Items[0].MeanAgreementRound > fast.Items[0].MeanAgreementRound + 2,
            $"Boulware mean round {slow.Items[0].MeanAgreementRound} vs Conceder {fast.Items[0].MeanAgreementRound}");
    }

    [Fact]
    public void AgreementGivesEachPartyAtLeastItsStatusQuoUtilityWhenAcceptanceIsStrict()
    {
        var summary = Run.Summarise(Bilateral(exponentDistributionA: Distribution.Uniform(0.2, 3), exponentDistributionB: Distribution.Uniform(0.2, 3)), 5_000);
        Assert.True(summary.AnyAgreement.Estimate > 0.99);
        foreach (var party in summary.Parties)
            Assert.True(party.FinalUtility.Q05 >= party.StatusQuoUtility.Median - 0.011, $"{party.Id} accepted less than no deal");
    }

    [Fact]
    public void AWalkoutEndsTheMeetingWithoutAgreement()
    {
        // b's red line makes every offer from a worse than no deal for b, and b walks out at once.
        var scenario = Bilateral(redA: new RedLine(0, 0.2), walkoutB: 1);
        var summary = Run.Summarise(scenario, 1_000);
        Assert.Equal(1.0, summary.Walkout.Estimate);
        Assert.Equal(1.0, summary.Parties[1].WalkedOut.Estimate);
        Assert.Equal(0, summary.AnyAgreement.Count);
        Assert.Equal(1.0, summary.Meetings[0].MeanRounds);
    }

    [Fact]
    public void AConsensusBlocIsBlockedByOneMemberWhileALeaderBlocIsNot()
    {
        var items = new[] { Item("x", 0.5) };
        var lead = Party("lead", Positions(("x", At(0.2))), capability: 2);
        var member = Party("member", Positions(("x", At(0.2, 1, new RedLine(0, 0.25)))), capability: 1);
        var other = Party("other", Positions(("x", At(0.4))), exponent: 3);
        Scenario With(BlocRule rule) => Scenario(items, [lead, member, other],
            [Meeting("m", ["lead", "member", "other"], ["x"])],
            [new Bloc("west", ["lead", "member"], F(0), rule)]);
        // The lead concedes toward "other" beyond the member's red line; consensus needs the member too.
        var consensus = Run.Summarise(With(BlocRule.Consensus), 2_000);
        var leader = Run.Summarise(With(BlocRule.Leader), 2_000);
        Assert.True(consensus.Items[0].AgreedValue.Count == 0 || consensus.Items[0].AgreedValue.Q95 <= 0.26);
        Assert.True(leader.Items[0].Agreement.Estimate > 0.99);
    }
}
