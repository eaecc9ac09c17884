using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Tests.Engine;

/// <summary>The embedded 2022 scenario behaves as docs/model.md §10 says it must.</summary>
public class DefaultScenarioTests
{
    private static readonly Scenario Default = TestScenarios.Classic;

    private static Scenario WithRussia(Func<Party, Party> change) =>
        Default with { Parties = Default.Parties.Select(p => p.Id == "russia" ? change(p) : p).ToArray() };

    [Fact]
    public void RaisingRussiasOutsideOptionRaisesTheProbabilityOfEscalation()
    {
        double previous = -1;
        foreach (double outside in new[] { 0.3, 0.45, 0.6 })
        {
            var summary = Run.Summarise(WithRussia(p => p with { OutsideOption = Distribution.Fixed(outside) }), 8_000);
            Assert.True(summary.Escalation.Lower > previous, $"P(escalation) did not rise at outside option {outside}: {summary.Escalation.Estimate}");
            previous = summary.Escalation.Upper;
        }
    }

    [Fact]
    public void ItemsBehindDisjointRedLinesAreNeverAgreed()
    {
        var summary = Run.Summarise(Default, 8_000);
        Assert.Equal(0, summary.Items.Single(i => i.Id == "ukraine").Agreement.Count);
        Assert.Equal(0, summary.Items.Single(i => i.Id == "posture").Agreement.Count);
        Assert.True(summary.Items.Single(i => i.Id == "channels").Agreement.Estimate > 0.2);
    }

    [Fact]
    public void TheEndingsPartitionTheReplicates()
    {
        var s = Run.Summarise(Default, 8_000);
        Assert.Equal(s.Replicates, s.Completed.Count + s.Declined.Count + s.Walkout.Count);
        // Meeting 1 settles its single item unless the meeting is not held or ends in a walkout.
        var m1 = s.Meetings[0];
        Assert.Equal(s.Items.Single(i => i.Id == "channels").Agreement.Count, m1.AnyAgreement.Count);
        Assert.Equal(s.Meetings[1].Reached.Count, m1.Held.Count - m1.Walkout.Count);
    }

    [Fact]
    public void RussiaNeverAttendingMeansNoMeetingAndNoAgreement()
    {
        var summary = Run.Summarise(WithRussia(p => p with { Attendance = Distribution.Fixed(0) }), 4_000);
        Assert.Equal(0, summary.Meetings[0].Held.Count);
        Assert.Equal(0, summary.AnyAgreement.Count);
        Assert.Equal(1.0, summary.Declined.Estimate);
    }
}
