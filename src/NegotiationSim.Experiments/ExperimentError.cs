namespace NegotiationSim.Experiments;

/// <summary>
/// One mistake in an experiment file, located precisely enough to fix without searching:
/// <c>experiments/x.json:12:18: parties[2].positions.ukraine.salience: salience must be &gt;= 0, got -0.5. Valid: ...</c>
/// </summary>
/// <param name="File">The file as the user named it (or the source name given to <see cref="ExperimentReader.Read"/>).</param>
/// <param name="Line">1-based line; 0 when the mistake concerns the file as a whole (e.g. it cannot be read).</param>
/// <param name="Column">1-based column in UTF-16 code units, as editors count; 0 together with a 0 line.</param>
/// <param name="Path">The setting, e.g. <c>meetings[0].participants[1]</c>; empty for the top level or for malformed JSON.</param>
/// <param name="Message">What is wrong, without a closing full stop.</param>
/// <param name="Hint">What would be valid, or a did-you-mean suggestion; may be empty.</param>
public sealed record ExperimentError(string File, int Line, int Column, string Path, string Message, string Hint)
{
    /// <summary>The compiler-style one-line form: <c>file:line:column: path: message. hint</c>.</summary>
    public override string ToString()
    {
        string where = Line > 0 ? $"{File}:{Line}:{Column}: " : $"{File}: ";
        string setting = Path.Length > 0 ? Path + ": " : "";
        string message = Message.EndsWith('.') ? Message : Message + ".";
        return Hint.Length > 0 ? $"{where}{setting}{message} {Hint}" : where + setting + message;
    }
}
