using NegotiationSim.Diagnostics;

namespace NegotiationSim.Cli;

/// <summary>
/// The one place a command's failures become exit codes (docs/cli.md, "Exit codes"): a user error prints its located
/// errors and exits 2, an I/O failure prints one line and exits 1, neither with a stack trace. A user error leaves
/// nothing written or overwritten: it is thrown before a command writes, or inside a results folder's staging, which
/// is discarded (docs/cli.md, "Results-folder safety"). Cancellation (exit 130) stays with the commands, which know
/// how far they got.
/// </summary>
internal static class CommandErrors
{
    /// <summary>Runs <paramref name="command"/>, reporting its user errors and I/O failures to <paramref name="error"/>.</summary>
    public static ExitCode Run(TextWriter error, Func<ExitCode> command)
    {
        try
        {
            return command();
        }
        catch (UserErrorException e)
        {
            foreach (var problem in e.Errors) error.WriteLine($"error: {problem}");
            return ExitCode.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCode.RuntimeFailure;
        }
    }
}
