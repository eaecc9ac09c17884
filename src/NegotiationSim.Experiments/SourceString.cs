namespace NegotiationSim.Experiments;

/// <summary>A JSON string, unescaped.</summary>
internal sealed record SourceString(int Line, int Column, string Path, string Value) : SourceNode(Line, Column, Path)
{
    private const int Shown = 40;

    public override string Description =>
        "the string \"" + (Value.Length <= Shown ? Value : string.Concat(Value.AsSpan(0, Shown), "…")) + "\"";
}
