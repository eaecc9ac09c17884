namespace NegotiationSim.Experiments.Results;

/// <summary>
/// A results folder written safely: everything goes into a hidden sibling folder ".DIR.partial-PID", which is
/// renamed to DIR only when complete. An interrupted or failed run therefore never leaves a folder that looks
/// finished, and an existing DIR is replaced only when the caller allows it.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private bool _committed;

    private ResultsFolder(string target, string staging, bool replace)
    {
        Target = target;
        Staging = staging;
        _replace = replace;
        // A process can end without this folder being disposed: on Ctrl+C, System.CommandLine returns from the
        // invocation once its termination timeout has passed even if the run is still in a long chunk. The
        // staging folder must not outlive the process then either.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    private readonly bool _replace;

    /// <summary>The final folder.</summary>
    public string Target { get; }

    /// <summary>Where files are written until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>
    /// Starts a results folder at <paramref name="target"/>. Throws <see cref="ResultsFolderException"/> when the
    /// folder exists and <paramref name="force"/> is false, or when it cannot be created.
    /// </summary>
    public static ResultsFolder Begin(string target, bool force)
    {
        target = Path.GetFullPath(target);
        if ((Directory.Exists(target) || File.Exists(target)) && !force)
            throw new ResultsFolderException($"results folder '{target}' already exists; choose another --out or pass --force to replace it");
        string parent = Path.GetDirectoryName(target) ?? ".";
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The staging folder is an implementation detail; the researcher asked for TARGET in PARENT.
            throw new ResultsFolderException(CannotWrite(target, parent));
        }
        return new ResultsFolder(target, staging, force);
    }

    // Says which of the usual reasons applies, from what is on disk, rather than quoting the failed call on the
    // hidden staging path.
    private static string CannotWrite(string target, string parent)
    {
        string? blocking = null;
        for (string? at = parent; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
            if (File.Exists(at)) blocking = at;
        string reason = blocking is not null
            ? $"'{blocking}' is a file, not a folder"
            : Directory.Exists(parent)
                ? $"the folder '{parent}' does not allow new folders to be created in it (no write permission, or a read-only or special file system)"
                : $"the folder '{parent}' cannot be created";
        return $"cannot write results folder '{target}': {reason}; choose an --out in a folder you can write to";
    }

    /// <summary>
    /// An I/O failure's message with the hidden staging folder replaced by the results folder it stands for,
    /// so that messages name what the researcher asked for.
    /// </summary>
    public string Explain(Exception e) => e.Message.Replace(Staging, Target, StringComparison.Ordinal);

    /// <summary>Path of <paramref name="relative"/> inside the staging folder, creating its directory.</summary>
    public string PathOf(string relative)
    {
        string path = Path.Combine(Staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Moves the finished folder into place.</summary>
    public void Commit()
    {
        try
        {
            if (_replace && Directory.Exists(Target)) Directory.Delete(Target, recursive: true);
            else if (_replace && File.Exists(Target)) File.Delete(Target);
            Directory.Move(Staging, Target);
            _committed = true;
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"cannot move results into '{Target}': {Explain(e)}");
        }
    }

    /// <summary>Removes the staging folder unless the results were committed.</summary>
    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (_committed) return;
        try { if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort: it is hidden and marked partial */ }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();
}
