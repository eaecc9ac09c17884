namespace NegotiationSim.Diagnostics;

/// <summary>
/// The base of every mistake the user can fix (a wrong file, option, folder or setting), as opposed to an I/O failure
/// or a bug. It carries every error found, not just the first, so a researcher can fix an input in one pass; the CLI
/// catches it in one place, prints the errors and exits with code 2 before anything is written (docs/cli.md, "Exit codes").
/// </summary>
public class UserErrorException : Exception
{
    /// <summary>Creates the exception from at least one error; the message lists them all, one per line.</summary>
    public UserErrorException(IReadOnlyList<UserError> errors)
        : this(errors, Format(errors))
    {
    }

    /// <summary>A single mistake that no file position can point at, with <paramref name="message"/> as written.</summary>
    public UserErrorException(string message)
        : this([UserError.Unlocated(message)], message)
    {
    }

    /// <summary>For a kind of mistake whose message has a wording of its own; <paramref name="errors"/> still locate it.</summary>
    protected UserErrorException(IReadOnlyList<UserError> errors, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("A user error needs at least one error.", nameof(errors));
        Errors = errors;
    }

    /// <summary>Every error found, in input order; never empty.</summary>
    public IReadOnlyList<UserError> Errors { get; }

    private static string Format(IReadOnlyList<UserError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join(Environment.NewLine, errors);
    }
}
