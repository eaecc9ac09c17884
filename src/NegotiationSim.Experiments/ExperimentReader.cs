using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NegotiationSim.Diagnostics;

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

    /// <summary>Reads and validates an experiment file's exact bytes, e.g. a copy kept in a shard's partial folder.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="sourceName">How errors and the result name the source: the path the file was first given as.</param>
    /// <returns>The validated experiment; its <see cref="Experiment.Sha256"/> is of <paramref name="content"/>.</returns>
    /// <exception cref="ExperimentException">The bytes hold mistakes; all of them are listed.</exception>
    public static Experiment ReadBytes(byte[] content, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (experiment, errors) = Load(content, sourceName);
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
    public static IReadOnlyList<UserError> ValidateFile(string path) => LoadFile(path).Errors;

    /// <summary>Checks experiment JSON held in memory without throwing.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">How errors name the source.</param>
    /// <returns>Every error in file order; empty when the text is a valid experiment.</returns>
    public static IReadOnlyList<UserError> Validate(string json, string sourceName) => Load(Utf8(json), sourceName).Errors;

    private static byte[] Utf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetBytes(json);
    }

    private static (Experiment? Experiment, IReadOnlyList<UserError> Errors) LoadFile(string path)
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

    private static (Experiment? Experiment, IReadOnlyList<UserError> Errors) Load(byte[] utf8, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new ErrorCollector(source);
        var parsed = SourceParser.Parse(utf8, errors);
        // "like" is resolved first, so that variants and overrides see (and can address) every party written out.
        var root = parsed is null ? null : PartyTemplates.Expand(parsed, errors);
        var bound = root is null ? null : ExperimentBinder.Bind(root, new Binder(errors));
        if (root is null || bound is null || errors.Count > 0) return (null, errors.InFileOrder());
        var experiment = new Experiment(source, bound.Scenario, bound.Runs, bound.Seed, Convert.ToHexStringLower(SHA256.HashData(utf8)), utf8)
        {
            Variants = bound.Variants.Select(v => new ExperimentVariant(v.Name, v.Description)).ToList().AsReadOnly(),
            Tree = root,
            Definitions = bound.Variants,
        };

        // Every variant is materialised and bound now, so that a file with a broken variant is refused as a whole.
        var variantErrors = new List<UserError>();
        foreach (var definition in bound.Variants)
            variantErrors.AddRange(MaterialiseCore(experiment, definition, []).Errors);
        if (variantErrors.Count > 0) return (null, variantErrors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList().AsReadOnly());
        return (experiment, []);
    }

    /// <summary>
    /// The experiment's base scenario or one of its variants, with <paramref name="overrides"/> applied on top, bound
    /// by the same strict reader as a file. The result keeps the file's source, hash and bytes, and records the
    /// variant and the overrides. Overrides apply after the variant's own changes, in the order given.
    /// </summary>
    /// <param name="experiment">An experiment returned by this reader (any of its materialisations will do: they all start from the file).</param>
    /// <param name="variant">A variant's name, or null (or "base") for the base scenario.</param>
    /// <param name="overrides">Further changes, e.g. from <c>--set</c>; null for none.</param>
    /// <returns>The materialised experiment. A variant's scenario is named "BASE.VARIANT" unless the variant sets <c>name</c>.</returns>
    /// <exception cref="ExperimentException">The variant does not exist, a path names nothing, or the result is not a valid scenario; every error is listed.</exception>
    public static Experiment Materialise(Experiment experiment, string? variant = null, IReadOnlyList<SettingOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        VariantDefinition? definition = null;
        if (variant is not null && variant != VariantBinder.BaseName)
        {
            definition = experiment.Definitions.FirstOrDefault(d => d.Name == variant);
            if (definition is null)
            {
                var names = experiment.Definitions.Select(d => d.Name).ToList();
                string hint = names.Count == 0
                    ? "This file lists no variants; add them under \"variants\" (docs/configuration.md)."
                    : SpellingSuggestion.Hint(variant, names, "Variants in this file");
                throw new ExperimentException([new UserError(experiment.Source, 0, 0, "variants", $"no variant \"{variant}\"", hint)]);
            }
        }
        var (result, errors) = MaterialiseCore(experiment, definition, overrides ?? []);
        return result ?? throw new ExperimentException(errors);
    }

    private static (Experiment? Experiment, IReadOnlyList<UserError> Errors) MaterialiseCore(Experiment experiment, VariantDefinition? definition, IReadOnlyList<SettingOverride> overrides)
    {
        var tree = experiment.Tree ?? throw new ArgumentException("the experiment was not read by ExperimentReader", nameof(experiment));
        var errors = new ErrorCollector(experiment.Source, definition is null ? null : $"variant \"{definition.Name}\"");
        var editor = new SourceEditor(errors);
        var root = SourceTree.Without(tree, "variants");
        bool named = false;
        if (definition is not null)
        {
            foreach (var insert in definition.Inserts)
                root = editor.Insert(root, insert.Into, insert.Before, insert.After, insert.Value, new SourceEditor.Site(insert.Node.Line, insert.Node.Column, insert.Node.Path)) ?? root;
            foreach (var set in definition.Sets)
            {
                root = editor.Set(root, set.Segments, set.Member.Value, new SourceEditor.Site(set.Member.Line, set.Member.Column, set.Member.Value.Path)) ?? root;
                named |= set.Segments is ["name"];
            }
        }
        foreach (var change in overrides)
        {
            root = editor.Set(root, change.Segments, change.Node(), new SourceEditor.Site(0, 0, change.Origin + " " + change.Path)) ?? root;
            named |= change.Segments is ["name"];
        }
        // The file's parties were expanded when it was read; this resolves a "like" that a variant or override adds.
        root = PartyTemplates.Expand(root, errors);
        // Bound even after a path mistake (that change was skipped), so that every other mistake is reported too.
        var bound = ExperimentBinder.Bind(root, new Binder(errors));
        if (bound is null || errors.Count > 0) return (null, errors.InFileOrder());
        var scenario = definition is not null && !named
            ? bound.Scenario with { Name = bound.Scenario.Name + "." + definition.Name }
            : bound.Scenario;
        return (experiment with
        {
            Scenario = scenario,
            Runs = bound.Runs,
            Seed = bound.Seed,
            Variant = definition?.Name,
            Overrides = overrides.ToList().AsReadOnly(),
        }, []);
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
