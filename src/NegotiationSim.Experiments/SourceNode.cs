namespace NegotiationSim.Experiments;

/// <summary>
/// One JSON value of an experiment file together with where it was written, so that every complaint about a
/// setting can point at the exact line and column (1-based) and name the setting by its path,
/// e.g. <c>parties[2].positions.ukraine.salience</c>. The tree is immutable once parsed.
/// </summary>
internal abstract record SourceNode(int Line, int Column, string Path)
{
    /// <summary>How the value reads in an error message after "got", e.g. <c>the string "high"</c>.</summary>
    public abstract string Description { get; }
}
