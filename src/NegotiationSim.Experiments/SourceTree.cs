namespace NegotiationSim.Experiments;

/// <summary>Small operations on whole <see cref="SourceNode"/> trees.</summary>
internal static class SourceTree
{
    /// <summary>
    /// The tree with every position set to line 0, column 0: for values typed on the command line, whose errors
    /// are then reported by setting path alone (<c>--set PATH</c>) rather than at a misleading place in the file.
    /// </summary>
    public static SourceNode WithoutPosition(SourceNode node) => node switch
    {
        SourceObject o => new SourceObject(0, 0, o.Path,
            o.Members.Select(m => new SourceMember(m.Key, 0, 0, WithoutPosition(m.Value))).ToList().AsReadOnly()),
        SourceArray a => new SourceArray(0, 0, a.Path, a.Items.Select(WithoutPosition).ToList().AsReadOnly()),
        SourceNumber n => n with { Line = 0, Column = 0 },
        SourceString s => s with { Line = 0, Column = 0 },
        SourceBoolean b => b with { Line = 0, Column = 0 },
        SourceNull z => z with { Line = 0, Column = 0 },
        _ => node,
    };

    /// <summary>The object without the member <paramref name="key"/> (the same object when it has none).</summary>
    public static SourceNode Without(SourceNode node, string key) =>
        node is SourceObject o && o.Find(key) is not null
            ? new SourceObject(o.Line, o.Column, o.Path, o.Members.Where(m => m.Key != key).ToList().AsReadOnly())
            : node;
}
