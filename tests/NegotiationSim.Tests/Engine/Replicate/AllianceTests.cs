using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;
using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Replicate;

/// <summary>The alliance as its members (docs/model.md §15): bloc rules, the common offer, stakeholders, mediators, vetoes.</summary>
public class AllianceTests
{
    // One acceptance threshold per negotiation: judging costs no draw, so vetoes are tracked (§15.5).
    private static readonly BargainingRules Tracked = new(ProposerRule.Rotation, AcceptanceNoise.PerNegotiation, false, false);

    private static readonly AgendaItem[] OneItem = [Item("x", 0.5)];

    /// <summary>
    /// A bloc of a leader (capability 2) and two partners (1 each) against "other". The leader concedes toward other's 0.4
    /// past the third member's red line at 0.25, so that member's acceptance decides.
    /// </summary>
    private static Scenario ThreeMembers(BlocRule rule, double threshold = 0.5, BlocOffer offer = BlocOffer.Leader)
    {
        var lead = Party("lead", Positions(("x", At(0.2))), capability: 2);
        var second = Party("second", Positions(("x", At(0.2))), capability: 1);
        var third = Party("third", Positions(("x", At(0.2, 1, new RedLine(0, 0.25)))), capability: 1);
        var other = Party("other", Positions(("x", At(0.4))), exponent: 3);
        return Scenario(OneItem, [lead, second, third, other], [Meeting("m", ["lead", "second", "third", "other"], ["x"])],
            [new Bloc("alliance", ["lead", "second", "third"], F(0), rule, threshold, offer)]) with { Bargaining = Tracked };
    }

    [Fact]
    public void Consensus_blocks_exactly_when_one_members_acceptance_fails()
    {
        var consensus = Run.Summarise(ThreeMembers(BlocRule.Consensus), 500);
        var agreed = consensus.Items[0].AgreedValue;
        // Every agreement respects the third member's red line; offers beyond it are refused by that member alone.
        Assert.True(agreed.Count == 0 || agreed.Q95 <= 0.26, $"agreed up to {agreed.Q95}");
        var counters = Run.Counters(ThreeMembers(BlocRule.Consensus), 500, 7, 1);
        var acc = Accumulator(ThreeMembers(BlocRule.Consensus));
        Assert.Equal(500, counters[acc.PartyVetoAt + 2]);
        Assert.Equal(0, counters[acc.PartyVetoAt + 0]);
        Assert.Equal(0, counters[acc.PartyVetoAt + 1]);
    }

    [Theory]
    [InlineData(0.7, true)]   // the leader and the second member hold 3 of 4: 0.75 ≥ 0.7
    [InlineData(0.75, true)]  // exactly the threshold passes (eq. 40 is ≥)
    [InlineData(0.8, false)]  // 0.75 < 0.8: the third member's refusal now blocks, like consensus
    public void A_weighted_bloc_accepts_exactly_when_the_accepting_capability_reaches_its_threshold(double threshold, bool passesBeyondTheRedLine)
    {
        var summary = Run.Summarise(ThreeMembers(BlocRule.Weighted, threshold), 500);
        var agreed = summary.Items[0].AgreedValue;
        if (passesBeyondTheRedLine)
        {
            Assert.Equal(1.0, summary.AnyAgreement.Estimate);
            Assert.True(agreed.Q05 > 0.26, $"with threshold {threshold} the bloc should agree past the red line, got {agreed.Q05}");
        }
        else
        {
            Assert.True(agreed.Count == 0 || agreed.Q95 <= 0.26, $"with threshold {threshold} the red line should hold, got {agreed.Q95}");
        }
    }

    [Fact]
    public void On_a_weighted_bloc_only_a_swing_member_vetoes()
    {
        // Threshold 0.8: the third member's refusal alone sinks the bloc (0.75 < 0.8 while 1.0 would pass): it swings.
        var scenario = ThreeMembers(BlocRule.Weighted, 0.8);
        var acc = Accumulator(scenario);
        var counters = Run.Counters(scenario, 300, 7, 1);
        Assert.Equal(300, counters[acc.PartyVetoAt + 2]);
        // Threshold 0.7: its refusal does not matter, so it never vetoes.
        var loose = ThreeMembers(BlocRule.Weighted, 0.7);
        Assert.Equal(0, Run.Counters(loose, 300, 7, 1)[Accumulator(loose).PartyVetoAt + 2]);
    }

    [Theory]
    [InlineData(BlocOffer.Leader)]
    [InlineData(BlocOffer.Common)]
    public void A_bloc_of_identical_members_behaves_as_one_party(BlocOffer offer)
    {
        // "west" alone against "east", and the same west split into two identical members deciding by consensus.
        var uncertainEast = new PartyPosition(Distribution.Uniform(0.55, 0.95), F(1), RedLine.None);
        var east = Party("east", new Dictionary<string, PartyPosition> { ["x"] = uncertainEast, ["y"] = At(0.7, 0.5) }, exponent: 2);
        var westPositions = Positions(("x", At(0.1)), ("y", At(0.3, 2)));
        var single = Scenario([Item("x"), Item("y")], [Party("west", westPositions, capability: 2), east],
            [Meeting("m", ["west", "east"], ["x", "y"])]) with { Bargaining = Tracked };
        var split = Scenario([Item("x"), Item("y")], [Party("w1", westPositions), Party("w2", westPositions), east],
            [Meeting("m", ["w1", "w2", "east"], ["x", "y"])],
            [new Bloc("west", ["w1", "w2"], F(0.5), BlocRule.Consensus, Offer: offer)]) with { Bargaining = Tracked };
        var one = Run.Summarise(single, 3_000);
        var two = Run.Summarise(split, 3_000);
        Assert.True(one.AnyAgreement.Count > 100, "agreements expected");
        Assert.Equal(one.AnyAgreement.Count, two.AnyAgreement.Count);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(one.Items[i].AgreedValue.Counts, two.Items[i].AgreedValue.Counts);
            Assert.Equal(one.Items[i].MeanAgreementRound, two.Items[i].MeanAgreementRound);
        }
    }

    [Fact]
    public void A_mediators_proposal_lies_between_the_sides_latest_offers()
    {
        // Rotation a, b, mediator: the mediator's turn (rounds 3, 6, ...) follows one offer of each side.
        var a = Party("a", Positions(("x", At(0.1)), ("y", At(0.8, 0.4))), exponent: 0.5);
        var b = Party("b", Positions(("x", At(0.9, 0.6)), ("y", At(0.2))), exponent: 0.5);
        var mediator = new Party("osce", "osce", new Dictionary<string, PartyPosition>(), F(0), F(0), new ConcessionStrategy(F(1), F(0)),
            F(0), F(0), F(1), F(0), F(0), null, Mediator: true);
        var scenario = Scenario([Item("x"), Item("y")], [a, b, mediator], [Meeting("m", ["a", "b", "osce"], ["x", "y"], rounds: 30)])
            with { Bargaining = Tracked };
        var model = new CompiledModel(scenario);
        var result = MonteCarloRunner.Run(model, new RunSettings(1, 7, 1));
        var c = result.Outcomes.Counters;
        int Bin(int round, int slot)
        {
            for (int bin = 0; bin < CompiledModel.OfferBins; bin++)
                if (c[result.Outcomes.OffersAt + model.OfferCell(0, round, slot, (bin + 0.5) / CompiledModel.OfferBins)] > 0) return bin;
            return -1;
        }
        int checkedRounds = 0;
        for (int t = 2; t < 30; t += 3)
        {
            if (Bin(t, 0) < 0) break; // agreed earlier
            for (int slot = 0; slot < 2; slot++)
            {
                int lo = Math.Min(Bin(t - 2, slot), Bin(t - 1, slot)), hi = Math.Max(Bin(t - 2, slot), Bin(t - 1, slot));
                Assert.InRange(Bin(t, slot), lo, hi);
            }
            checkedRounds++;
        }
        Assert.True(checkedRounds >= 1, "the mediator should propose at least once before agreement");
    }

    [Fact]
    public void A_stakeholders_consent_holds_every_agreement_inside_its_red_line_even_when_absent()
    {
        var a = Party("a", Positions(("x", At(0.1))), exponent: 2);
        var b = Party("b", Positions(("x", At(0.9))), exponent: 2);
        var ukraine = Party("ukraine", Positions(("x", At(0.2, 1, new RedLine(0, 0.45))))) with { Consent = ["x"] };
        var with = Scenario(OneItem, [a, b, ukraine], [Meeting("m", ["a", "b"], ["x"], rounds: 40)]) with { Bargaining = Tracked };
        var without = with with { Parties = [a, b, ukraine with { Consent = null }] };
        var consent = Run.Summarise(with, 1_000);
        var free = Run.Summarise(without, 1_000);
        Assert.True(free.Items[0].AgreedValue.Q95 > 0.45, "without consent the sides meet in the middle");
        Assert.True(consent.Items[0].AgreedValue.Count == 0 || consent.Items[0].AgreedValue.Q95 <= 0.46);
        var acc = Accumulator(with);
        Assert.True(Run.Counters(with, 1_000, 7, 1)[acc.PartyVetoAt + 2] > 0, "the absent stakeholder vetoes");
        // Absent, it draws nothing: the sides' attendance and walkout draws are those of the scenario without it.
        Assert.Equal(free.Meetings[0].Held.Count, consent.Meetings[0].Held.Count);
    }

    [Fact]
    public void A_common_offer_stays_inside_every_present_members_red_lines()
    {
        var scenario = ThreeMembers(BlocRule.Leader, offer: BlocOffer.Common);
        var model = new CompiledModel(scenario);
        var result = MonteCarloRunner.Run(model, new RunSettings(200, 7, 1));
        var c = result.Outcomes.Counters;
        // The bloc is side 0 and proposes in rounds 1, 3, 5, ... (t = 0, 2, 4, ...): no offer of it above 0.25.
        for (int t = 0; t < 20; t += 2)
            for (int bin = 13; bin < CompiledModel.OfferBins; bin++)
                Assert.Equal(0, c[result.Outcomes.OffersAt + model.OfferCell(0, t, 0, (bin + 0.5) / CompiledModel.OfferBins)]);
        // The leader's own offers (offer: leader) do cross it: the common offer is what keeps them inside.
        var own = new CompiledModel(ThreeMembers(BlocRule.Leader));
        var ownCounters = MonteCarloRunner.Run(own, new RunSettings(200, 7, 1)).Outcomes.Counters;
        long beyond = 0;
        for (int t = 0; t < 20; t += 2)
            for (int bin = 13; bin < CompiledModel.OfferBins; bin++)
                beyond += ownCounters[MonteCarloRunner.NewAccumulator(own).OffersAt + own.OfferCell(0, t, 0, (bin + 0.5) / CompiledModel.OfferBins)];
        Assert.True(beyond > 0);
    }

    [Fact]
    public void Veto_counts_add_up_on_the_default_scenario()
    {
        var scenario = NegotiationSim.Experiments.ExperimentReader.ReadDefault().Scenario;
        var model = new CompiledModel(scenario);
        var result = MonteCarloRunner.Run(model, new RunSettings(2_000, 11, 2));
        var acc = result.Outcomes;
        var c = acc.Counters;
        Assert.True(acc.TracksVetoes);
        long anyVeto = 0;
        for (int a = 0; a < model.Parties; a++)
        {
            long replicates = c[acc.PartyVetoAt + a];
            long negotiations = 0;
            for (int m = 0; m < model.Meetings; m++) negotiations += c[acc.MeetingVetoAt + m * model.Parties + a];
            // A replicate in which a party vetoed holds at least one negotiation it vetoed in, and at most all of them.
            Assert.InRange(replicates, 0, 2_000);
            Assert.True(negotiations >= replicates, $"{scenario.Parties[a].Id}: {negotiations} negotiations < {replicates} replicates");
            anyVeto += replicates;
        }
        Assert.True(anyVeto > 0, "some party vetoes in the default scenario");
        for (int b = 0; b < acc.Blocs; b++) Assert.InRange(c[acc.BlocSplitAt + b], 0, c[acc.BlocJudgedAt + b]);
    }

    private static OutcomeAccumulator Accumulator(Scenario scenario) => MonteCarloRunner.NewAccumulator(new CompiledModel(scenario));
}
