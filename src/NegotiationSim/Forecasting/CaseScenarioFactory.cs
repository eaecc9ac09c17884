using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Forecasting;

/// <summary>
/// Turns one <see cref="NegotiationCase"/> into a <see cref="Scenario"/> the engine can run: the only place that knows
/// how a backtest case maps onto the model's objects (so a change of the scenario's shape is adapted here alone).
/// </summary>
/// <remarks>
/// One agenda item on [0, 1] (the case's 0–100 scale divided by 100) whose status quo is the reference point; one
/// party per involved actor with its position as ideal; one meeting of all of them, negotiated by alternating offers
/// (docs/model.md §4) for <see cref="ProtocolDistributions.RoundsPerActor"/> × n rounds, in the given proposer order.
/// With one item, eq. 1 turns every positive salience into a weight of 1, so the data's salience would be lost: it is
/// folded into the capability instead, c·s/100, which is what the targets of eq. 11 weigh (as the compromise model
/// does). Nobody has a red line, a reservation utility, a walkout hazard or an outside option, and everybody attends:
/// the data say nothing about them, and the DEU outcomes are those of adopted laws.
/// </remarks>
public static class CaseScenarioFactory
{
    /// <summary>The id of the one agenda item.</summary>
    public const string ItemId = "issue";

    /// <summary>Builds the scenario of <paramref name="case"/> with the actors in <paramref name="order"/> (indices into its actors).</summary>
    /// <exception cref="ArgumentException">The case has no reference point, or the order is not a permutation of its actors.</exception>
    public static Scenario Build(NegotiationCase @case, IReadOnlyList<int> order, ProtocolDistributions protocol)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(protocol);
        if (!@case.HasReferencePoint) throw new ArgumentException($"Case {@case.Id} has no reference point, which the protocol needs as status quo.", nameof(@case));
        int n = @case.Actors.Count;
        if (order.Count != n || order.Distinct().Count() != n || order.Any(i => i < 0 || i >= n))
            throw new ArgumentException("order must be a permutation of the case's actors.", nameof(order));

        var fixedZero = Distribution.Fixed(0);
        var one = Distribution.Fixed(1);
        var item = new AgendaItem(ItemId, @case.Id, "0", "100", Distribution.Fixed(Unit(@case.ReferencePoint)));
        var parties = new List<Party>(n);
        var ids = new List<string>(n);
        foreach (int index in order)
        {
            var actor = @case.Actors[index];
            string id = $"{actor.Name}#{index}";   // unique even if a file repeats a name
            ids.Add(id);
            var position = new PartyPosition(Distribution.Fixed(Unit(actor.Position)), Distribution.Fixed(actor.Salience), RedLine.None);
            parties.Add(new Party(id, actor.Name, new Dictionary<string, PartyPosition> { [ItemId] = position },
                Distribution.Fixed(actor.Capability * actor.Salience / 100), fixedZero,
                new ConcessionStrategy(protocol.ConcessionExponent, protocol.InitialConcession),
                protocol.AcceptanceTemperature, fixedZero, one, fixedZero, fixedZero, null));
        }
        int rounds = Math.Clamp(protocol.RoundsPerActor * n, 1, 1000);
        var meeting = new Meeting("negotiation", @case.Id, ids, [ItemId], rounds, Settlement.Package, ProtocolKind.AlternatingOffers);
        return new Scenario(@case.Id, $"Backtest case {@case.Id}", [item], parties, [], [meeting],
            new TrustRules(Distribution.Fixed(0.5), fixedZero, fixedZero, fixedZero),
            new SequenceRules(EndOnDecline: true, EndOnWalkout: true, Distribution.Fixed(0.05)), LossExponent: 1);
    }

    private static double Unit(double value) => Math.Clamp(value / 100, 0, 1);
}
