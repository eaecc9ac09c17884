using NegotiationSim.Experiments.Results;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// The two steps every command that writes a results folder shares, with the same messages and exit codes:
/// start the folder (refused: exit 2), and write then move it into place (interrupted: 130; I/O failure: 1).
/// </summary>
internal static class ResultsSteps
{
    /// <summary>Starts the results folder at <paramref name="target"/>, or says why it cannot and returns null.</summary>
    public static ResultsFolder? Begin(string target, bool force, TextWriter error)
    {
        try { return ResultsFolder.Begin(target, force); }
        catch (ResultsFolderException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

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
