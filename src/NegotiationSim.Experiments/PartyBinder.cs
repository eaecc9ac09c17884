using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Experiments;

/// <summary>Binds one entry of <c>parties</c> to a <see cref="Party"/>, applying the defaults of docs/configuration.md.</summary>
internal static class PartyBinder
{
    internal static readonly string[] Keys =
    [
        "id", "name", "capability", "reservationUtility", "concession", "acceptanceTemperature", "walkoutHazard",
        "attendance", "trustSensitivity", "hardening", "outsideOption", "positions", "linkage", "walkoutRate",
        PartyTemplates.Key, "mediator", "consent",
    ];

    /// <summary>The settings that give a party stakes, which a mediator cannot have (docs/model.md §15.4).</summary>
    internal static readonly string[] StakeKeys = ["positions", "linkage", "consent", "outsideOption"];

    internal static readonly string[] LinkageKeys = ["items", "on", "holds"];

    internal static readonly string[] ConcessionKeys = ["exponent", "initial"];

    public static Party? Bind(SourceNode node, Binder binder, IdRegistry parties, IdRegistry items)
    {
        var party = binder.Object(node, "party", Keys,
            "Valid: an object such as { \"id\": \"russia\", \"positions\": { \"ukraine\": { \"ideal\": 0.9, \"salience\": 1 } } }.");
        if (party is null) return null;

        string id = "";
        if (party.Require("id", "Add \"id\": a short identifier such as \"russia\", used by blocs and meetings.") is { } idNode
            && binder.Identifier(idNode, "id") is { } declared)
        {
            id = declared;
            parties.Declare(id, idNode);
        }

        var (exponent, initial) = (Distribution.Fixed(1), Distribution.Fixed(0));
        if (party.Find("concession") is { } concessionNode
            && binder.Object(concessionNode, "concession", ConcessionKeys,
                "Valid: { \"exponent\": 0.5, \"initial\": 0.1 }; both keys are optional.") is { } concession)
        {
            exponent = concession.Parameter("exponent", "concession.exponent", ParameterRange.Positive, 1);
            initial = concession.Parameter("initial", "concession.initial", ParameterRange.UnitInterval, 0);
        }

        // "omit for none"; an explicit null says the same and is accepted.
        Distribution? outsideOption = party.Find("outsideOption") is { } outside and not SourceNull
            ? binder.Parameters.Read(outside, "outsideOption", ParameterRange.UnitInterval)
            : null;

        bool mediator = party.Find("mediator") is { } mediatorNode && binder.Boolean(mediatorNode, "mediator") == true;
        if (mediator) RefuseStakes(party, binder);

        // "omit for none"; an explicit null says the same (and lets a party that copies a stakeholder with "like" drop it).
        IReadOnlyList<string>? consent = party.Find("consent") is { } consentNode and not SourceNull
            ? binder.References(consentNode, "consent", items, 1,
                "Valid: an array of item ids, each once, e.g. [\"ukraine\"]: no agreement on them holds without this party (docs/model.md §15.3).").AsReadOnly()
            : null;

        return new Party(
            id,
            party.String("name", id, "Valid: text in double quotes."),
            Positions(party.Find("positions"), binder, items),
            party.Parameter("capability", "capability", ParameterRange.NonNegative, 1),
            party.Parameter("reservationUtility", "reservationUtility", ParameterRange.UnitInterval, 0),
            new ConcessionStrategy(exponent, initial),
            party.Parameter("acceptanceTemperature", "acceptanceTemperature", ParameterRange.NonNegative, 0),
            party.Parameter("walkoutHazard", "walkoutHazard", ParameterRange.UnitInterval, 0),
            party.Parameter("attendance", "attendance", ParameterRange.UnitInterval, 1),
            party.Parameter("trustSensitivity", "trustSensitivity", ParameterRange.NonNegative, 0),
            party.Parameter("hardening", "hardening", ParameterRange.SymmetricUnit, 0),
            outsideOption,
            party.Find("linkage") is { } linkage ? Linkages(linkage, binder, items) : null,
            party.Find("walkoutRate") is { } rate ? binder.Parameters.Read(rate, "walkoutRate", ParameterRange.NonNegative) : null,
            mediator,
            consent);
    }

    /// <summary>
    /// A mediator has no stakes (docs/model.md §15.4): no positions, linkage, consent or outside option. Each one is
    /// reported at <c>mediator</c>, the setting that makes it wrong, also when it was copied from a template by <c>like</c>.
    /// </summary>
    private static void RefuseStakes(SettingsObject party, Binder binder)
    {
        var mediator = party.Source.Find("mediator")!;
        foreach (string key in StakeKeys)
        {
            // null is "none" for outsideOption and consent (and a type error, reported by the binder, elsewhere).
            if (party.Source.Find(key) is not { } stake || stake.Value is SourceNull) continue;
            // A copied setting keeps the template's path, parties[k].…; a variant's or an override's has its own.
            string path = stake.Value.Path;
            string copied = path.StartsWith("parties[", StringComparison.Ordinal) && !path.StartsWith(party.Source.Path + ".", StringComparison.Ordinal)
                ? $" (copied through \"{PartyTemplates.Key}\" from line {stake.Line})"
                : "";
            binder.Errors.Add(mediator.Line, mediator.Column, mediator.Value.Path, $"a mediator has no stakes, so it cannot have {key}{copied}",
                $"Remove \"{key}\", or \"mediator\": true; a mediator only proposes compromises between the sides (docs/model.md §15.4).");
        }
    }

    /// <summary>
    /// <c>linkage</c>: an array of { "items": [...], "on": [...], "holds": PARAM } (docs/model.md §13.4): the party agrees to
    /// none of "items" until every item of "on" is settled.
    /// </summary>
    private static IReadOnlyList<Linkage> Linkages(SourceNode node, Binder binder, IdRegistry items)
    {
        const string Hint = "Valid: [{ \"items\": [\"missiles\"], \"on\": [\"ukraine\"], \"holds\": 0.8 }]: agree to none of \"items\" until every item of \"on\" is settled.";
        var result = new List<Linkage>();
        if (binder.Array(node, "linkage", Hint) is not { } array) return result;
        foreach (var entry in array.Items)
        {
            if (binder.Object(entry, "linkage", LinkageKeys, Hint) is not { } linkage) continue;
            var conditional = linkage.Require("items", "Add \"items\": the item ids whose agreement is conditional.") is { } i
                ? binder.References(i, "items", items, 1, Hint) : [];
            var on = linkage.Require("on", "Add \"on\": the item ids that must be settled first.") is { } o
                ? binder.References(o, "on", items, 1, Hint) : [];
            result.Add(new Linkage(conditional.AsReadOnly(), on.AsReadOnly(),
                linkage.Parameter("holds", "holds", ParameterRange.UnitInterval, 1)));
        }
        return result.AsReadOnly();
    }

    /// <summary>
    /// <c>positions</c> maps item ids to stances. The dictionary holds exactly the items the party states; the
    /// engine gives every other item salience 0 for it.
    /// </summary>
    private static IReadOnlyDictionary<string, PartyPosition> Positions(SourceNode? node, Binder binder, IdRegistry items) =>
        node is null
            ? new Dictionary<string, PartyPosition>().AsReadOnly()
            : binder.IdKeyed(node, "positions", items, "an object mapping item ids to positions",
                "Valid: { \"ukraine\": { \"ideal\": 0.9, \"salience\": 1 } }.",
                (member, _) => PartyPositionBinder.Bind(member.Value, binder));
}
