using System.Security.Cryptography;
using System.Text.Json;

namespace NegotiationSim.Experiments.Results;

/// <summary>
/// A finished results folder read back for running it again: its manifest (seed, runs, variant, overrides, tool version
/// and commit) and its experiment.json, checked against the hash the manifest recorded.
/// </summary>
/// <param name="Folder">The results folder, full path.</param>
/// <param name="Manifest">Its manifest.</param>
/// <param name="Experiment">Its experiment.json, read and validated.</param>
public sealed record RecordedRun(string Folder, Manifest Manifest, Experiment Experiment)
{
    /// <summary>Reads the results folder <paramref name="folder"/>.</summary>
    /// <exception cref="ResultsFolderException">
    /// It is not a results folder (no summary.json or experiment.json, or one unreadable), or its experiment.json was
    /// changed after the run (its SHA-256 differs from the manifest's).
    /// </exception>
    /// <exception cref="ExperimentException">Its experiment.json is not a valid experiment (for this version of negsim).</exception>
    public static RecordedRun Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder)) throw new ResultsFolderException($"'{folder}' is not a results folder: no such folder");
        string summaryPath = Path.Combine(folder, ResultsLayout.SummaryFile);
        string experimentPath = Path.Combine(folder, ResultsLayout.ExperimentFile);
        foreach (var path in new[] { summaryPath, experimentPath })
            if (!File.Exists(path)) throw new ResultsFolderException($"'{folder}' is not a results folder: it has no {Path.GetFileName(path)}");

        Manifest manifest;
        try
        {
            manifest = SummaryJson.ReadManifest(File.ReadAllText(summaryPath))
                ?? throw new JsonException("the manifest is null");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ResultsFolderException($"cannot read the manifest of '{summaryPath}': {e.Message}");
        }

        byte[] bytes;
        try { bytes = File.ReadAllBytes(experimentPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"cannot read '{experimentPath}': {e.Message}");
        }
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha, manifest.ExperimentSha256, StringComparison.OrdinalIgnoreCase))
            throw new ResultsFolderException(
                $"'{experimentPath}' was changed after the run: its SHA-256 is {sha}, the manifest recorded {manifest.ExperimentSha256}. " +
                "Restore the original file, or run the changed one with 'negsim run FILE' instead.");

        // experiment.json is the file as written; the variant and overrides the run used are in the manifest.
        var experiment = ExperimentReader.ReadFile(experimentPath);
        if (manifest.Variant is not null || manifest.Sets.Count > 0)
            experiment = ExperimentReader.Materialise(experiment, manifest.Variant, manifest.Sets.Select(SettingOverride.Parse).ToArray());
        return new RecordedRun(folder, manifest, experiment);
    }
}
