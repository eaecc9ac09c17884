namespace NegotiationSim.Experiments;

/// <summary>
/// Checks the shape of <c>"variants"</c> (docs/configuration.md): names, descriptions, <c>set</c> paths and
/// <c>insert</c> entries. Whether a path names something in the scenario, and whether the resulting scenario is
/// valid, is judged when each variant is materialised and bound by the same strict reader as the base.
/// </summary>
internal static class VariantBinder
{
    internal static readonly string[] Keys = ["name", "description", "set", "insert"];
    internal static readonly string[] InsertKeys = ["into", "before", "after", "value"];

    /// <summary>The name of the base scenario when variants are listed; no variant may take it.</summary>
    public const string BaseName = "base";

    private const string ListHint = "Valid: an array of variants, each { \"name\": \"russia-hardline\", \"description\": \"...\", \"set\": { \"parties.russia.concession.exponent\": 0.1 } }.";

    public static IReadOnlyList<VariantDefinition> Bind(SourceNode node, Binder binder)
    {
        var result = new List<VariantDefinition>();
        if (binder.Array(node, "variants", ListHint) is not { } array) return result;
        var names = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        foreach (var entry in array.Items)
        {
            var variant = binder.Object(entry, "variant", Keys, ListHint);
            if (variant is null) continue;

            string name = "";
            if (variant.Require("name", "Add \"name\": a short identifier such as \"russia-hardline\".") is { } nameNode
                && binder.Identifier(nameNode, "name") is { } written)
            {
                name = written;
                if (name == BaseName)
                    binder.Errors.At(nameNode, $"a variant may not be called \"{BaseName}\"", "\"base\" names the scenario without changes; choose another name.");
                else if (names.TryGetValue(name, out var first))
                    binder.Errors.At(nameNode, $"duplicate variant name \"{name}\"",
                        $"Names must be unique among variants; the first \"{name}\" is at line {first.Line}, column {first.Column}.");
                else
                    names.Add(name, nameNode);
            }
            string description = variant.String("description", "", "Valid: the question the variant answers, in double quotes.");

            var sets = new List<VariantSet>();
            if (variant.Find("set") is { } setNode)
            {
                if (setNode is SourceObject setObject)
                {
                    foreach (var member in setObject.Members)
                    {
                        if (OverridePath.Split(member.Key, out string problem) is { } segments) sets.Add(new VariantSet(member, segments));
                        else binder.Errors.Add(member.Line, member.Column, member.Value.Path, problem, OverridePath.Hint);
                    }
                }
                else
                {
                    binder.TypeError(setNode, "set", "an object", "Valid: { \"parties.russia.concession.exponent\": { \"pert\": [0.02, 0.08, 0.2] } }; null removes a setting or list entry.");
                }
            }

            var inserts = new List<VariantInsert>();
            if (variant.Find("insert") is { } insertNode && binder.Array(insertNode, "insert",
                    "Valid: an array of { \"into\": \"meetings\", \"before\": \"m1\", \"value\": { ... } }.") is { } insertArray)
            {
                foreach (var item in insertArray.Items)
                    if (Insert(item, binder) is { } insert) inserts.Add(insert);
            }

            if (variant.Find("set") is null && variant.Find("insert") is null)
                binder.Errors.At(entry, $"variant \"{name}\" changes nothing", "Add \"set\": { PATH: VALUE, ... } or \"insert\": [ ... ].");

            result.Add(new VariantDefinition(name, description, inserts, sets));
        }
        return result;
    }

    private static VariantInsert? Insert(SourceNode node, Binder binder)
    {
        var insert = binder.Object(node, "insert entry", InsertKeys,
            "Valid: { \"into\": \"meetings\", \"before\": \"m1\", \"value\": { ... } }; \"before\" or \"after\" is optional (default: at the end).");
        if (insert is null) return null;
        string[]? into = null;
        if (insert.Require("into", "Add \"into\": the path of a list, e.g. \"meetings\".") is { } intoNode
            && binder.String(intoNode, "into", OverridePath.Hint) is { } intoPath)
        {
            into = OverridePath.Split(intoPath, out string problem);
            if (into is null) binder.Errors.At(intoNode, problem, OverridePath.Hint);
        }
        string? before = insert.Find("before") is { } b ? binder.String(b, "before", "Valid: the id of an entry of the list.") : null;
        string? after = insert.Find("after") is { } a ? binder.String(a, "after", "Valid: the id of an entry of the list.") : null;
        if (before is not null && after is not null)
            binder.Errors.At(node, "an insert entry may give \"before\" or \"after\", not both", "Keep one of them.");
        var value = insert.Require("value", "Add \"value\": the entry to insert.");
        return into is null || value is null ? null : new VariantInsert(node, into, before, after, value);
    }
}
