namespace NegotiationSim.Experiments;

/// <summary>A JSON <c>null</c>.</summary>
internal sealed record SourceNull(int Line, int Column, string Path) : SourceNode(Line, Column, Path)
{
    public override string Description => "null";
}
