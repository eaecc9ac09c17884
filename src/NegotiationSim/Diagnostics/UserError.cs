namespace NegotiationSim.Diagnostics;

/// <summary>
/// One mistake of the user's, located precisely enough to fix without searching:
/// <c>experiments/x.json:12:18: parties[2].positions.ukraine.salience: salience must be &gt;= 0, got -0.5. Valid: ...</c>
/// </summary>
/// <param name="File">The file as the user named it (or another label of the input); empty when no file is at fault.</param>
/// <param name="Line">1-based line; 0 when the mistake concerns the file as a whole (e.g. it cannot be read).</param>
/// <param name="Column">1-based column (UTF-16 code units, as editors count; a field number in a CSV file); 0 when not known.</param>
/// <param name="Path">The setting, e.g. <c>meetings[0].participants[1]</c> or a CSV column; empty for the top level or for malformed input.</param>
/// <param name="Message">What is wrong, without a closing full stop.</param>
/// <param name="Hint">What would be valid, or a did-you-mean suggestion; may be empty.</param>
public sealed record UserError(string File, int Line, int Column, string Path, string Message, string Hint)
{
    /// <summary>
    /// A mistake no file position can point at (an option, a folder): the message names what is at fault itself and
    /// is printed as written.
    /// </summary>
    public static UserError Unlocated(string message) => new("", 0, 0, "", message, "");

    /// <summary>The compiler-style one-line form: <c>file:line:column: path: message. hint</c>.</summary>
    public override string ToString()
    {
        if (File.Length == 0 && Path.Length == 0 && Hint.Length == 0) return Message;
        string where = File.Length == 0 ? "" : Line == 0 ? $"{File}: " : Column == 0 ? $"{File}:{Line}: " : $"{File}:{Line}:{Column}: ";
        string setting = Path.Length > 0 ? Path + ": " : "";
        string message = Message.EndsWith('.') ? Message : Message + ".";
        return Hint.Length > 0 ? $"{where}{setting}{message} {Hint}" : where + setting + message;
    }
}
