using NegotiationSim.Diagnostics;

namespace NegotiationSim.Experiments;

/// <summary>
/// Gathers every error of one file instead of stopping at the first, so that validation can report them all at once.
/// </summary>
internal sealed class ErrorCollector(string file, string? context = null)
{
    private readonly List<UserError> _errors = [];
    private readonly HashSet<UserError> _seen = [];

    public string File { get; } = file;

    public int Count => _errors.Count;

    /// <summary>The errors sorted into file order (stable, so errors at one place keep the order they were found in).</summary>
    public IReadOnlyList<UserError> InFileOrder() =>
        _errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList().AsReadOnly();

    /// <summary>What every message is prefixed with, e.g. <c>variant "no-bloc"</c>; null for none.</summary>
    public string? Context { get; } = context;

    /// <summary>
    /// Adds an error; the same error again (same place, path, message and hint) is dropped, since settings a party
    /// copies with <c>like</c> are bound once for the template and once for each party that copies them.
    /// </summary>
    public void Add(int line, int column, string path, string message, string hint)
    {
        var error = new UserError(File, line, column, path, Context is null ? message : Context + ": " + message, hint);
        if (_seen.Add(error)) _errors.Add(error);
    }

    /// <summary>An error about the value <paramref name="node"/>, at its position and path.</summary>
    public void At(SourceNode node, string message, string hint) => Add(node.Line, node.Column, node.Path, message, hint);
}
