using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// Synthetic scenarios of a chosen size, shaped like the default one: every party has an uncertain (PERT) ideal
/// and salience on every item, uncertain concession behaviour and attendance; two blocs; three meetings that split
/// the agenda into thirds (package, item by item, package). Used to show how cost grows with parties × items × rounds.
/// </summary>
public static class ScaledScenario
{
    /// <summary>A scenario with <paramref name="parties"/> parties, <paramref name="items"/> items and meetings of <paramref name="rounds"/> rounds.</summary>
    public static Scenario Create(int parties, int items, int rounds)
    {
        var random = new Random(parties * 10_007 + items * 101 + rounds);
        var itemList = Enumerable.Range(0, items)
            .Select(i => new AgendaItem($"i{i}", $"item {i}", "low", "high", Distribution.Fixed(Math.Round(random.NextDouble(), 2))))
            .ToArray();
        Distribution Around(double centre, double spread) =>
            Distribution.Pert(Math.Max(0, centre - spread), centre, Math.Min(1, centre + spread));
        var partyList = Enumerable.Range(0, parties).Select(p =>
        {
            var positions = itemList.ToDictionary(it => it.Id, _ =>
                new PartyPosition(Around(Math.Round(random.NextDouble(), 2), 0.1), Around(0.2 + 0.6 * random.NextDouble(), 0.15), RedLine.None));
            return new Party($"p{p}", $"party {p}", positions, Distribution.Uniform(0.5, 1.5), Distribution.Uniform(0, 0.3),
                new ConcessionStrategy(Distribution.Pert(0.2, 0.8, 3), Distribution.Fixed(0)),
                Distribution.Fixed(0.02), Distribution.Fixed(p == parties - 1 ? 0.02 : 0), Distribution.Beta(18, 2),
                Distribution.Fixed(2), Distribution.Fixed(0.05), p == parties - 1 ? Distribution.Uniform(0.3, 0.6) : null);
        }).ToArray();
        var everyone = partyList.Select(p => p.Id).ToArray();
        var blocs = parties >= 4
            ? new[] { new Bloc("b0", [everyone[0], everyone[1]], Distribution.Beta(18, 2), BlocRule.Consensus),
                      new Bloc("b1", [everyone[2], everyone[3]], Distribution.Beta(18, 2), BlocRule.Consensus) }
            : [];
        int third = Math.Max(1, items / 3);
        string[] Slice(int from, int count) => itemList.Skip(from).Take(count).Select(i => i.Id).ToArray();
        var meetings = new[]
        {
            new Meeting("m1", "first", everyone, Slice(0, third), rounds, Settlement.Package, ProtocolKind.AlternatingOffers),
            new Meeting("m2", "second", everyone, Slice(third, third), rounds, Settlement.ItemByItem, ProtocolKind.AlternatingOffers),
            new Meeting("m3", "third", everyone, Slice(2 * third, items - 2 * third), rounds, Settlement.Package, ProtocolKind.AlternatingOffers),
        }.Where(m => m.Items.Count > 0).ToArray();
        return new Scenario($"scaled-{parties}x{items}x{rounds}", "synthetic benchmark scenario", itemList, partyList, blocs, meetings,
            new TrustRules(Distribution.Fixed(0.5), Distribution.Fixed(0.1), Distribution.Fixed(0.1), Distribution.Fixed(0.2)),
            new SequenceRules(false, false, Distribution.Fixed(0.05)), 1);
    }
}
