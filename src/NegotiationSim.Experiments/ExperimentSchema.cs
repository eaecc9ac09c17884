using System.Reflection;

namespace NegotiationSim.Experiments;

/// <summary>
/// The JSON Schema (draft 2020-12) of experiment files, for editors and other tools: docs/negsim.schema.json,
/// embedded in this assembly so that <c>negsim schema</c> prints exactly the file the repository ships. The
/// schema checks structure, types, ranges and option names; <see cref="ExperimentReader"/> checks everything
/// (ids, references, distribution parameters) and remains the authority. Tests keep the two in step.
/// </summary>
public static class ExperimentSchema
{
    /// <summary>The manifest resource holding docs/negsim.schema.json.</summary>
    private const string ResourceName = "NegotiationSim.ExperimentSchema.json";

    /// <summary>The JSON Schema dialect the schema is written in.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Where the shipped experiment files point their <c>"$schema"</c> (relative to experiments/).</summary>
    public const string RelativePath = "../docs/negsim.schema.json";

    private static readonly Lazy<string> Content = new(Load);

    /// <summary>The schema's text, exactly as in docs/negsim.schema.json (UTF-8, ending in a newline).</summary>
    public static string Text => Content.Value;

    private static string Load()
    {
        // A missing resource is a broken build, not a user mistake, so it stays an ordinary exception.
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(ExperimentSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
