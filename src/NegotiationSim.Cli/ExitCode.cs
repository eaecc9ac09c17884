namespace NegotiationSim.Cli;

/// <summary>negsim's exit codes.</summary>
public enum ExitCode
{
    /// <summary>Done.</summary>
    Success = 0,
    /// <summary>Something failed at run time (an I/O error, a bug).</summary>
    RuntimeFailure = 1,
    /// <summary>The command line or an experiment file is wrong; nothing was written.</summary>
    UsageError = 2,
    /// <summary>Interrupted by Ctrl+C or SIGTERM; no complete-looking results were left.</summary>
    Interrupted = 130,
}
