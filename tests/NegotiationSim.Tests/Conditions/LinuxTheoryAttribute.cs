namespace NegotiationSim.Tests.Conditions;

/// <summary>A theory of Linux process behaviour; shown as skipped elsewhere.</summary>
internal sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux (POSIX signals)";
    }
}
