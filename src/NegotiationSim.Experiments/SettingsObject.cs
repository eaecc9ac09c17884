using NegotiationSim.Uncertainty;

namespace NegotiationSim.Experiments;

/// <summary>
/// A JSON object of the experiment file read against the keys valid at its place. Unknown keys are errors, with a
/// did-you-mean, because a silently ignored misspelling ("salince") would run a different model than intended.
/// Any object may carry <c>"why"</c>, a rationale the model ignores.
/// </summary>
internal sealed class SettingsObject
{
    public const string Rationale = "why";

    private readonly Binder _binder;

    // Keys offered as "did you mean" for an unknown key: if such a key is required and absent, the unknown-key
    // error already says what to do, and a second "missing" error for the same slip would only add noise.
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    public SettingsObject(Binder binder, SourceObject source, IReadOnlyList<string> keys)
    {
        _binder = binder;
        Source = source;
        var valid = keys.Append(Rationale).ToList();
        foreach (var member in source.Members)
        {
            if (member.Key == Rationale)
                CheckRationale(binder, member.Value);
            else if (!keys.Contains(member.Key))
            {
                binder.Errors.Add(member.Line, member.Column, member.Value.Path, $"unknown key \"{member.Key}\"",
                    SpellingSuggestion.Hint(member.Key, valid, "Valid keys here"));
                if (SpellingSuggestion.Closest(member.Key, valid) is { } suggested) _suggested.Add(suggested);
            }
        }
    }

    public SourceObject Source { get; }

    /// <summary>The value of <paramref name="key"/>, or null when it is absent.</summary>
    public SourceNode? Find(string key) => Source.Find(key)?.Value;

    /// <summary>The value of a required key; when absent, an error at the object names the missing key's path.</summary>
    public SourceNode? Require(string key, string hint)
    {
        var value = Find(key);
        if (value is null && !_suggested.Contains(key))
            _binder.Errors.Add(Source.Line, Source.Column, SettingPath.Child(Source.Path, key), $"missing required key \"{key}\"", hint);
        return value;
    }

    /// <summary>An optional string; <paramref name="fallback"/> when absent or wrong (the latter reported).</summary>
    public string String(string key, string fallback, string hint) =>
        Find(key) is { } node ? _binder.String(node, key, hint) ?? fallback : fallback;

    /// <summary>An optional boolean.</summary>
    public bool Boolean(string key, bool fallback) =>
        Find(key) is { } node ? _binder.Boolean(node, key) ?? fallback : fallback;

    /// <summary>An optional parameter (number or distribution); a fixed <paramref name="fallback"/> when absent.</summary>
    public Distribution Parameter(string key, string name, ParameterRange range, double fallback) =>
        Find(key) is { } node ? _binder.Parameters.Read(node, name, range) ?? Distribution.Fixed(fallback) : Distribution.Fixed(fallback);

    /// <summary>A required parameter; a placeholder after an error, which is never returned to the caller of the reader.</summary>
    public Distribution RequiredParameter(string key, string name, ParameterRange range, string hint) =>
        Require(key, hint) is { } node ? _binder.Parameters.Read(node, name, range) ?? Placeholder : Placeholder;

    // Stands in for a value that was wrong, so binding can go on to find further errors.
    private static Distribution Placeholder { get; } = Distribution.Fixed(0);

    private static void CheckRationale(Binder binder, SourceNode value)
    {
        if (value is not SourceString)
            binder.TypeError(value, Rationale, "a string", "Valid: a one-line rationale in quotes; the model ignores it.");
    }

    /// <summary>Checks a <c>why</c> met outside a <see cref="SettingsObject"/>, e.g. among the item ids of <c>positions</c>.</summary>
    public static void CheckRationale(Binder binder, SourceMember member) => CheckRationale(binder, member.Value);
}
