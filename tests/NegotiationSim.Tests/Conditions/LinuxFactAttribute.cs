namespace NegotiationSim.Tests.Conditions;

/// <summary>A test of Linux process behaviour (signals, /dev/full, exit codes through a shell); shown as skipped elsewhere.</summary>
internal sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux (POSIX signals, /dev/full, /bin/sh)";
    }
}
