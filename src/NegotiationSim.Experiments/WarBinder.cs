using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Experiments;

/// <summary>Binds the top-level <c>war</c> object to a <see cref="War"/> (docs/model.md §13.1, docs/configuration.md).</summary>
internal static class WarBinder
{
    internal static readonly string[] Keys = ["initiators", "prevails", "ifPrevails", "ifFails", "costs", "types"];
    internal static readonly string[] TypesKeys = ["priorResolute", "extraCost", "mobilises", "beliefs", "beliefsFromTrust", "known"];
    internal static readonly string[] MobilisesKeys = ["resolute", "irresolute"];
    internal static readonly string[] OddsKeys = ["start", "end", "from", "to"];

    private const string Hint =
        "Valid: { \"initiators\": [\"russia\"], \"prevails\": 0.5, \"ifPrevails\": { \"ukraine\": 0 }, \"ifFails\": { \"ukraine\": 1 }, \"costs\": { \"russia\": 0.1 } }.";
    private const string TypesHint =
        "Valid: { \"russia\": { \"priorResolute\": 0.5, \"extraCost\": 0.2, \"mobilises\": { \"resolute\": 0.9, \"irresolute\": 0.5 }, \"beliefs\": { \"nato\": 0.3 } } }.";
    private const string OddsHint =
        "Valid: a probability in [0, 1] (a number or a distribution), or { \"start\": 0.45, \"end\": 0.65, \"from\": \"2021-12-15\", \"to\": \"2022-02-20\" }.";

    /// <param name="node">The <c>war</c> object.</param>
    /// <param name="binder">Where errors go.</param>
    /// <param name="parties">Party ids.</param>
    /// <param name="items">Item ids.</param>
    /// <param name="mediators">The ids of the parties that are mediators, which cannot start a war (docs/model.md §15.4).</param>
    public static War? Bind(SourceNode node, Binder binder, IdRegistry parties, IdRegistry items, IReadOnlySet<string> mediators)
    {
        var war = binder.Object(node, "war", Keys, Hint);
        if (war is null) return null;
        var initiators = war.Require("initiators", "Add \"initiators\": the ids of the parties that can start the war.") is { } i
            ? binder.References(i, "initiators", parties, 1, "Valid: an array of at least one party id, e.g. [\"russia\"].")
            : [];
        if (war.Find("initiators") is SourceArray listed)
            foreach (var initiator in listed.Items)
                if (initiator is SourceString { Value: var id } && mediators.Contains(id))
                    binder.Errors.At(initiator, $"party \"{id}\" is a mediator, so it cannot be one of the war's initiators",
                        "A mediator has no stakes (docs/model.md §15.4): remove it from initiators, or drop its \"mediator\": true.");
        var prevails = war.Require("prevails", "Add \"prevails\": the initiators' chance of prevailing. " + OddsHint) is { } p
            ? Odds(p, binder) : null;
        var types = war.Find("types") is { } t ? Types(t, binder, parties, initiators) : null;
        return new War(initiators.AsReadOnly(),
            prevails ?? new WarOdds(Distribution.Fixed(0.5), Distribution.Fixed(0.5), null, null),
            IdMap(war.Find("ifPrevails"), "ifPrevails", binder, items, ParameterRange.UnitInterval),
            IdMap(war.Find("ifFails"), "ifFails", binder, items, ParameterRange.UnitInterval),
            IdMap(war.Find("costs"), "costs", binder, parties, ParameterRange.NonNegative),
            types);
    }

    /// <summary>
    /// <c>war.types</c>: initiator id → its private type and the others' beliefs (docs/model.md §14). Only an
    /// initiator can have a type, and an observer's belief is about another party.
    /// </summary>
    private static IReadOnlyDictionary<string, ResolveTypes>? Types(SourceNode node, Binder binder, IdRegistry parties, List<string> initiators) =>
        binder.IdKeyed(node, "types", parties, "an object mapping initiator ids to their types", TypesHint, (member, known) =>
        {
            if (known && !initiators.Contains(member.Key))
                binder.Errors.Add(member.Line, member.Column, member.Value.Path, $"\"{member.Key}\" has a type but is not an initiator",
                    "Only a party listed in war.initiators can have a private type; add it there or remove its types.");
            var types = binder.Object(member.Value, member.Key, TypesKeys, TypesHint);
            if (types is null) return null;
            var prior = types.RequiredParameter("priorResolute", "priorResolute", ParameterRange.UnitInterval,
                "Add \"priorResolute\": the probability that this initiator is resolute.");
            var extra = types.RequiredParameter("extraCost", "extraCost", ParameterRange.NonNegative,
                "Add \"extraCost\": the irresolute type's cost of war above the resolute type's (war.costs).");
            Distribution? ifResolute = null, ifIrresolute = null;
            if (types.Find("mobilises") is { } m && binder.Object(m, "mobilises", MobilisesKeys,
                    "Valid: { \"resolute\": 0.9, \"irresolute\": 0.4 }: each type's probability of mobilising.") is { } mobilises)
            {
                ifResolute = mobilises.RequiredParameter("resolute", "resolute", ParameterRange.UnitInterval, "Add \"resolute\": the resolute type's probability of mobilising.");
                ifIrresolute = mobilises.RequiredParameter("irresolute", "irresolute", ParameterRange.UnitInterval, "Add \"irresolute\": the irresolute type's probability of mobilising (bluffing).");
            }
            var beliefs = IdMap(types.Find("beliefs"), "beliefs", binder, parties, ParameterRange.UnitInterval);
            if (types.Find("beliefs") is SourceObject b)
                foreach (var observer in b.Members)
                    if (observer.Key == member.Key)
                        binder.Errors.Add(observer.Line, observer.Column, observer.Value.Path, $"\"{member.Key}\" holds a belief about itself",
                            "An initiator knows its own type; list the other parties' beliefs.");
            bool fromTrust = types.Boolean("beliefsFromTrust", false);
            bool typeKnown = types.Boolean("known", false);
            return new ResolveTypes(prior, extra, ifResolute, ifIrresolute, beliefs, fromTrust, typeKnown);
        });

    /// <summary>A constant chance (a parameter), or a dated build-up { start, end, from, to }.</summary>
    private static WarOdds? Odds(SourceNode node, Binder binder)
    {
        // An object that names no distribution form is the dated form (so a missing "start" is reported as such).
        if (node is SourceObject obj && !obj.Members.Any(m => ParameterReader.FormNames.Contains(m.Key)))
        {
            var odds = binder.Object(node, "prevails", OddsKeys, OddsHint);
            if (odds is null) return null;
            var start = odds.RequiredParameter("start", "start", ParameterRange.UnitInterval, "Add \"start\": the chance at the start of the build-up.");
            var end = odds.Find("end") is null ? start : odds.Parameter("end", "end", ParameterRange.UnitInterval, 0);
            DateOnly? from = odds.Find("from") is { } f ? binder.Date(f, "from") : null;
            DateOnly? to = odds.Find("to") is { } t ? binder.Date(t, "to") : null;
            if ((from is null) != (to is null))
                binder.Errors.At(node, "prevails needs both \"from\" and \"to\", or neither", OddsHint);
            else if (from is { } a && to is { } b && b <= a)
                binder.Errors.At(node, $"prevails.to must be after prevails.from, got {a:yyyy-MM-dd} and {b:yyyy-MM-dd}", OddsHint);
            return new WarOdds(start, end, from, to);
        }
        var constant = binder.Parameters.Read(node, "prevails", ParameterRange.UnitInterval);
        return constant is null ? null : new WarOdds(constant, constant, null, null);
    }

    /// <summary>An object from declared ids (items or parties) to parameters.</summary>
    private static IReadOnlyDictionary<string, Distribution> IdMap(SourceNode? node, string name, Binder binder, IdRegistry ids, ParameterRange range) =>
        node is null
            ? new Dictionary<string, Distribution>().AsReadOnly()
            : binder.IdKeyed(node, name, ids, $"an object mapping {ids.Kind} ids to values", Hint,
                (member, _) => binder.Parameters.Read(member.Value, member.Key, range));
}
