using NegotiationSim.Experiments.Results;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// The last step every command that writes a results folder shares, with the same messages and exit codes: write
/// the folder, then move it into place (interrupted: 130; I/O failure: 1). Starting it is <see cref="ResultsFolder.Begin"/>,
/// whose refusal is a user error like any other.
/// </summary>
internal static class ResultsSteps
{
    /// <summary>Runs <paramref name="write"/> into the staging folder and commits it; returns null on success, else the exit code.</summary>
    public static ExitCode? WriteAndCommit(ResultsFolder folder, Action write, TextWriter error, CancellationToken cancellation)
    {
        try
        {
            write();
            if (cancellation.IsCancellationRequested)
            {
                error.WriteLine("interrupted while writing results; no results written");
                return ExitCode.Interrupted;
            }
            folder.Commit();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ResultsFolderException)
        {
            error.WriteLine($"error: cannot write results to '{folder.Target}': {folder.Explain(e)}");
            return ExitCode.RuntimeFailure;
        }
    }
}
