using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Patterns;
using NegotiationSim.Inference;

namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim score` and `negsim infer` share: reading the experiment and the patterns, and the manifest.</summary>
internal static class InferenceSteps
{
    /// <summary>
    /// The experiment (variant and --set applied) and the patterns bound to it; null after printing a missing file or
    /// bad --set. A mistake in either file is thrown as a user error.
    /// </summary>
    public static (Experiment Experiment, PatternSet Patterns, byte[] PatternBytes)? Read(string? experimentPath, string? patternsPath, string? variant,
        IReadOnlyList<string> sets, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(patternsPath))
        {
            error.WriteLine("error: no patterns file given. Usage: negsim COMMAND EXPERIMENT PATTERNS, e.g. experiments/nato-russia-2022.json experiments/patterns/january-2022.json");
            return null;
        }
        if (SharedOptions.ParseSets(sets, error) is not { } overrides) return null;
        var experiment = experimentPath is null ? ExperimentReader.ReadDefault() : ExperimentReader.ReadFile(experimentPath);
        if (variant is not null || overrides.Count > 0) experiment = ExperimentReader.Materialise(experiment, variant, overrides);
        var patterns = PatternReader.ReadFile(patternsPath, experiment.Scenario);
        return (experiment, patterns, File.ReadAllBytes(patternsPath));
    }

    /// <summary>The manifest as indented JSON: a dictionary, so each command adds its own entries.</summary>
    public static string Manifest(string command, Experiment experiment, string patternsPath, byte[] patternBytes, IDictionary<string, object?> extra)
    {
        var manifest = new Dictionary<string, object?>
        {
            ["tool"] = "negsim",
            ["version"] = Experiments.Results.ToolInfo.Version,
            ["commit"] = Experiments.Results.ToolInfo.Commit,
            ["command"] = command,
            ["experiment"] = experiment.Source,
            ["experimentSha256"] = experiment.Sha256,
            ["scenario"] = experiment.Scenario.Name,
            ["variant"] = experiment.Variant,
            ["overrides"] = experiment.Overrides.Select(o => o.ToString()).ToArray(),
            ["patterns"] = patternsPath,
            ["patternsSha256"] = Convert.ToHexStringLower(SHA256.HashData(patternBytes)),
        };
        foreach (var (k, v) in extra) manifest[k] = v;
        return JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A probability as 0.000.</summary>
    public static string P(double x) => double.IsFinite(x) ? x.ToString("0.000", CultureInfo.InvariantCulture) : "";

    /// <summary>A number with round-trip precision for tables.</summary>
    public static string N(double x) => Experiments.Results.TidyCsv.Number(x);
}
