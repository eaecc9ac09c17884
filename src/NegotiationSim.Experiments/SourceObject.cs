namespace NegotiationSim.Experiments;

/// <summary>A JSON object; members keep file order. Duplicate keys were reported by the parser, which kept the first.</summary>
internal sealed record SourceObject : SourceNode
{
    private readonly Dictionary<string, SourceMember> _byKey = new(StringComparer.Ordinal);

    public SourceObject(int line, int column, string path, IReadOnlyList<SourceMember> members)
        : base(line, column, path)
    {
        Members = members;
        foreach (var member in members) _byKey.TryAdd(member.Key, member);
    }

    /// <summary>The members in the order they were written.</summary>
    public IReadOnlyList<SourceMember> Members { get; }

    /// <summary>The member with this key, or null when absent.</summary>
    public SourceMember? Find(string key) => _byKey.GetValueOrDefault(key);

    public override string Description => "an object";
}
