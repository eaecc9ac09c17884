namespace NegotiationSim.Experiments;

/// <summary>
/// Builds the dotted setting paths used in error messages (<c>parties[2].positions.ukraine.salience</c>), the
/// same way for the parser and for keys that are missing, so a path can be pasted back into a search of the file.
/// </summary>
internal static class SettingPath
{
    /// <summary>The path of <paramref name="key"/> inside the object at <paramref name="parent"/> ("" is the top level).</summary>
    public static string Child(string parent, string key)
    {
        string part = IsPlain(key) ? key : "[\"" + key.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]";
        if (parent.Length == 0) return part.StartsWith('[') ? part : key;
        return part.StartsWith('[') ? parent + part : parent + "." + part;
    }

    /// <summary>The path of element <paramref name="index"/> (0-based, as in the file) of the array at <paramref name="parent"/>.</summary>
    public static string Index(string parent, int index) => parent + "[" + index + "]";

    // Keys that read unambiguously after a dot; anything else is quoted in brackets.
    private static bool IsPlain(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] is '$' or '_')) return false;
        foreach (char c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$')) return false;
        return true;
    }
}
