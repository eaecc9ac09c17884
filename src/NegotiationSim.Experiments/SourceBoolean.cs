namespace NegotiationSim.Experiments;

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
internal sealed record SourceBoolean(int Line, int Column, string Path, bool Value) : SourceNode(Line, Column, Path)
{
    public override string Description => Value ? "true" : "false";
}
