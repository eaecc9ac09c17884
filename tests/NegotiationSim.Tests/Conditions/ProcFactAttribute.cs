namespace NegotiationSim.Tests.Conditions;

/// <summary>
/// A test staged in Linux's /proc, which refuses new folders even to root (so it runs under CI's root too); shown as
/// skipped, with the reason, where there is no /proc, instead of passing without checking anything.
/// </summary>
internal sealed class ProcFactAttribute : FactAttribute
{
    public ProcFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux's /proc";
        else if (!Directory.Exists("/proc/self")) Skip = "/proc is not mounted here";
    }
}
