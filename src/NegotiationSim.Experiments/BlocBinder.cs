using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments;

/// <summary>Binds one entry of <c>blocs</c> to a <see cref="Bloc"/>.</summary>
internal static class BlocBinder
{
    internal static readonly string[] Keys = ["id", "members", "cohesion", "rule"];

    internal static readonly (string Name, BlocRule Value)[] Rules = [("consensus", BlocRule.Consensus), ("leader", BlocRule.Leader)];

    /// <param name="node">The bloc's JSON.</param>
    /// <param name="binder">Where errors go.</param>
    /// <param name="blocs">Bloc ids declared so far.</param>
    /// <param name="parties">Party ids, for the members.</param>
    /// <param name="membership">Party id → the bloc that first claimed it; a party belongs to at most one bloc.</param>
    public static Bloc? Bind(SourceNode node, Binder binder, IdRegistry blocs, IdRegistry parties, Dictionary<string, string> membership)
    {
        var bloc = binder.Object(node, "bloc", Keys,
            "Valid: an object such as { \"id\": \"nato\", \"members\": [\"usa\", \"uk\"] }, with optional cohesion and rule.");
        if (bloc is null) return null;

        string id = "";
        if (bloc.Require("id", "Add \"id\": a short identifier such as \"nato\".") is { } idNode
            && binder.Identifier(idNode, "id") is { } declared)
        {
            id = declared;
            blocs.Declare(id, idNode);
        }

        var members = new List<string>();
        const string MembersHint = "Valid: an array of at least 2 party ids, e.g. [\"usa\", \"uk\"]; a party belongs to at most one bloc.";
        if (bloc.Require("members", "Add \"members\": " + MembersHint["Valid: ".Length..]) is { } membersNode)
        {
            members = binder.References(membersNode, "members", parties, 2, MembersHint);
            var listed = membersNode is SourceArray array ? array.Items : [];
            foreach (var memberNode in listed)
            {
                if (memberNode is not SourceString s || !members.Contains(s.Value)) continue;
                if (membership.TryGetValue(s.Value, out var other))
                {
                    if (other != id)
                        binder.Errors.At(memberNode, $"party \"{s.Value}\" is already a member of bloc \"{other}\"",
                            "A party belongs to at most one bloc; remove it from one of them.");
                }
                else
                {
                    membership.Add(s.Value, id);
                }
            }
        }

        return new Bloc(
            id,
            members.AsReadOnly(),
            bloc.Parameter("cohesion", "cohesion", ParameterRange.UnitInterval, 1),
            bloc.Find("rule") is { } rule ? binder.Option(rule, "rule", Rules) ?? BlocRule.Consensus : BlocRule.Consensus);
    }
}
