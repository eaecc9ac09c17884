using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace NegotiationSim.Experiments;

/// <summary>
/// Reads experiment files (docs/configuration.md) into validated <see cref="Experiment"/>s. Every mistake in a
/// file is reported at once, each with file, line, column, setting path and a hint, through
/// <see cref="ExperimentException"/>; no other exception escapes for bad input.
/// </summary>
public static class ExperimentReader
{
    /// <summary>The manifest resource holding the default experiment, embedded from experiments/nato-russia-2022.json.</summary>
    private const string DefaultResourceName = "NegotiationSim.DefaultExperiment.json";

    /// <summary>How errors in, and results of, the embedded default experiment name their source.</summary>
    public const string DefaultSourceName = "embedded:experiments/nato-russia-2022.json";

    /// <summary>Reads and validates the experiment file at <paramref name="path"/>.</summary>
    /// <param name="path">The file, absolute or relative to the current directory; errors name it as given.</param>
    /// <returns>The validated experiment; its <see cref="Experiment.Sha256"/> is of the file's bytes.</returns>
    /// <exception cref="ExperimentException">The file cannot be read or holds mistakes; all of them are listed.</exception>
    public static Experiment ReadFile(string path)
    {
        var (experiment, errors) = LoadFile(path);
        return experiment ?? throw new ExperimentException(errors);
    }

    /// <summary>Reads and validates experiment JSON held in memory.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">How errors and the result name the source, e.g. a file name.</param>
    /// <returns>The validated experiment; its <see cref="Experiment.Sha256"/> is of the UTF-8 encoding of <paramref name="json"/>.</returns>
    /// <exception cref="ExperimentException">The text holds mistakes; all of them are listed.</exception>
    public static Experiment Read(string json, string sourceName)
    {
        var (experiment, errors) = Load(Utf8(json), sourceName);
        return experiment ?? throw new ExperimentException(errors);
    }

    /// <summary>Reads the default experiment embedded in this assembly (what <c>negsim run</c> runs without a file).</summary>
    /// <returns>The validated experiment, with <see cref="Experiment.Source"/> = <see cref="DefaultSourceName"/>.</returns>
    /// <exception cref="ExperimentException">The embedded file holds mistakes (a build that should not have passed its tests).</exception>
    public static Experiment ReadDefault()
    {
        var (experiment, errors) = Load(DefaultBytes(), DefaultSourceName);
        return experiment ?? throw new ExperimentException(errors);
    }

    /// <summary>Checks the experiment file at <paramref name="path"/> without throwing, for <c>negsim validate</c>.</summary>
    /// <param name="path">The file, absolute or relative to the current directory.</param>
    /// <returns>Every error in file order; empty when the file is a valid experiment.</returns>
    public static IReadOnlyList<ExperimentError> ValidateFile(string path) => LoadFile(path).Errors;

    /// <summary>Checks experiment JSON held in memory without throwing.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">How errors name the source.</param>
    /// <returns>Every error in file order; empty when the text is a valid experiment.</returns>
    public static IReadOnlyList<ExperimentError> Validate(string json, string sourceName) => Load(Utf8(json), sourceName).Errors;

    private static byte[] Utf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetBytes(json);
    }

    private static (Experiment? Experiment, IReadOnlyList<ExperimentError> Errors) LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new ErrorCollector(path);
        if (Directory.Exists(path))
        {
            errors.Add(0, 0, "", "is a folder, not an experiment file", "Give the path of a .json file.");
            return (null, errors.InFileOrder());
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string message = e switch
            {
                FileNotFoundException => "experiment file not found",
                DirectoryNotFoundException => "experiment file not found: its folder does not exist",
                _ => "cannot read the experiment file: " + e.Message.TrimEnd('.'),
            };
            errors.Add(0, 0, "", message, $"Relative paths are resolved from the current directory, {Environment.CurrentDirectory}.");
            return (null, errors.InFileOrder());
        }
        return Load(bytes, path);
    }

    private static (Experiment? Experiment, IReadOnlyList<ExperimentError> Errors) Load(byte[] utf8, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new ErrorCollector(source);
        var root = SourceParser.Parse(utf8, errors);
        var bound = root is null ? null : ExperimentBinder.Bind(root, new Binder(errors));
        if (bound is null || errors.Count > 0) return (null, errors.InFileOrder());
        var experiment = new Experiment(source, bound.Scenario, bound.Runs, bound.Seed, Convert.ToHexStringLower(SHA256.HashData(utf8)), utf8);
        return (experiment, []);
    }

    private static byte[] DefaultBytes()
    {
        // A missing resource is a broken build, not a user mistake, so it stays an ordinary exception.
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResourceName} is missing from {typeof(ExperimentReader).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
