using NegotiationSim.Scenarios;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Replicate;

/// <summary>Between-meeting and end-of-sequence rules (docs/model.md §§5–6).</summary>
public class MeetingSequenceTests
{
    [Fact]
    public void AttendanceProbabilityZeroMeansNoMeetingIsHeld()
    {
        var summary = Run.Summarise(Bilateral(attendanceB: F(0)), 2_000);
        Assert.Equal(0, summary.Meetings[0].Held.Count);
        Assert.Equal(1.0, summary.Declined.Estimate);
        Assert.Equal(0, summary.AnyAgreement.Count);
        Assert.Equal(0.0, summary.MeanMeetingsHeld);
    }

    [Fact]
    public void AttendanceProbabilityIsHonoured()
    {
        var summary = Run.Summarise(Bilateral(attendanceB: F(0.3)), 20_000);
        var held = summary.Meetings[0].Held;
        Assert.InRange(0.3, held.Lower, held.Upper);
    }

    [Fact]
    public void RaisingTheOutsideOptionRaisesTheProbabilityOfEscalation()
    {
        double previous = -1;
        foreach (double outside in new[] { 0.3, 0.6, 0.7, 0.8, 0.95 })
        {
            var summary = Run.Summarise(Bilateral(outsideB: F(outside), temperature: 0.02), 20_000);
            Assert.True(summary.Escalation.Lower > previous, $"P(escalation) did not rise at outside option {outside}");
            previous = summary.Escalation.Upper;
        }
    }

    [Fact]
    public void OnlyPartiesWithAnOutsideOptionEscalate()
    {
        var summary = Run.Summarise(Bilateral(outsideB: F(0.9)), 5_000);
        Assert.Equal(0, summary.Parties[0].Escalated.Count);
        Assert.False(summary.Parties[0].HasOutsideOption);
        Assert.Equal(summary.Escalation.Count, summary.Parties[1].Escalated.Count);
    }

    [Fact]
    public void SettledItemsAreNotRenegotiated()
    {
        // Meeting 1 settles x (same ideals) but not y (disjoint red lines); meeting 2 has both on its agenda.
        var items = new[] { Item("x", 0.9), Item("y", 0.5) };
        var a = Party("a", Positions(("x", At(0.2)), ("y", At(0.1, 1, new RedLine(0, 0.3)))));
        var b = Party("b", Positions(("x", At(0.2)), ("y", At(0.9, 1, new RedLine(0.7, 1)))));
        var scenario = Scenario(items, [a, b],
            [Meeting("m1", ["a", "b"], ["x", "y"], settlement: Settlement.ItemByItem), Meeting("m2", ["a", "b"], ["x", "y"], settlement: Settlement.ItemByItem)],
            endOnWalkout: false);
        var summary = Run.Summarise(scenario, 2_000);
        var x = summary.Items[0];
        Assert.Equal(1.0, x.AgreedInMeeting[0].Estimate);
        Assert.Equal(0, x.AgreedInMeeting[1].Count);
        Assert.Equal(1.0, summary.Meetings[1].Held.Estimate);
        Assert.Equal(x.AgreedValue.Mean, x.FinalValue.Mean, 9);
        // In meeting 2 only y was negotiated: no offers on x were put on the table there.
        Assert.Empty(summary.Meetings[1].OfferBands[0]);
        Assert.NotEmpty(summary.Meetings[1].OfferBands[1]);
    }

    [Fact]
    public void ADeclineEndsTheSequenceByDefault()
    {
        var items = new[] { Item("x") };
        var a = Party("a", Positions(("x", At(0.2))));
        var b = Party("b", Positions(("x", At(0.2))), attendance: F(0));
        var c = Party("c", Positions(("x", At(0.2))));
        var meetings = new[] { Meeting("m1", ["a", "b"], ["x"]), Meeting("m2", ["a", "c"], ["x"]) };
        var ends = Run.Summarise(Scenario(items, [a, b, c], meetings), 1_000);
        var goesOn = Run.Summarise(Scenario(items, [a, b, c], meetings, endOnDecline: false), 1_000);
        Assert.Equal(0, ends.Meetings[1].Reached.Count);
        Assert.Equal(1.0, goesOn.Meetings[1].Held.Estimate);
        Assert.Equal(1.0, goesOn.Declined.Estimate);
    }

    [Fact]
    public void FailureLowersTrustAndWithItTheChanceOfAttendingTheNextMeeting()
    {
        // Meeting 1 always fails (disjoint red lines); b's attendance at meeting 2 then falls below its base rate.
        var items = new[] { Item("x"), Item("z") };
        var a = Party("a", Positions(("x", At(0.1, 1, new RedLine(0, 0.3))), ("z", At(0.5))));
        var b = Party("b", Positions(("x", At(0.9, 1, new RedLine(0.7, 1))), ("z", At(0.5))), attendance: F(0.8), trustSensitivity: 8);
        var scenario = Scenario(items, [a, b],
            [Meeting("m1", ["a", "b"], ["x"]), Meeting("m2", ["a", "b"], ["z"])],
            trust: new TrustRules(F(0.5), F(0.1), F(0.2), F(0.2)));
        var summary = Run.Summarise(scenario, 40_000);
        double attendedSecond = (double)summary.Meetings[1].Held.Count / summary.Meetings[1].Reached.Count;
        // Expected: σ(logit 0.8 + 8·(0.3 − 0.5)) = σ(−0.214) ≈ 0.447, against 0.8 without the failure.
        Assert.InRange(attendedSecond, 0.43, 0.46);
    }

    [Fact]
    public void HardeningRaisesTheReservationUtilityAfterFailure()
    {
        // Meeting 1 fails; with hardening, b's floor on z rises from its status-quo utility 0.2 to 0.5, so it demands more in meeting 2.
        Scenario Build(double hardening)
        {
            var items = new[] { Item("x"), Item("z", 0.0) };
            var a = Party("a", Positions(("x", At(0.1, 1, new RedLine(0, 0.3))), ("z", At(0.2))), temperature: 0.05);
            var b = Party("b", Positions(("x", At(0.9, 1, new RedLine(0.7, 1))), ("z", At(0.8))), hardening: hardening, temperature: 0.05);
            return Scenario(items, [a, b], [Meeting("m1", ["a", "b"], ["x"]), Meeting("m2", ["a", "b"], ["z"])]);
        }
        var soft = Run.Summarise(Build(0), 10_000);
        var hard = Run.Summarise(Build(0.5), 10_000);
        Assert.True(hard.Items[1].AgreedValue.Mean > soft.Items[1].AgreedValue.Mean + 0.05,
            $"hardening should move the agreed value toward b: {soft.Items[1].AgreedValue.Mean} -> {hard.Items[1].AgreedValue.Mean}");
    }
}
