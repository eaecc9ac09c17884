namespace NegotiationSim.Experiments;

/// <summary>A JSON array.</summary>
internal sealed record SourceArray(int Line, int Column, string Path, IReadOnlyList<SourceNode> Items)
    : SourceNode(Line, Column, Path)
{
    public override string Description => Items.Count == 0 ? "an empty array" : "an array";
}
