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
            throw new ResultsFolderException($"cannot create results folder under '{parent}': {e.Message}");
        }
        return new ResultsFolder(target, staging, force);
    }

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
            throw new ResultsFolderException($"cannot move results into '{Target}': {e.Message}");
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
