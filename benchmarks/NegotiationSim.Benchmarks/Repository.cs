namespace NegotiationSim.Benchmarks;

/// <summary>Finds the repository's experiment files from wherever BenchmarkDotNet runs the program.</summary>
internal static class Repository
{
    /// <summary>The repository root: the folder above this program's (or the current one's) that holds experiments/.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "experiments", "nato-russia-2022-classic.json"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "experiments", "nato-russia-2022-classic.json"))) return dir.FullName;
        throw new DirectoryNotFoundException("cannot find experiments/nato-russia-2022-classic.json above the benchmark program");
    }
}
