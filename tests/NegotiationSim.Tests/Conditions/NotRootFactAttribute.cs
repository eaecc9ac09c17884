namespace NegotiationSim.Tests.Conditions;

/// <summary>
/// A test that needs file permissions to be enforced: root ignores them, so the case cannot be staged when the tests run
/// as root (as CI does); shown as skipped then, with the reason, instead of passing without checking anything.
/// </summary>
internal sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs POSIX file permissions";
        else if (Environment.UserName == "root") Skip = "runs as root, which ignores file permissions (the parent-is-a-file test covers the path)";
    }
}
