using NegotiationSim.Experiments;
using NegotiationSim.Scenarios;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Replicate;

/// <summary>Meetings run by the expected-utility protocol inside the meeting sequence and the Monte Carlo engine.</summary>
public class ExpectedUtilityMeetingTests
{
    private static Meeting Eu(string id, string[] participants, string[] items, int rounds = 10) =>
        Meeting(id, participants, items, rounds) with { Protocol = ProtocolKind.ExpectedUtility };

    [Fact]
    public void IdenticalPositionsAreAgreedInTheFirstRoundAtThatPosition()
    {
        var items = new[] { Item("x") };
        var same = Positions(("x", At(0.3)));
        var summary = Run.Summarise(Scenario(items, [Party("a", same), Party("b", same)], [Eu("m", ["a", "b"], ["x"])]), 500);
        Assert.Equal(1.0, summary.Items[0].Agreement.Estimate);
        Assert.Equal(1.0, summary.Items[0].MeanAgreementRound);
        Assert.Equal(0.3, summary.Items[0].AgreedValue.Mean, 2);
    }

    [Fact]
    public void AStrongCaringMajorityPullsTheOutcomeToItsSide()
    {
        // Three parties near 0.8 with high capability and salience, one at 0.1: the forecast (median voter) sits with the majority.
        var items = new[] { Item("x"), Item("z") };
        Party P(string id, double ideal, double capability) => Party(id, Positions(("x", At(ideal)), ("z", At(0.5, 0.2))), capability: capability);
        var scenario = Scenario(items, [P("a", 0.8, 3), P("b", 0.75, 2), P("c", 0.85, 2), P("d", 0.1, 1)], [Eu("m", ["a", "b", "c", "d"], ["x"])]);
        var summary = Run.Summarise(scenario, 200);
        // The forecast on the table (the median voter, round by round) stays with the majority.
        var bands = summary.Meetings[0].OfferBands[0];
        Assert.NotEmpty(bands);
        Assert.All(bands, b => Assert.True(b.Median > 0.6, $"round {b.Round}: median voter {b.Median}"));
    }

    [Fact]
    public void AForecastOutsideAParticipantsRedLineIsNotAgreed()
    {
        var items = new[] { Item("x") };
        var a = Party("a", Positions(("x", At(0.2, 1, new RedLine(0, 0.3)))), capability: 1);
        var b = Party("b", Positions(("x", At(0.2))), capability: 1);
        var c = Party("c", Positions(("x", At(0.9, 1, new RedLine(0.7, 1)))), capability: 1);
        var summary = Run.Summarise(Scenario(items, [a, b, c], [Eu("m", ["a", "b", "c"], ["x"])]), 200);
        Assert.Equal(0, summary.Items[0].Agreement.Count);
    }

    [Fact]
    public void TheDefaultScenarioRunsWithTheExpectedUtilityProtocolAndAVariantSelectsIt()
    {
        var experiment = ExperimentReader.ReadDefault();
        var eu = ExperimentReader.Materialise(experiment, "expected-utility");
        // Every meeting at a table; the written exchange of answers stays an exchange of two written offers (§13.7).
        Assert.All(eu.Scenario.Meetings.Where(m => m.Format == MeetingFormat.Talks), m => Assert.Equal(ProtocolKind.ExpectedUtility, m.Protocol));
        Assert.All(eu.Scenario.Meetings.Where(m => m.Format == MeetingFormat.Written), m => Assert.Equal(ProtocolKind.AlternatingOffers, m.Protocol));
        var summary = Run.Summarise(eu.Scenario, 2_000);
        // Red lines still rule: Ukraine and posture can never be agreed whatever the protocol.
        Assert.Equal(0, summary.Items.Single(i => i.Id == "ukraine").Agreement.Count);
        Assert.Equal(0, summary.Items.Single(i => i.Id == "posture").Agreement.Count);
        Assert.InRange(summary.Escalation.Estimate, 0.01, 0.99);
        Assert.Equal(summary.Replicates, summary.Completed.Count + summary.Declined.Count + summary.Walkout.Count + summary.EndedByWar!.Count);
    }
}
