using NegotiationSim.Experiments.Results;

namespace NegotiationSim.Cli.Commands;

/// <summary>`negsim run --reproduce DIR`: what it checks before running a recorded experiment again, and after.</summary>
internal static class Reproduction
{
    /// <summary>Manifest fields that name the build rather than the results; they differ when another build reproduces.</summary>
    private static readonly string[] BuildFields = ["version", "commit"];

    /// <summary>Why <paramref name="options"/> cannot be combined with --reproduce, or null when they can.</summary>
    internal static string? Conflict(RunOptions options)
    {
        var clashes = new List<string>();
        if (options.Experiment is not null) clashes.Add($"an experiment file ('{options.Experiment}')");
        if (options.Runs is not null) clashes.Add("--runs");
        if (options.Seed is not null) clashes.Add("--seed");
        return clashes.Count == 0 ? null :
            $"--reproduce takes the experiment, seed and runs from the results folder, so it cannot be combined with {string.Join(" or ", clashes)}. " +
            $"To change them, run the folder's experiment.json instead: negsim run {Path.Combine(options.Reproduce ?? "DIR", ResultsLayout.ExperimentFile)} --seed S --runs N";
    }

    /// <summary>Warns on <paramref name="error"/> when the folder was made by another version or commit of negsim.</summary>
    internal static void WarnIfOtherBuild(RecordedRun recorded, TextWriter error)
    {
        var m = recorded.Manifest;
        if (m.Tool == "negsim" && m.Version == ToolInfo.Version && m.Commit == ToolInfo.Commit) return;
        error.WriteLine($"warning: '{recorded.Folder}' was made by {m.Tool} {m.Version} (commit {m.Commit}); this is negsim {ToolInfo.Version} (commit {ToolInfo.Commit}). " +
            "The results may differ where the model changed between them.");
    }

    /// <summary>The default folder for the reproduction: beside the original, e.g. DIR-reproduced-20250101-120000.</summary>
    internal static string DefaultTarget(RecordedRun recorded) =>
        $"{recorded.Folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)}-reproduced-{DateTime.Now:yyyyMMdd-HHmmss}";

    /// <summary>Compares the new summary.json with the original's and says on <paramref name="output"/> or <paramref name="error"/> whether they match.</summary>
    internal static void Verify(RecordedRun recorded, string newSummaryJson, TextWriter output, TextWriter error)
    {
        string original = File.ReadAllText(Path.Combine(recorded.Folder, ResultsLayout.SummaryFile));
        var differences = SummaryJson.Differences(original, newSummaryJson, BuildFields);
        if (differences.Count == 0)
        {
            output.WriteLine($"Reproduced: summary.json is identical to that of '{recorded.Folder}' (threads and timing aside).");
            return;
        }
        error.WriteLine($"warning: the reproduction differs from '{recorded.Folder}' at {string.Join(", ", differences)}");
    }
}
