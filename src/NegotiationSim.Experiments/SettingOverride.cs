using System.Globalization;
using System.Text;
using NegotiationSim.Diagnostics;

namespace NegotiationSim.Experiments;

/// <summary>
/// One change to a scenario by setting path, as given on the command line (<c>--set PATH=VALUE</c>) or by a sweep:
/// <c>parties.russia.outsideOption={"uniform":[0.5,0.7]}</c>. The path uses the dotted form of variants
/// (docs/configuration.md, "Variants"); the value is JSON (a bare word such as <c>itemByItem</c> is taken as a
/// string, and <c>null</c> removes the setting). The changed scenario is validated by the same strict reader as a file.
/// </summary>
public sealed class SettingOverride
{
    /// <summary>How errors in command-line overrides name their source.</summary>
    public const string CommandLine = "--set";

    private SettingOverride(string path, string value, string[] segments, string origin)
    {
        Path = path;
        Value = value;
        Segments = segments;
        Origin = origin;
    }

    /// <summary>Where the override comes from, as errors name it: <c>--set</c>, or <c>--param</c> for a sweep.</summary>
    public string Origin { get; }

    /// <summary>The dotted setting path, e.g. <c>parties.russia.outsideOption</c>.</summary>
    public string Path { get; }

    /// <summary>The value as JSON text.</summary>
    public string Value { get; }

    internal string[] Segments { get; }

    /// <summary>Parses <c>PATH=VALUE</c>.</summary>
    /// <param name="text">The argument of <c>--set</c>.</param>
    /// <returns>The override.</returns>
    /// <exception cref="ExperimentException">The text is not PATH=VALUE, the path is malformed or the value is not JSON; the error names the path.</exception>
    public static SettingOverride Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int eq = text.IndexOf('=');
        if (eq < 0)
            throw Error(CommandLine, text, $"expected PATH=VALUE, got \"{text}\"", "Example: --set parties.russia.outsideOption=0.5 or --set 'parties.russia.outsideOption={\"uniform\":[0.5,0.7]}'.");
        return Of(text[..eq].Trim(), text[(eq + 1)..].Trim());
    }

    /// <summary>An override of <paramref name="path"/> with the JSON text <paramref name="value"/> (a bare word is taken as a string).</summary>
    /// <exception cref="ExperimentException">The path is malformed or the value is not JSON.</exception>
    public static SettingOverride Of(string path, string value) => Of(path, value, CommandLine);

    private static SettingOverride Of(string path, string value, string origin)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        var segments = OverridePath.Split(path, out string problem) ?? throw Error(origin, path, problem, OverridePath.Hint);
        if (value.Length == 0)
            throw Error(origin, path, "the value is empty", "Give a number, a JSON object such as {\"uniform\":[0.5,0.7]}, a word such as itemByItem, or null to remove the setting.");

        var errors = new ErrorCollector(origin);
        if (SourceParser.Parse(Encoding.UTF8.GetBytes(value), errors, path) is not null) return new SettingOverride(path, value, segments, origin);
        // Shells eat the quotes of "itemByItem": a bare word is meant as a string.
        if (Binder.IsIdentifier(value) && value is not ("true" or "false" or "null")) return new SettingOverride(path, "\"" + value + "\"", segments, origin);
        var first = errors.InFileOrder()[0];
        throw Error(origin, path, $"the value {value} is not valid JSON ({first.Message}, at character {first.Column})",
            "Quote the whole argument for the shell: --set 'PATH={\"uniform\":[0.5,0.7]}'; strings in JSON need double quotes.");
    }

    /// <summary>An override of <paramref name="path"/> with the number <paramref name="value"/> (round-trip precision).</summary>
    /// <param name="path">The dotted setting path.</param>
    /// <param name="value">A finite number.</param>
    /// <param name="origin">How errors name the source, e.g. <c>--param</c> for a sweep.</param>
    /// <exception cref="ExperimentException">The path is malformed.</exception>
    public static SettingOverride Number(string path, double value, string origin = CommandLine)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), "a setting must be a finite number");
        return Of(path, value.ToString("R", CultureInfo.InvariantCulture), origin);
    }

    /// <summary>The value as a tree whose settings are named <c>--set PATH…</c> and carry no file position.</summary>
    internal SourceNode Node()
    {
        var errors = new ErrorCollector(Origin);
        var node = SourceParser.Parse(Encoding.UTF8.GetBytes(Value), errors, Origin + " " + Path)
            ?? throw new InvalidOperationException("an override's value was checked when it was made");
        return SourceTree.WithoutPosition(node);
    }

    /// <summary>The <c>PATH=VALUE</c> form.</summary>
    public override string ToString() => Path + "=" + Value;

    private static ExperimentException Error(string origin, string path, string message, string hint) =>
        new([new UserError(origin, 0, 0, path, message, hint)]);
}
