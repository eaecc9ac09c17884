namespace NegotiationSim.Experiments;

/// <summary>A key of a JSON object with the position of the key itself (where unknown or duplicate keys are reported) and its value.</summary>
internal sealed record SourceMember(string Key, int Line, int Column, SourceNode Value);
