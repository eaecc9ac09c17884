using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Scenarios;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Replicate;

/// <summary>
/// Private information and learning (docs/model.md §14): Bayes updates against hand-computed cases, complete
/// information as the special case of degenerate beliefs (bit-identical), the risk–return trade-off of a demand on a
/// two-party crisis where it is known analytically, misperception as a cause of war, threads and allocation.
/// </summary>
public class PrivateInformationTests
{
    private static readonly BargainingRules AllOn = new(ProposerRule.Simultaneous, AcceptanceNoise.PerNegotiation, true, true);
    private static readonly DateOnly Day0 = new(2022, 1, 1);
    private static readonly DateOnly Decision = new(2022, 2, 1);

    private static ResolveTypes Types(double prior, double extraCost, double? believes = null, (double R, double I)? mobilises = null,
        Distribution? extra = null) =>
        new(F(prior), extra ?? F(extraCost), mobilises is { } m ? F(m.R) : null, mobilises is { } n ? F(n.I) : null,
            believes is { } b ? new Dictionary<string, Distribution> { ["w"] = F(b) } : new Dictionary<string, Distribution>(), false);

    /// <summary>
    /// One item x (status quo <paramref name="statusQuo"/>): "w" wants 0, the initiator "r" wants 1; war sets x to 1 if
    /// r prevails (chance 0.5 at the meeting, rising to 0.51 by the decision, so r waits) and to 0 otherwise. One written
    /// exchange (each side's considered position, w first), strict acceptance: r of either type accepts w's offer
    /// exactly when it gives r at least that type's floor.
    /// </summary>
    private static Scenario Exchange(double demand, ResolveTypes? types, double costR = 0.05, double costW = 0.3, double statusQuo = 0.3,
        double temperature = 0.001, MeetingFormat format = MeetingFormat.Written, int rounds = 2, bool stopAtStatusQuo = false)
    {
        var w = new Party("w", "w", Positions(("x", At(0))), F(1), F(demand), new ConcessionStrategy(F(1), F(0)), F(0), F(0), F(1), F(0), F(0), null);
        var r = new Party("r", "r", Positions(("x", At(1))), F(1), F(0), new ConcessionStrategy(F(1), F(0)), F(0), F(0), F(1), F(0), F(0), null);
        var war = new War(["r"], new WarOdds(F(0.5), F(0.51), Day0, Decision),
            new Dictionary<string, Distribution> { ["x"] = F(1) }, new Dictionary<string, Distribution> { ["x"] = F(0) },
            new Dictionary<string, Distribution> { ["r"] = F(costR), ["w"] = F(costW) },
            types is null ? null : new Dictionary<string, ResolveTypes> { ["r"] = types });
        var meetings = new[] { new Meeting("m", "m", ["w", "r"], ["x"], rounds, Settlement.Package, ProtocolKind.AlternatingOffers, Day0, 4, format) };
        return new Scenario("exchange", "", [Item("x", statusQuo)], [w, r], [], meetings, new TrustRules(F(0.5), F(0.1), F(0.1), F(0.2)),
            new SequenceRules(true, true, F(temperature), Decision), 1, war,
            new BargainingRules(ProposerRule.Rotation, AcceptanceNoise.PerOffer, true, stopAtStatusQuo));
    }

    // ---- Bayes' rule, by hand ----------------------------------------------------------------------------------------

    [Fact]
    public void Bayes_rule_gives_the_hand_computed_posteriors()
    {
        Assert.Equal(0.75, Beliefs.Update(0.5, 0.9, 0.3), 15);                 // 0.45 / (0.45 + 0.15)
        Assert.Equal(0.12 / 0.28, Beliefs.Update(0.2, 0.6, 0.2), 15);          // 0.12 / (0.12 + 0.16)
        Assert.Equal(0.05 / 0.4, Beliefs.Update(0.5, 0.1, 0.7), 15);
        Assert.Equal(1.0, Beliefs.Update(1, 0.3, 0.9));                        // a degenerate belief stays
        Assert.Equal(0.0, Beliefs.Update(0, 0.3, 0.9));
        Assert.Equal(0.4, Beliefs.Update(0.4, 0, 0));                          // an impossible event changes nothing
        Assert.Equal(0.0, Beliefs.Update(0.4, 0, 0.5));                        // impossible for the resolute: ruled out
    }

    [Fact]
    public void The_signal_moves_every_belief_to_one_of_two_hand_computed_posteriors_and_keeps_its_mean()
    {
        // Prior 0.5; the resolute mobilise with 0.9, the irresolute (bluffing) with 0.3. Mobilised: 0.75; not: 0.1·0.5/(0.05 + 0.35) = 0.125.
        var scenario = Exchange(0.6, Types(0.5, 0.45, mobilises: (0.9, 0.3)));
        var s = Run.Summarise(scenario, 20_000);
        var pair = Assert.Single(s.Learning!.Beliefs);
        Assert.Equal(("w", "r"), (pair.Observer, pair.Initiator));
        var counts = pair.AfterSignal.Counts;
        Assert.Equal(20_000, counts[75] + counts[12]);
        Assert.InRange(counts[75] / 20_000.0, 0.6 - 0.012, 0.6 + 0.012);     // P(mobilised) = 0.5·0.9 + 0.5·0.3
        // A belief is a martingale: its mean after the signal is the prior.
        Assert.InRange(pair.AfterSignal.Mean, 0.5 - 3 * 0.32 / Math.Sqrt(20_000), 0.5 + 3 * 0.32 / Math.Sqrt(20_000));
        Assert.InRange(pair.InitiatorResolute.Estimate, 0.49, 0.51);
    }

    [Fact]
    public void Keeping_the_peace_is_evidence_against_resolve_computed_by_hand()
    {
        // A constant chance of prevailing (no waiting): at the decision before the meeting each type escalates with σ((o_θ − u)/T).
        var types = Types(0.5, 0.3);
        var scenario = Exchange(0.6, types, temperature: 0.1) with { };
        var constant = scenario with { War = scenario.War! with { Prevails = new WarOdds(F(0.5), F(0.5), null, null) } };
        var model = new CompiledModel(constant);
        var ws = Run.Played(model, 1, 0);
        ws.StatusQuo[0] = 0.3;
        ws.Belief[0 * 2 + 1] = 0.5;
        ws.EscalationSoFar[2] = ws.EscalationSoFar[3] = 0;
        ws.TypeCost[2] = 0.05; ws.TypeCost[3] = 0.35;
        ws.Parameters[model.Layout.WarCost + 1] = 0.05;
        // r's utility of x = 0.3 is 0.3; its lottery 0.5·1 + 0.5·0 = 0.5; outside options 0.45 and 0.15.
        double pr = 1 / (1 + Math.Exp(-(0.45 - 0.3) / 0.1)), pi = 1 / (1 + Math.Exp(-(0.15 - 0.3) / 0.1));
        Beliefs.ObserveNoWar(model, ws, double.NaN);
        double expected = 0.5 * (1 - pr) / (0.5 * (1 - pr) + 0.5 * (1 - pi));
        Assert.Equal(expected, ws.Belief[1], 12);
        // A second identical decision: the resolve uniform already beat these odds, so nothing more is learnt.
        Beliefs.ObserveNoWar(model, ws, double.NaN);
        Assert.Equal(expected, ws.Belief[1], 12);
    }

    [Fact]
    public void Responses_update_beliefs_with_the_hand_computed_likelihoods()
    {
        var model = new CompiledModel(Exchange(0.6, Types(0.5, 0.3)));
        var ws = Run.Played(model, 1, 0);
        // Participant 1 (r) with type floors 0.6 (resolute) and 0.3 (irresolute); the concession fraction 1 (α = floor).
        const int j = 1;
        ws.TypeFloor[2 * j] = 0.6; ws.TypeFloor[2 * j + 1] = 0.3;
        double T = 0.1;
        static double S(double z) => 1 / (1 + Math.Exp(-z));

        // A fresh coin per offer: rejects an offer worth 0.5, then accepts one worth 0.55.
        Beliefs.ResetResponses(ws, j);
        Beliefs.Observe(ws, j, 0.5, 1, T, false, false);
        Beliefs.Observe(ws, j, 0.55, 1, T, true, false);
        double lr = (1 - S(-0.1 / T)) * S(-0.05 / T), li = (1 - S(0.2 / T)) * S(0.25 / T);
        ws.Belief[0 * 2 + 1] = 0.5;
        Beliefs.AfterNegotiation(model, ws, 0);
        Assert.Equal(0.5 * lr / (0.5 * lr + 0.5 * li), ws.Belief[1], 12);
    }

    [Fact]
    public void With_one_threshold_per_negotiation_only_the_largest_rejected_and_smallest_accepted_offers_count()
    {
        var scenario = Exchange(0.6, Types(0.5, 0.3)) with { Bargaining = AllOn with { OffersStopAtStatusQuo = false } };
        var model = new CompiledModel(scenario);
        var ws = Run.Played(model, 1, 0);
        const int j = 1;
        ws.TypeFloor[2 * j] = 0.6; ws.TypeFloor[2 * j + 1] = 0.3;
        ws.Parameters[model.Layout.AcceptanceTemperature + 1] = 0.1;
        static double S(double z) => 1 / (1 + Math.Exp(-z));
        Beliefs.ResetResponses(ws, j);
        Beliefs.Observe(ws, j, 0.40, 1, 0.1, false, true);
        Beliefs.Observe(ws, j, 0.50, 1, 0.1, false, true);   // the largest rejected
        Beliefs.Observe(ws, j, 0.70, 1, 0.1, true, true);
        Beliefs.Observe(ws, j, 0.65, 1, 0.1, true, true);    // the smallest accepted
        ws.Belief[1] = 0.5;
        Beliefs.AfterNegotiation(model, ws, 0);
        double lr = S(0.05 / 0.1) - S(-0.1 / 0.1), li = S(0.35 / 0.1) - S(0.2 / 0.1);
        Assert.Equal(0.5 * lr / (0.5 * lr + 0.5 * li), ws.Belief[1], 12);
    }

    // ---- complete information is the special case of degenerate beliefs -------------------------------------------------

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Degenerate_beliefs_that_know_the_type_give_the_complete_information_model_bit_for_bit(int seed)
    {
        var rng = new Random(seed);
        var baseline = GeneratedCrisis(seed);
        var war = baseline.War!;
        string initiator = war.Initiators[0];
        double cost = war.Costs[initiator].Mean;
        // Resolute for sure and known to be (the irresolute's cost and the signal drawn but never used to mislead).
        var resolute = baseline with { War = war with { Types = new Dictionary<string, ResolveTypes> { [initiator] =
            new(F(1), Distribution.Uniform(0.05, 0.3), F(0.8), F(0.3), new Dictionary<string, Distribution>(), false) } } };
        // Irresolute for sure and known to be: the same as the complete-information model with the higher cost.
        double extra = Math.Round(0.05 + 0.2 * rng.NextDouble(), 3);
        var higher = new Dictionary<string, Distribution>(war.Costs) { [initiator] = F(cost + extra) };
        var irresoluteBaseline = baseline with { War = war with { Costs = higher } };
        var irresolute = baseline with { War = war with { Types = new Dictionary<string, ResolveTypes> { [initiator] =
            new(F(0), F(extra), null, null, new Dictionary<string, Distribution>(), false) } } };
        AssertPrefixEqual(Run.Counters(baseline, 3_000, 11, 1), Run.Counters(resolute, 3_000, 11, 1));
        AssertPrefixEqual(Run.Counters(irresoluteBaseline, 3_000, 11, 1), Run.Counters(irresolute, 3_000, 11, 1));
    }

    private static void AssertPrefixEqual(long[] complete, long[] typed)
    {
        // The typed run appends its belief counters after every counter of the complete-information run.
        Assert.True(typed.Length > complete.Length);
        Assert.Equal(complete, typed.AsSpan(0, complete.Length).ToArray());
    }

    /// <summary>A generated crisis (2–4 parties, 1–3 items, 1–2 dated meetings, every rule of §13 on), the first party the initiator.</summary>
    private static Scenario GeneratedCrisis(int seed)
    {
        var rng = new Random(seed);
        int parties = rng.Next(2, 5), items = rng.Next(1, 4), meetings = rng.Next(1, 3);
        double U(double lo, double hi) => Math.Round(lo + (hi - lo) * rng.NextDouble(), 3);
        var itemList = Enumerable.Range(0, items).Select(i => Item("i" + i, U(0.1, 0.9))).ToArray();
        var ifWon = itemList.ToDictionary(i => i.Id, _ => F(U(0, 0.3)));
        var ifLost = itemList.ToDictionary(i => i.Id, _ => F(U(0.7, 1)));
        var costs = new Dictionary<string, Distribution>();
        var partyList = new List<Party>();
        for (int a = 0; a < parties; a++)
        {
            string id = "p" + a;
            var positions = itemList.ToDictionary(i => i.Id, _ => new PartyPosition(Distribution.Uniform(0, 1), F(U(0.1, 1)), RedLine.None));
            partyList.Add(new Party(id, id, positions, F(U(0.5, 2)), F(U(0, 0.3)), new ConcessionStrategy(F(U(0.3, 3)), F(0)),
                Distribution.Uniform(0, 0.05), F(0), F(U(0.7, 1)), F(0), F(0), null, null, F(0.02)));
            costs[id] = F(U(0.02, 0.2));
        }
        var ids = partyList.Select(p => p.Id).ToArray();
        var meetingList = Enumerable.Range(0, meetings).Select(m => new Meeting("m" + m, "m" + m, ids, itemList.Select(i => i.Id).ToArray(), 20,
            rng.NextDouble() < 0.5 ? Settlement.Package : Settlement.ItemByItem, ProtocolKind.AlternatingOffers, Day0.AddDays(7 * m), 4)).ToArray();
        var war = new War(["p0"], new WarOdds(F(U(0.2, 0.5)), F(U(0.4, 0.8)), Day0, Decision), ifWon, ifLost, costs);
        return new Scenario("generated", "", itemList, partyList, [], meetingList, new TrustRules(F(0.5), F(0.1), F(0.1), F(0.2)),
            new SequenceRules(false, true, F(U(0.03, 0.1)), Decision), 1, war, AllOn);
    }

    // ---- decisions under beliefs -----------------------------------------------------------------------------------------

    [Fact]
    public void A_higher_demand_raises_both_the_risk_of_breakdown_and_the_payoff_if_accepted()
    {
        // Types: resolute (cost 0.05, floor 0.45) with probability 0.4, irresolute (cost 0.5, floor ≈ 0.3). w's floor is its demand
        // (above its belief-priced no-deal value 0.7 − 0.5·π0 ≈ 0.5), its offer x = 1 − demand: accepted by the resolute iff
        // demand ≤ 0.55, by the irresolute iff demand ≤ 0.7 (and r's counter-offer at its floor is accepted by w on the same terms).
        // So P(breakdown) = 0, 0.4, 1 and w's payoff if accepted = its demand: 0.52, 0.6, —.
        const int n = 10_000;
        double sd = Math.Sqrt(0.4 * 0.6 / n);
        var low = Run.Summarise(Exchange(0.52, Types(0.4, 0.45)), n);
        var mid = Run.Summarise(Exchange(0.60, Types(0.4, 0.45)), n);
        var high = Run.Summarise(Exchange(0.75, Types(0.4, 0.45)), n);
        Assert.Equal(1.0, low.AnyAgreement.Estimate);
        Assert.InRange(mid.AnyAgreement.Estimate, 0.6 - 4 * sd, 0.6 + 4 * sd);
        Assert.Equal(0.0, high.AnyAgreement.Estimate);
        Assert.Equal(1 - 0.52, low.Items[0].AgreedValue.Mean, 6);
        Assert.Equal(1 - 0.60, mid.Items[0].AgreedValue.Mean, 6);
        // Breakdown is war when r is resolute (its war is worth 0.46 by the decision, more than the status quo's 0.3 and less
        // than the 0.48 of w's low offer), so the risk of war rises with the demand too: 0, 0.4, 0.4.
        Assert.Equal(0, low.Escalation.Count);
        Assert.InRange(mid.Escalation.Estimate, 0.4 - 4 * sd, 0.4 + 4 * sd);
        Assert.True(mid.Escalation.Estimate <= high.Escalation.Estimate + 4 * sd,
            $"P(war) {low.Escalation.Estimate} {mid.Escalation.Estimate} {high.Escalation.Estimate}");
    }

    [Fact]
    public void Underestimating_resolve_makes_a_party_demand_more_and_raises_the_risk_of_war()
    {
        // r is resolute in half the replicates. A w that believes it resolute prices war in (floor ≈ 0.2 → its demand 0.3 binds);
        // one sure it is irresolute holds out for about the status quo (0.7), which the resolute type refuses: war from misperception.
        var realistic = Run.Summarise(Exchange(0.3, Types(0.5, 0.45, believes: 0.95)), 10_000);
        var misperceives = Run.Summarise(Exchange(0.3, Types(0.5, 0.45, believes: 0.02)), 10_000);
        Assert.True(misperceives.Escalation.Estimate > realistic.Escalation.Estimate + 0.2,
            $"P(war): {misperceives.Escalation.Estimate} (misperceiving) vs {realistic.Escalation.Estimate}");
        Assert.True(misperceives.Learning!.WarAfterMisperception.Estimate > 0.3);
        Assert.True(misperceives.Learning.WarMisperceivedWithRange.Estimate > 0.3);
    }

    [Fact]
    public void With_beliefs_equal_to_the_truth_no_war_follows_a_misperception()
    {
        var s = Run.Summarise(Exchange(0.75, Types(1, 0.45, believes: 1)), 5_000);
        Assert.True(s.Escalation.Estimate > 0);
        Assert.Equal(0, s.Learning!.Misperceived.Count);
        Assert.Equal(0, s.Learning.WarAfterMisperception.Count);
    }

    [Fact]
    public void Known_types_leave_no_room_for_misperception_and_remove_its_wars()
    {
        var misperceiving = Types(0.5, 0.45, believes: 0.02);
        var known = Run.Summarise(Exchange(0.3, misperceiving with { Known = true }), 5_000);
        var unknown = Run.Summarise(Exchange(0.3, misperceiving), 5_000);
        Assert.Equal(0, known.Learning!.Misperceived.Count);
        var counts = known.Learning.Beliefs[0].AfterSignal.Counts;
        Assert.Equal(5_000, counts[0] + counts[99]);
        Assert.True(known.Escalation.Estimate + 0.2 < unknown.Escalation.Estimate,
            $"P(war) known {known.Escalation.Estimate}, misperceived {unknown.Escalation.Estimate}");
    }

    [Fact]
    public void Talks_teach_the_observer_the_initiators_type()
    {
        // Logistic acceptance per offer over a 30-round meeting: the responses separate the types, so the observer's belief
        // moves toward the truth: its mean after the meeting, among replicates where r is resolute, exceeds the prior.
        var types = Types(0.5, 0.45, believes: 0.5);
        var scenario = Exchange(0.3, types, format: MeetingFormat.Talks, rounds: 30) is var e
            ? e with { Parties = [e.Parties[0], e.Parties[1] with { AcceptanceTemperature = F(0.05) }] } : null!;
        var model = new CompiledModel(scenario);
        var block = new ReplicateBlock(model);
        var ws = block.Workspace;
        double resolute = 0, irresolute = 0; int nr = 0, ni = 0;
        for (long r = 0; r < 4_000; r++)
        {
            block.Run(3, r, 1);
            if (ws.Resolute[1]) { resolute += ws.Belief[1]; nr++; } else { irresolute += ws.Belief[1]; ni++; }
        }
        Assert.True(resolute / nr > 0.55, $"belief when resolute {resolute / nr}");
        Assert.True(irresolute / ni < 0.45, $"belief when irresolute {irresolute / ni}");
    }

    [Fact]
    public void Trust_sets_the_prior_when_beliefs_come_from_trust_so_its_level_matters()
    {
        ResolveTypes FromTrust() => new(F(0.5), F(0.45), null, null, new Dictionary<string, Distribution>(), true);
        var scenario = Exchange(0.3, FromTrust());
        var trusting = Run.Summarise(scenario with { Trust = scenario.Trust with { Initial = F(0.9) } }, 5_000);
        var wary = Run.Summarise(scenario with { Trust = scenario.Trust with { Initial = F(0.1) } }, 5_000);
        Assert.Equal(0.1, trusting.Learning!.Beliefs[0].AfterSignal.Mean, 6);
        Assert.Equal(0.9, wary.Learning!.Beliefs[0].AfterSignal.Mean, 6);
        Assert.NotEqual(trusting.Escalation.Count, wary.Escalation.Count);
    }

    // ---- engine ------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Beliefs_are_bit_identical_on_one_and_two_threads_and_allocate_nothing_per_replicate()
    {
        var scenario = GeneratedCrisis(3) is var g
            ? g with { War = g.War! with { Types = new Dictionary<string, ResolveTypes> { ["p0"] =
                new(Distribution.Uniform(0.2, 0.8), F(0.2), F(0.8), F(0.4), new Dictionary<string, Distribution> { ["p1"] = F(0.1) }, false) } } }
            : null!;
        Assert.Equal(Run.Counters(scenario, 5_000, 5, 1), Run.Counters(scenario, 5_000, 5, 2));
        var model = new CompiledModel(scenario);
        var block = new ReplicateBlock(model);
        var acc = MonteCarloRunner.NewAccumulator(model);
        Run.Reduce(block, acc, 1, 0, 128);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run.Reduce(block, acc, 1, 128, 2_000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    // ---- outputs ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void The_beliefs_table_chart_and_summary_appear_only_with_types_and_read_back()
    {
        var with = Run.Summarise(Exchange(0.6, Types(0.5, 0.45, mobilises: (0.9, 0.3))), 2_000);
        var without = Run.Summarise(Exchange(0.6, null), 2_000);
        Assert.Null(without.Learning);
        Assert.DoesNotContain("learning", SummaryJson.Serialize(Manifest(), without));
        var lines = SummaryTables.Beliefs(with).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);                       // header, after the signal, after the one meeting
        Assert.StartsWith("w,r,signal,2000,", lines[1]);
        Assert.StartsWith("w,r,m,2000,", lines[2]);
        string json = SummaryJson.Serialize(Manifest(), with);
        Assert.Equal(json, SummaryJson.Serialize(Manifest(), SummaryJson.ReadSummary(json)));
        string dir = Path.Combine(Path.GetTempPath(), "negsim-beliefs-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Null(NegotiationSim.Plots.Charts.Beliefs(without, dir));
            var files = NegotiationSim.Plots.Charts.Beliefs(with, dir);
            Assert.NotNull(files);
            Assert.All(files!.Paths, path => Assert.True(new FileInfo(path).Length > 1000));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    private static Manifest Manifest() => new("negsim", "0", "x", "e", "s", "0", 7, 1, 1, 1, 0, DateTime.UnixEpoch, "r");

    // ---- the reader ----------------------------------------------------------------------------------------------------------

    [Fact]
    public void The_reader_refuses_a_type_for_a_party_that_cannot_start_the_war_and_a_belief_about_oneself()
    {
        string file = ExperimentFiles.Full.With("\"russia\": { \"priorResolute\"", "\"usa\": { \"priorResolute\"");
        Assert.Contains(ExperimentReader.Validate(file, "x.json"), e => e.Message.Contains("is not an initiator"));
        file = ExperimentFiles.Full.With("\"beliefs\": { \"usa\": 0.3,", "\"beliefs\": { \"russia\": 0.3,");
        Assert.Contains(ExperimentReader.Validate(file, "x.json"), e => e.Message.Contains("holds a belief about itself"));
        Assert.Empty(ExperimentReader.Validate(ExperimentFiles.Full, "x.json"));
    }

    [Fact]
    public void Each_uncertain_parameter_of_the_types_has_one_slot_and_one_path()
    {
        // The full file's "uk" holds the common prior (the same draw as priorResolute, no slot of its own), "usa" its own.
        var model = new CompiledModel(ExperimentReader.Read(ExperimentFiles.Full.With("\"beliefsFromTrust\": true", "\"beliefsFromTrust\": false")
            .With("\"priorResolute\": 0.5", "\"priorResolute\": { \"uniform\": [0.3, 0.7] }"), "x.json").Scenario);
        var paths = model.UncertainParameterPaths;
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Contains("war.types.russia.extraCost", paths);
        Assert.Single(paths, path => path == "war.types.russia.priorResolute");
        Assert.DoesNotContain(paths, path => path.StartsWith("war.types.russia.beliefs.uk", StringComparison.Ordinal));
    }
}
