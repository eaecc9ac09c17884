namespace NegotiationSim.Experiments;

/// <summary>
/// Resolves <c>"like"</c> in the entries of <c>parties</c> (docs/configuration.md, "Shared definitions"): a party that
/// says <c>"like": "uk"</c> gets every setting of the party <c>uk</c> that it does not give itself. <c>positions</c>
/// merge per item and, within an item, per key; every other key is taken whole; <c>id</c>, <c>name</c>, <c>why</c> and
/// <c>like</c> are never taken. This is a change of the source tree made before binding, and before variants and
/// <c>--set</c> apply (<see cref="ExperimentReader"/>): an expanded entry is an ordinary party that overrides can
/// address by its id, and a later change to the template does not reach the parties that copied it. Copied settings
/// keep the template's lines and setting paths, so a mistake in them is reported once, where it was written.
/// </summary>
internal static class PartyTemplates
{
    /// <summary>The key that names a party's template.</summary>
    public const string Key = "like";

    /// <summary>Keys a party never takes from its template: they say which party it is, not how it negotiates.</summary>
    internal static readonly string[] NotInherited = ["id", "name", SettingsObject.Rationale, Key];

    /// <summary>The key merged per item and per key rather than taken whole.</summary>
    private const string Positions = "positions";

    private const string Hint =
        "Valid: the id of another party of this file that does not use \"like\" itself, e.g. { \"id\": \"netherlands\", \"like\": \"belgium\" }.";

    /// <summary>
    /// The tree with every entry of <c>parties</c> that uses <c>like</c> replaced by its expansion (the key itself
    /// removed); the same tree when none does. Mistakes (an unknown template, a template that uses <c>like</c>, a party
    /// naming itself) are reported and the entry kept without <c>like</c>, so that binding goes on and finds the rest.
    /// </summary>
    public static SourceNode Expand(SourceNode root, ErrorCollector errors)
    {
        if (root is not SourceObject top || top.Find("parties") is not { Value: SourceArray parties } member) return root;
        if (!parties.Items.Any(p => p is SourceObject o && o.Find(Key) is not null)) return root;

        // The templates as written. An entry whose id cannot be read makes "unknown template" unreliable: the
        // binder reports that entry, and a reference to it should not be reported a second time.
        var byId = new Dictionary<string, SourceObject>(StringComparer.Ordinal);
        bool complete = true;
        foreach (var entry in parties.Items)
        {
            if (entry is SourceObject o && o.Find("id")?.Value is SourceString { Value: var id }) byId.TryAdd(id, o);
            else complete = false;
        }

        var expanded = parties.Items
            .Select(entry => entry is SourceObject o && o.Find(Key) is { } like ? Resolve(o, like, byId, complete, errors) : entry)
            .ToList();
        var members = top.Members.Select(m => ReferenceEquals(m, member) ? m with { Value = parties with { Items = expanded.AsReadOnly() } } : m).ToList();
        return new SourceObject(top.Line, top.Column, top.Path, members.AsReadOnly());
    }

    private static SourceObject Resolve(SourceObject party, SourceMember like, Dictionary<string, SourceObject> byId, bool complete, ErrorCollector errors)
    {
        var own = new SourceObject(party.Line, party.Column, party.Path, party.Members.Where(m => m.Key != Key).ToList().AsReadOnly());
        var node = like.Value;
        if (node is not SourceString { Value: var name })
        {
            errors.At(node, $"{Key} must be a string id, got {node.Description}", Hint);
            return own;
        }
        string? self = party.Find("id")?.Value is SourceString { Value: var id } ? id : null;
        if (name == self)
        {
            errors.At(node, $"party \"{name}\" cannot be like itself", Hint);
            return own;
        }
        if (!byId.TryGetValue(name, out var template))
        {
            if (complete)
            {
                var others = byId.Keys.Where(k => k != self).ToList();
                errors.At(node, $"unknown party \"{name}\" in {Key}",
                    others.Count == 0 ? "No other parties are declared in this file." : SpellingSuggestion.Hint(name, others, "Parties in this file"));
            }
            return own;
        }
        if (template.Find(Key) is { } chained)
        {
            string next = chained.Value is SourceString s ? $"point \"{Key}\" at \"{s.Value}\" directly, or " : "";
            errors.At(node, $"party \"{name}\" uses \"{Key}\" itself (line {chained.Line}), so it cannot be a template",
                $"A template is written out in full: {next}write out \"{name}\"'s settings.");
            return own;
        }
        return Merge(own, template);
    }

    /// <summary>The party's own members, in their order, then the template's members it does not give itself.</summary>
    private static SourceObject Merge(SourceObject own, SourceObject template)
    {
        var members = own.Members.ToList();
        foreach (var inherited in template.Members)
        {
            if (NotInherited.Contains(inherited.Key)) continue;
            int at = members.FindIndex(m => m.Key == inherited.Key);
            if (at < 0) members.Add(inherited);
            else if (inherited.Key == Positions) members[at] = members[at] with { Value = MergeObjects(members[at].Value, inherited.Value, 2) };
        }
        return new SourceObject(own.Line, own.Column, own.Path, members.AsReadOnly());
    }

    /// <summary>
    /// <paramref name="own"/> with the members of <paramref name="inherited"/> it lacks; where both have a key and
    /// <paramref name="depth"/> allows, the two values are merged in turn. Anything but two objects: <paramref name="own"/>.
    /// </summary>
    private static SourceNode MergeObjects(SourceNode own, SourceNode inherited, int depth)
    {
        if (depth == 0 || own is not SourceObject o || inherited is not SourceObject t) return own;
        var members = o.Members.ToList();
        foreach (var member in t.Members)
        {
            int at = members.FindIndex(m => m.Key == member.Key);
            if (at < 0) members.Add(member);
            else members[at] = members[at] with { Value = MergeObjects(members[at].Value, member.Value, depth - 1) };
        }
        return new SourceObject(o.Line, o.Column, o.Path, members.AsReadOnly());
    }
}
