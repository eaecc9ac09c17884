using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments;

/// <summary>Binds one entry of <c>blocs</c> to a <see cref="Bloc"/>.</summary>
internal static class BlocBinder
{
    internal static readonly string[] Keys = ["id", "members", "cohesion", "rule", "threshold", "offer"];

    internal static readonly (string Name, BlocRule Value)[] Rules =
        [("consensus", BlocRule.Consensus), ("leader", BlocRule.Leader), ("weighted", BlocRule.Weighted)];

    internal static readonly (string Name, BlocOffer Value)[] Offers = [("leader", BlocOffer.Leader), ("common", BlocOffer.Common)];

    private const string ThresholdHint =
        "Valid: with \"rule\": \"weighted\", a number in (0, 1]: the share of the present members' capability that must accept, e.g. 0.5 (docs/model.md §15.1).";

    /// <param name="node">The bloc's JSON.</param>
    /// <param name="binder">Where errors go.</param>
    /// <param name="blocs">Bloc ids declared so far.</param>
    /// <param name="parties">Party ids, for the members.</param>
    /// <param name="membership">Party id → the bloc that first claimed it; a party belongs to at most one bloc.</param>
    /// <param name="mediators">The ids of the parties that are mediators, which belong to no bloc (docs/model.md §15.4).</param>
    public static Bloc? Bind(SourceNode node, Binder binder, IdRegistry blocs, IdRegistry parties, Dictionary<string, string> membership,
        IReadOnlySet<string> mediators)
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
                if (mediators.Contains(s.Value))
                    binder.Errors.At(memberNode, $"party \"{s.Value}\" is a mediator, so it cannot be a member of a bloc",
                        "A mediator has no stakes and never decides (docs/model.md §15.4): remove it from members, or drop its \"mediator\": true.");
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

        var ruleNode = bloc.Find("rule");
        BlocRule? rule = ruleNode is null ? BlocRule.Consensus : binder.Option(ruleNode, "rule", Rules);
        return new Bloc(
            id,
            members.AsReadOnly(),
            bloc.Parameter("cohesion", "cohesion", ParameterRange.UnitInterval, 1),
            rule ?? BlocRule.Consensus,
            Threshold(bloc, ruleNode, rule, binder),
            bloc.Find("offer") is { } offer ? binder.Option(offer, "offer", Offers) ?? BlocOffer.Leader : BlocOffer.Leader);
    }

    /// <summary>
    /// <c>threshold</c>: required with the weighted rule, since no share is a neutral default, and refused with any other
    /// rule, which would ignore it. <paramref name="rule"/> is null when the rule itself was wrong (already reported).
    /// </summary>
    private static double Threshold(SettingsObject bloc, SourceNode? ruleNode, BlocRule? rule, Binder binder)
    {
        const double Unused = 0.5;
        var node = bloc.Find("threshold");
        if (rule == BlocRule.Weighted && node is null)
        {
            binder.Errors.Add(ruleNode!.Line, ruleNode.Column, SettingPath.Child(bloc.Source.Path, "threshold"),
                "rule \"weighted\" needs a threshold", "Add \"threshold\": " + ThresholdHint["Valid: with \"rule\": \"weighted\", ".Length..]);
            return Unused;
        }
        if (node is null) return Unused;
        if (rule is { } other && other != BlocRule.Weighted)
        {
            string name = Rules.First(r => r.Value == other).Name;
            binder.Errors.At(node, $"threshold applies only to rule \"weighted\", and this bloc's rule is \"{name}\"",
                "Remove \"threshold\", or set \"rule\": \"weighted\" (docs/model.md §15.1).");
            return Unused;
        }
        if (node is not SourceNumber n)
        {
            binder.TypeError(node, "threshold", "a number", ThresholdHint);
            return Unused;
        }
        if (!(n.Value > 0 && n.Value <= 1))
        {
            binder.Errors.At(node, $"threshold must be in (0, 1], got {n.Text}", ThresholdHint);
            return Unused;
        }
        return n.Value;
    }
}
