using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;
using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Replicate;

/// <summary>
/// The shadow of war (docs/model.md §13): hand-computed values of the war lottery, and the metamorphic properties
/// §13 states, checked on generated crises as well as on the default scenario.
/// </summary>
public class ShadowOfWarTests
{
    private static readonly BargainingRules AllOn = new(ProposerRule.Simultaneous, AcceptanceNoise.PerNegotiation, true, true);
    private static readonly DateOnly Day0 = new(2022, 1, 10);

    /// <summary>
    /// A two-party crisis: "r" can start a war over "core" (it wants 0, "w" wants 1, today 0.7); "tech" is a side item
    /// both want raised from 0.1. Both bear costs of war; meetings are dated and timed.
    /// </summary>
    private static Scenario Crisis(double costR = 0.1, double costW = 0.1, double prevails = 0.5, double? prevailsEnd = null,
        int rounds = 40, BargainingRules? rules = null, IReadOnlyList<Linkage>? linkage = null, Settlement settlement = Settlement.ItemByItem,
        bool reverse = false, double walkoutRate = 0.02, MeetingFormat format = MeetingFormat.Talks, double escalationTemperature = 0.05,
        bool tradeable = true)
    {
        var items = new[] { Item("core", 0.7), Item("tech", 0.1) };
        var r = new Party("r", "r", Positions(("core", new PartyPosition(F(0.1), F(1), RedLine.None)), ("tech", At(0.8, 0.3))),
            F(1), F(0), new ConcessionStrategy(F(1), F(0)), F(0.01), F(0), F(1), F(0), F(0), null, linkage, F(walkoutRate));
        var w = new Party("w", "w", Positions(("core", new PartyPosition(F(0.9), F(1), RedLine.None, tradeable)), ("tech", At(0.7, 0.3))),
            F(1), F(0), new ConcessionStrategy(F(1), F(0)), F(0.01), F(0), F(1), F(0), F(0), null, null, F(walkoutRate));
        var war = new War(["r"], new WarOdds(F(prevails), F(prevailsEnd ?? prevails), new DateOnly(2021, 12, 1), new DateOnly(2022, 2, 1)),
            new Dictionary<string, Distribution> { ["core"] = F(0) }, new Dictionary<string, Distribution> { ["core"] = F(1) },
            new Dictionary<string, Distribution> { ["r"] = F(costR), ["w"] = F(costW) });
        string[] order = reverse ? ["w", "r"] : ["r", "w"];
        var meetings = new[]
        {
            new Meeting("m1", "m1", order, ["tech", "core"], rounds, settlement, ProtocolKind.AlternatingOffers, Day0, 4, format),
            new Meeting("m2", "m2", order, ["core", "tech"], rounds, settlement, ProtocolKind.AlternatingOffers, Day0.AddDays(14), 4, format),
        };
        return new Scenario("crisis", "", items, [r, w], [], meetings, new TrustRules(F(0.5), F(0.1), F(0.1), F(0.2)),
            new SequenceRules(true, true, F(escalationTemperature), new DateOnly(2022, 2, 24)), 1, war, rules ?? AllOn);
    }

    /// <summary>
    /// Generated crises for the metamorphic properties: 2–4 parties (the first can start the war), 1–4 items with
    /// random ideals, saliences, status quo and war outcomes, 1–3 dated meetings of random settlement, uncertain
    /// costs and chance of prevailing, every rule of §13 on.
    /// </summary>
    private static Scenario Generated(int seed, double extraCost = 0, int extraCostParty = -1, int rounds = 40, bool reverse = false,
        double? escalationTemperature = null, BargainingRules? rules = null)
    {
        var rng = new Random(seed);
        int parties = rng.Next(2, 5), items = rng.Next(1, 5), meetings = rng.Next(1, 4);
        double U(double lo, double hi) => lo + (hi - lo) * rng.NextDouble();
        Distribution Pert(double lo, double hi) { double a = U(lo, hi), b = U(lo, hi); return Distribution.Pert(Math.Min(a, b), (a + b) / 2, Math.Max(a, b) + 1e-3); }
        var itemList = Enumerable.Range(0, items).Select(i => Item("i" + i, Math.Round(U(0.1, 0.9), 3))).ToArray();
        var ifWon = new Dictionary<string, Distribution>();
        var ifLost = new Dictionary<string, Distribution>();
        foreach (var item in itemList)
        {
            if (rng.NextDouble() < 0.3) continue;
            ifWon[item.Id] = Pert(0, 0.3);
            ifLost[item.Id] = Pert(0.7, 0.99);
        }
        var costs = new Dictionary<string, Distribution>();
        var partyList = new List<Party>();
        for (int a = 0; a < parties; a++)
        {
            string id = "p" + a;
            var positions = itemList.ToDictionary(i => i.Id, _ => new PartyPosition(Pert(0, 1), Pert(0.1, 1), RedLine.None, rng.NextDouble() < 0.5));
            partyList.Add(new Party(id, id, positions, F(U(0.5, 2)), F(U(0, 0.3)), new ConcessionStrategy(F(U(0.3, 3)), F(0)),
                Pert(0, 0.05), F(0), F(U(0.7, 1)), F(0), F(0), null, null, Pert(0, 0.05)));
            double c = U(0.02, 0.2);
            costs[id] = F(c + (extraCostParty < 0 || extraCostParty == a ? extraCost : 0));
        }
        var ids = partyList.Select(p => p.Id).ToArray();
        if (reverse) Array.Reverse(ids);
        var meetingList = Enumerable.Range(0, meetings).Select(m => new Meeting("m" + m, "m" + m, ids,
            itemList.Select(i => i.Id).Where(_ => rng.NextDouble() < 0.8).DefaultIfEmpty(itemList[0].Id).ToArray(), rounds,
            rng.NextDouble() < 0.5 ? Settlement.Package : Settlement.ItemByItem, ProtocolKind.AlternatingOffers, Day0.AddDays(7 * m), U(2, 8))).ToArray();
        var war = new War(["p0"], new WarOdds(Pert(0.2, 0.6), Pert(0.4, 0.8), new DateOnly(2021, 12, 1), new DateOnly(2022, 2, 1)), ifWon, ifLost, costs);
        return new Scenario("generated", "", itemList, partyList, [], meetingList, new TrustRules(F(0.5), F(0.1), F(0.1), F(0.2)),
            new SequenceRules(rng.NextDouble() < 0.5, true, F(escalationTemperature ?? U(0.03, 0.1)), new DateOnly(2022, 2, 24)), 1, war, rules ?? AllOn);
    }

    private static readonly int[] Seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    // ---- §13.1 the war lottery, by hand ------------------------------------------------------------------------------

    [Fact]
    public void The_chance_of_prevailing_is_linear_between_its_dated_values_and_constant_outside_them()
    {
        var model = new CompiledModel(Crisis(prevails: 0.2, prevailsEnd: 0.8));
        var ws = new Workspace(model);
        ReplicateBlock.SampleOne(model, 1, 0).CopyTo(ws.Parameters, 0);
        double from = new DateOnly(2021, 12, 1).DayNumber, to = new DateOnly(2022, 2, 1).DayNumber;
        Assert.Equal(0.2, ShadowOfWar.PrevailChance(model, ws.Parameters, from - 10), 12);
        Assert.Equal(0.2 + 0.6 * 31 / 62, ShadowOfWar.PrevailChance(model, ws.Parameters, from + 31), 12);
        Assert.Equal(0.8, ShadowOfWar.PrevailChance(model, ws.Parameters, to + 5), 12);
    }

    [Fact]
    public void The_outside_option_is_the_war_lottery_minus_the_cost_of_war()
    {
        // r: weights core 1/1.3, tech 0.3/1.3; war sets core to 0 (won, p = 0.3) or 1 (lost), tech stays at 0.1.
        var model = new CompiledModel(Crisis(costR: 0.1, prevails: 0.3));
        var ws = new Workspace(model);
        var summary = Run.Summarise(Crisis(costR: 0.1, prevails: 0.3), 1);
        Assert.NotNull(summary.BargainingRange);
        ReplicateBlock.SampleOne(model, 1, 0).CopyTo(ws.Parameters, 0);
        for (int a = 0; a < 2; a++)
            for (int i = 0; i < 2; i++) ws.Weight[a * 2 + i] = ws.Parameters[model.Layout.Salience + a * 2 + i] / 1.3;
        double[] state = [0.7, 0.1];
        double won = 1 - (0.1 / 1.3 + 0.3 * 0.7 / 1.3), lost = 1 - (0.9 / 1.3 + 0.3 * 0.7 / 1.3);
        Assert.Equal(0.3 * won + 0.7 * lost - 0.1, ShadowOfWar.OutsideOption(model, ws, ws.Parameters, model.Layout.Ideal, 0, Day0.DayNumber, state), 12);
    }

    [Fact]
    public void A_war_fought_sets_the_items_it_decides_and_charges_its_cost()
    {
        // r's war is certain to be won, worth its ideal on core, and free; a tiny temperature makes it start it surely.
        var scenario = Crisis(costR: 0, costW: 0.3, prevails: 1, escalationTemperature: 1e-6);
        var record = ReplicateRecord.Inspect(new CompiledModel(scenario), 3, 0);
        Assert.True(record.Escalated[0]);
        Assert.Equal(0, record.Value[0]);
        Assert.Equal(Ending.War, record.Ending);
        // w's final utility: core at 0 against its ideal 0.9 (weight 1/1.3), tech as it stood, minus its cost 0.3.
        Assert.True(record.Utility[1] < 1 - 0.9 / 1.3 - 0.3 + 1e-9);
    }

    [Fact]
    public void A_rising_power_waits_for_the_final_decision_and_a_declining_one_strikes_first()
    {
        var rising = Run.Summarise(Crisis(costR: 0, prevails: 0.6, prevailsEnd: 0.99, escalationTemperature: 0.01), 4_000);
        Assert.Equal(0, rising.Meetings[0].EscalatedBefore!.Count);
        Assert.True(rising.EscalationAtEnd!.Estimate > 0.5);
        var declining = Run.Summarise(Crisis(costR: 0, prevails: 0.99, prevailsEnd: 0.6, escalationTemperature: 0.01), 4_000);
        Assert.True(declining.Meetings[0].EscalatedBefore!.Estimate > 0.5);
        Assert.Equal(declining.Meetings[0].EscalatedBefore!.Count, declining.EndedByWar!.Count);
    }

    // ---- §13.2 outside options at the table --------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(SeedData))]
    public void A_better_outside_option_never_lowers_its_holders_expected_utility(int seed)
    {
        // A lower cost of war is a better outside option; checked for the initiator (p0) and for one other party (p1),
        // on paired replicates (same seed): the mean change in final utility is never negative beyond Monte Carlo error.
        // The initiator decides on war as a rational chooser would (T_esc → 0): with noisy escalation a better option also
        // makes mistaken wars likelier, and its expected utility can fall (docs/model.md §13.8 reports it).
        foreach (int party in new[] { 0, 1 })
        {
            var worse = new CompiledModel(Generated(seed, extraCost: 0.1, extraCostParty: party, escalationTemperature: 1e-6));
            var better = new CompiledModel(Generated(seed, extraCost: 0, extraCostParty: party, escalationTemperature: 1e-6));
            const int N = 3_000;
            double sum = 0, sumSq = 0;
            for (long r = 0; r < N; r++)
            {
                double d = ReplicateRecord.Inspect(better, 11, r).Utility[party] - ReplicateRecord.Inspect(worse, 11, r).Utility[party];
                sum += d;
                sumSq += d * d;
            }
            double mean = sum / N, se = Math.Sqrt(Math.Max(0, sumSq / N - mean * mean) / N);
            Assert.True(mean >= -3 * se - 1e-12, $"seed {seed}, party p{party}: mean change {mean:F5} (se {se:F5})");
        }
    }

    public static TheoryData<int> SeedData() => [.. Seeds];

    [Theory]
    [MemberData(nameof(SeedData))]
    public void Higher_costs_of_war_for_every_party_never_shrink_the_bargaining_range(int seed)
    {
        long Range(double extra) => Run.Summarise(Generated(seed, extraCost: extra), 2_000, seed: 5).BargainingRange!.Count;
        long low = Range(0), mid = Range(0.05), high = Range(0.2);
        Assert.True(low <= mid && mid <= high, $"seed {seed}: ranges {low} <= {mid} <= {high} fails");
    }

    [Fact]
    public void The_threat_of_war_makes_the_other_side_concede_more()
    {
        // w bears a higher cost of war: its floor on core falls (eq. 31), so core is agreed more often and nearer r's ideal.
        var cheap = Run.Summarise(Crisis(costW: 0.0, costR: 0.02), 10_000);
        var dear = Run.Summarise(Crisis(costW: 0.4, costR: 0.02), 10_000);
        var a = cheap.Items[0];
        var b = dear.Items[0];
        Assert.True(b.Agreement.Estimate >= a.Agreement.Estimate, $"P(core agreed) {a.Agreement.Estimate:F3} -> {b.Agreement.Estimate:F3}");
        Assert.True(b.FinalValue.Mean <= a.FinalValue.Mean + 1e-9, $"mean final core {a.FinalValue.Mean:F3} -> {b.FinalValue.Mean:F3}");
    }

    // ---- §13.5 time, not rounds -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Results_do_not_depend_on_the_round_grid_nor_on_who_proposes_last(int seed)
    {
        const int N = 8_000;
        var baseline = Run.Summarise(Generated(seed, rounds: 40), N, seed: 3);
        foreach (var (label, other) in new[]
        {
            ("20 rounds", Run.Summarise(Generated(seed, rounds: 20), N, seed: 4)),
            ("81 rounds", Run.Summarise(Generated(seed, rounds: 81), N, seed: 5)),
            ("reversed speaking order", Run.Summarise(Generated(seed, rounds: 40, reverse: true), N, seed: 6)),
        })
        {
            AssertClose(baseline.Escalation, other.Escalation, $"seed {seed}, {label}: P(escalation)");
            AssertClose(baseline.AnyAgreement, other.AnyAgreement, $"seed {seed}, {label}: P(any agreement)");
            AssertClose(baseline.Walkout, other.Walkout, $"seed {seed}, {label}: P(walkout)");
            for (int i = 0; i < baseline.Items.Count; i++)
                AssertClose(baseline.Items[i].Agreement, other.Items[i].Agreement, $"seed {seed}, {label}: P(agreed {baseline.Items[i].Id})");
        }
    }

    /// <summary>Independent runs agree within 4.5 standard errors of their difference, plus a grid allowance of 0.02.</summary>
    private static void AssertClose(Proportion a, Proportion b, string what)
    {
        double se = Math.Sqrt(a.Estimate * (1 - a.Estimate) / a.Total + b.Estimate * (1 - b.Estimate) / b.Total);
        Assert.True(Math.Abs(a.Estimate - b.Estimate) <= 4.5 * se + 0.02, $"{what}: {a.Estimate:F4} vs {b.Estimate:F4} (se {se:F4})");
    }

    [Fact]
    public void Symmetric_parties_get_symmetric_outcomes()
    {
        // Two mirror images on one item (ideals 0.2 and 0.8, status quo 0.5), both able to start a symmetric war.
        var items = new[] { Item("x", 0.5) };
        Party P(string id, double ideal) => new(id, id, Positions(("x", new PartyPosition(F(ideal), F(1), RedLine.None))), F(1), Distribution.Uniform(0, 0.3),
            new ConcessionStrategy(Distribution.Uniform(0.5, 2), F(0)), F(0.02), F(0), F(1), F(0), F(0), null, null, F(0.02));
        var war = new War(["a", "b"], new WarOdds(F(0.5), F(0.5), null, null),
            new Dictionary<string, Distribution> { ["x"] = F(0) }, new Dictionary<string, Distribution> { ["x"] = F(1) },
            new Dictionary<string, Distribution> { ["a"] = Distribution.Uniform(0, 0.2), ["b"] = Distribution.Uniform(0, 0.2) });
        // "Prevails" is the first initiator's side; a symmetric war gives each side one half, so x ends at 0 or 1 with equal chance.
        var scenario = new Scenario("sym", "", items, [P("a", 0.2), P("b", 0.8)], [],
            [new Meeting("m", "m", ["a", "b"], ["x"], 40, Settlement.Package, ProtocolKind.AlternatingOffers, Day0, 4)],
            new TrustRules(F(0.5), F(0.1), F(0.1), F(0.2)), new SequenceRules(true, true, F(0.05), new DateOnly(2022, 2, 24)), 1, war, AllOn);
        var s = Run.Summarise(scenario, 20_000);
        var agreed = s.Items[0].AgreedValue;
        Assert.True(agreed.Count > 1_000);
        Assert.InRange(agreed.Mean, 0.5 - 4 * agreed.StandardDeviation / Math.Sqrt(agreed.Count), 0.5 + 4 * agreed.StandardDeviation / Math.Sqrt(agreed.Count));
        AssertClose(s.Parties[0].WalkedOut, s.Parties[1].WalkedOut, "walkouts");
        Assert.Equal(s.Parties[0].FinalUtility.Mean, s.Parties[1].FinalUtility.Mean, 0.02);
    }

    // ---- §13.4 linkage ----------------------------------------------------------------------------------------------

    [Fact]
    public void A_linkage_that_holds_leaves_held_meetings_with_nothing_agreed_and_nobody_walking_out()
    {
        // Without a war and with tech agreeable, r refuses tech until core is settled; core is never settled here.
        var noCore = Crisis(rules: BargainingRules.Classic, walkoutRate: 0) with { War = null };
        noCore = noCore with { Parties = [.. noCore.Parties.Select(p => p with { Positions = p.Positions.ToDictionary(kv => kv.Key, kv =>
            kv.Key == "core" ? kv.Value with { RedLine = p.Id == "r" ? new RedLine(0, 0.2) : new RedLine(0.8, 1) } : kv.Value) })] };
        var linked = noCore with { Parties = [noCore.Parties[0] with { Linkages = [new Linkage(["tech"], ["core"], F(1))] }, noCore.Parties[1]] };
        var free = Run.Summarise(noCore, 2_000);
        var tied = Run.Summarise(linked, 2_000);
        Assert.True(free.Items[1].Agreement.Estimate > 0.9);
        Assert.Equal(0, tied.Items[1].Agreement.Count);
        Assert.Equal(2_000, tied.Meetings[0].Held.Count);
        Assert.Equal(0, tied.Walkout.Count);
        Assert.Equal(2_000, tied.Meetings[0].LinkageBlocked!.Count);
    }

    [Fact]
    public void A_linkage_is_met_when_its_condition_is_settled_in_the_same_package()
    {
        var package = Crisis(rules: BargainingRules.Classic, settlement: Settlement.Package) with { War = null };
        var linked = package with { Parties = [package.Parties[0] with { Linkages = [new Linkage(["tech"], ["core"], F(1))] }, package.Parties[1]] };
        var s = Run.Summarise(linked, 2_000);
        Assert.Equal(0, s.Meetings[0].LinkageBlocked!.Count);
        Assert.True(s.Items[1].Agreement.Estimate > 0.5);
        Assert.Equal(s.Items[0].Agreement.Count, s.Items[1].Agreement.Count);
    }

    [Fact]
    public void A_linkage_holds_with_its_stated_probability()
    {
        var scenario = Crisis(rules: BargainingRules.Classic, walkoutRate: 0) with { War = null };
        scenario = scenario with { Parties = [.. scenario.Parties.Select(p => p with { Positions = p.Positions.ToDictionary(kv => kv.Key, kv =>
            kv.Key == "core" ? kv.Value with { RedLine = p.Id == "r" ? new RedLine(0, 0.2) : new RedLine(0.8, 1) } : kv.Value) })] };
        var linked = scenario with { Parties = [scenario.Parties[0] with { Linkages = [new Linkage(["tech"], ["core"], F(0.3))] }, scenario.Parties[1]] };
        var s = Run.Summarise(linked, 20_000);
        Assert.InRange(s.Meetings[0].LinkageBlocked!.Estimate, 0.3 - 0.015, 0.3 + 0.015);
    }

    // ---- §13.6 and §13.7 --------------------------------------------------------------------------------------------

    [Fact]
    public void Offers_stop_at_the_status_quo_unless_the_item_is_tradeable()
    {
        // A logroll: r weighs a most, w weighs b most; the only deals give each side's minor item away past the status quo.
        var items = new[] { Item("a", 0.5), Item("b", 0.5) };
        Party P(string id, double ia, double sa, double ib, double sb, bool tradeable) => new(id, id,
            Positions(("a", new PartyPosition(F(ia), F(sa), RedLine.None, tradeable)), ("b", new PartyPosition(F(ib), F(sb), RedLine.None, tradeable))),
            F(1), F(0), new ConcessionStrategy(F(1), F(0)), F(0), F(0), F(1), F(0), F(0), null);
        Scenario Logroll(bool stop, bool tradeable) => Scenario(items, [P("r", 0, 1, 0, 0.2, tradeable), P("w", 1, 0.2, 1, 1, tradeable)],
            [Meeting("m", ["r", "w"], ["a", "b"], 20)]) with { Bargaining = new BargainingRules(ProposerRule.Rotation, AcceptanceNoise.PerOffer, false, stop) };
        // Without the rule, or with tradeable items, the sides trade: a goes toward r, b toward w. With the rule, nobody
        // offers past 0.5, and all that can be "agreed" is the status quo itself.
        foreach (var (stop, tradeable) in new[] { (false, false), (true, true) })
        {
            var s = Run.Summarise(Logroll(stop, tradeable), 200);
            Assert.True(s.Items[0].AgreedValue.Q95 < 0.45 && s.Items[1].AgreedValue.Q05 > 0.55, $"stop {stop}, tradeable {tradeable}: no trade");
        }
        var stopped = Run.Summarise(Logroll(stop: true, tradeable: false), 200);
        Assert.All(stopped.Items, i => Assert.InRange(i.FinalValue.Mean, 0.5 - 1e-9, 0.5 + 1e-9));
    }

    [Fact]
    public void A_written_exchange_is_one_offer_and_one_reply_and_nobody_walks_out()
    {
        var s = Run.Summarise(Crisis(format: MeetingFormat.Written, walkoutRate: 1e3, rules: BargainingRules.Classic with { ShadowOfWar = true }), 2_000);
        Assert.Equal(0, s.Walkout.Count);
        Assert.All(s.Meetings, m => Assert.InRange(m.MeanRounds, 0, 2 * 2));
        Assert.All(s.Meetings, m => Assert.All(m.OfferBands, bands => Assert.All(bands, b => Assert.InRange(b.Round, 1, 2))));
    }

    // ---- the default scenario ---------------------------------------------------------------------------------------

    [Fact]
    public void The_default_scenario_is_bit_identical_on_one_and_two_threads()
    {
        var scenario = ExperimentReader.ReadDefault().Scenario;
        Assert.Equal(Run.Counters(scenario, 6_000, 20220120, 1), Run.Counters(scenario, 6_000, 20220120, 2));
    }

    [Fact]
    public void The_default_scenario_allocates_nothing_per_replicate()
    {
        var model = new CompiledModel(ExperimentReader.ReadDefault().Scenario);
        var block = new ReplicateBlock(model);
        var acc = MonteCarloRunner.NewAccumulator(model);
        Run.Reduce(block, acc, 1, 0, 192);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run.Reduce(block, acc, 1, 192, 2_000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void In_the_default_scenario_the_technical_items_are_left_open_because_of_linkage_not_red_lines()
    {
        var file = ExperimentReader.ReadDefault();
        var s = Run.Summarise(file.Scenario, 10_000, seed: 20220120, threads: 2);
        var free = Run.Summarise(ExperimentReader.Materialise(file, "no-linkage").Scenario, 10_000, seed: 20220120, threads: 2);
        foreach (string id in new[] { "missiles", "nuclear", "transparency", "channels" })
        {
            double linked = s.Items.Single(i => i.Id == id).Agreement.Estimate, unlinked = free.Items.Single(i => i.Id == id).Agreement.Estimate;
            Assert.True(unlinked > linked + 0.1, $"{id}: {linked:F3} with linkage, {unlinked:F3} without");
        }
        Assert.True(s.Meetings.Single(m => m.Id == "nrc").LinkageBlocked!.Estimate > 0.3);
    }
}
