namespace NegotiationSim.Tests.Validation;

/// <summary>Files of the repository the tests run from (found by walking up to NegotiationSim.sln).</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "NegotiationSim.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root (NegotiationSim.sln) not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The absolute path of <paramref name="relative"/> (forward slashes) under the root.</summary>
    public static string File(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every experiments/*.json, as absolute paths in name order.</summary>
    public static IReadOnlyList<string> ExperimentFiles() =>
        Directory.GetFiles(File("experiments"), "*.json").Order(StringComparer.Ordinal).ToList();
}
