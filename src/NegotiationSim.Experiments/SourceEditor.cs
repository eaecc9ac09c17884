namespace NegotiationSim.Experiments;

/// <summary>
/// Changes an experiment's JSON tree by setting path (<see cref="OverridePath"/>) — set, remove, insert — without
/// touching the original, so that the result can be bound by the same strict reader as a file. Nodes that are
/// spliced in keep their own position and path (a variant's line in the file, or <c>--set PATH</c>), so that any
/// complaint about them points at the override; nodes of the base keep theirs. Path mistakes (an unknown id, a key
/// under a number) are reported at <see cref="Site"/>.
/// </summary>
internal sealed class SourceEditor(ErrorCollector errors)
{
    /// <summary>Where an override was written: errors about its path are reported here.</summary>
    public readonly record struct Site(int Line, int Column, string Path);

    /// <summary>The tree with the setting at <paramref name="segments"/> set to <paramref name="value"/> (null or a JSON null removes it); null after reporting a mistake.</summary>
    public SourceNode? Set(SourceNode root, string[] segments, SourceNode value, Site site)
    {
        bool remove = value is SourceNull;
        return Walk(root, segments, segments.Length - 1, site, container => SetIn(container, segments, value, remove, site));
    }

    /// <summary>The tree with <paramref name="value"/> inserted into the list at <paramref name="into"/>, before or after an entry (by id), or at the end.</summary>
    public SourceNode? Insert(SourceNode root, string[] into, string? before, string? after, SourceNode value, Site site) =>
        Walk(root, into, into.Length, site, list =>
        {
            if (list is not SourceArray array)
            {
                errors.Add(site.Line, site.Column, site.Path, $"\"{string.Join('.', into)}\" is {list.Description}, not a list", "Valid: the path of a list such as \"meetings\" or \"parties\".");
                return null;
            }
            int at = array.Items.Count;
            if ((before ?? after) is { } id)
            {
                int found = IndexOf(array, id);
                if (found < 0)
                {
                    ReportUnknown(array, into[^1], id, site);
                    return null;
                }
                at = before is not null ? found : found + 1;
            }
            var items = array.Items.ToList();
            items.Insert(at, value);
            return array with { Items = items.AsReadOnly() };
        });

    /// <summary>Descends <paramref name="depth"/> segments, applies <paramref name="change"/> there and rebuilds the path up to the root.</summary>
    private SourceNode? Walk(SourceNode root, string[] segments, int depth, Site site, Func<SourceNode, SourceNode?> change)
    {
        SourceNode? Descend(SourceNode node, int k)
        {
            if (k == depth) return change(node);
            string segment = segments[k];
            switch (node)
            {
                case SourceObject obj:
                {
                    var member = obj.Find(segment);
                    // A missing object on the way is created; the strict reader then judges whether the key may be there.
                    var child = member?.Value ?? new SourceObject(site.Line, site.Column, SettingPath.Child(obj.Path, segment), []);
                    var changed = Descend(child, k + 1);
                    return changed is null ? null : WithMember(obj, segment, changed, site);
                }
                case SourceArray array:
                {
                    int index = IndexOf(array, segment);
                    if (index < 0)
                    {
                        ReportUnknown(array, k > 0 ? segments[k - 1] : "", segment, site);
                        return null;
                    }
                    var changed = Descend(array.Items[index], k + 1);
                    if (changed is null) return null;
                    var items = array.Items.ToList();
                    items[index] = changed;
                    return array with { Items = items.AsReadOnly() };
                }
                default:
                    errors.Add(site.Line, site.Column, site.Path,
                        $"\"{string.Join('.', segments.Take(k))}\" is {node.Description}, so it has no setting \"{segment}\"", OverridePath.Hint);
                    return null;
            }
        }
        return Descend(root, 0);
    }

    private SourceNode? SetIn(SourceNode container, string[] segments, SourceNode value, bool remove, Site site)
    {
        string last = segments[^1];
        switch (container)
        {
            case SourceObject obj:
                if (remove)
                {
                    if (obj.Find(last) is null)
                    {
                        errors.Add(site.Line, site.Column, site.Path, $"nothing to remove: \"{string.Join('.', segments)}\" is not set",
                            SpellingSuggestion.Hint(last, obj.Members.Select(m => m.Key).Where(k => k != SettingsObject.Rationale).ToList(), "Keys set here"));
                        return null;
                    }
                    return new SourceObject(obj.Line, obj.Column, obj.Path, obj.Members.Where(m => m.Key != last).ToList().AsReadOnly());
                }
                return WithMember(obj, last, value, site);
            case SourceArray array:
            {
                int index = IndexOf(array, last);
                if (index < 0)
                {
                    ReportUnknown(array, segments.Length > 1 ? segments[^2] : "", last, site);
                    return null;
                }
                var items = array.Items.ToList();
                if (remove) items.RemoveAt(index);
                else items[index] = value;
                return array with { Items = items.AsReadOnly() };
            }
            default:
                errors.Add(site.Line, site.Column, site.Path,
                    $"\"{string.Join('.', segments[..^1])}\" is {container.Description}, so it has no setting \"{last}\"", OverridePath.Hint);
                return null;
        }
    }

    private static SourceObject WithMember(SourceObject obj, string key, SourceNode value, Site site)
    {
        var members = obj.Members.ToList();
        int at = members.FindIndex(m => m.Key == key);
        if (at >= 0) members[at] = members[at] with { Value = value };
        else members.Add(new SourceMember(key, site.Line, site.Column, value));
        return new SourceObject(obj.Line, obj.Column, obj.Path, members.AsReadOnly());
    }

    /// <summary>The entry whose <c>id</c> is <paramref name="id"/> (object entries) or that is the string <paramref name="id"/> (lists of ids); −1 when none.</summary>
    private static int IndexOf(SourceArray array, string id)
    {
        for (int i = 0; i < array.Items.Count; i++)
        {
            var entry = array.Items[i];
            if (entry is SourceString s && s.Value == id) return i;
            if (entry is SourceObject o && o.Find("id")?.Value is SourceString entryId && entryId.Value == id) return i;
        }
        return -1;
    }

    private void ReportUnknown(SourceArray array, string listKey, string id, Site site)
    {
        string noun = listKey switch
        {
            "items" => "item",
            "parties" => "party",
            "blocs" => "bloc",
            "meetings" => "meeting",
            "participants" => "participant",
            "members" => "member",
            _ => "entry",
        };
        var ids = array.Items.Select(e => e switch
        {
            SourceString s => s.Value,
            SourceObject o when o.Find("id")?.Value is SourceString i => i.Value,
            _ => null,
        }).OfType<string>().ToList();
        string where = listKey.Length > 0 ? $" in {listKey}" : "";
        errors.Add(site.Line, site.Column, site.Path, $"no {noun} \"{id}\"{where}",
            (SpellingSuggestion.Hint(id, ids, "Ids here") + " List entries are addressed by id; add new ones with \"insert\".").TrimStart());
    }
}
