using System.Reflection;

namespace NegotiationSim.Experiments.Results;

/// <summary>The tool's version and the commit it was built from (the SDK stamps it into the informational version as "+sha").</summary>
public static class ToolInfo
{
    private static readonly string Informational =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Semantic version, e.g. "0.1.0".</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>Full commit hash the binary was built from, or "unknown" when built outside git.</summary>
    public static string Commit => Informational.Contains('+') ? Informational.Split('+')[1] : "unknown";
}
