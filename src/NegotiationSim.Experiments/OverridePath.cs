namespace NegotiationSim.Experiments;

/// <summary>
/// The dotted paths that name a setting for an override, e.g. <c>parties.russia.concession.exponent</c> or
/// <c>meetings.m2.settlement</c>: object keys, and list entries addressed by their id (or, in lists of ids such as
/// <c>participants</c>, by the id itself).
/// </summary>
internal static class OverridePath
{
    public const string Hint =
        "Valid: keys and ids joined by '.', list entries by their id, e.g. \"parties.russia.concession.exponent\" or \"meetings.m2.settlement\".";

    /// <summary>The segments of <paramref name="path"/>, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static string[]? Split(string path, out string problem)
    {
        problem = "";
        if (string.IsNullOrWhiteSpace(path))
        {
            problem = "the setting path is empty";
            return null;
        }
        var segments = path.Split('.');
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                problem = $"the setting path \"{path}\" has an empty part";
                return null;
            }
            if (!(char.IsAsciiLetter(segment[0]) || segment[0] is '$' or '_') || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$'))
            {
                problem = $"\"{segment}\" in the setting path \"{path}\" is not a key or an id";
                return null;
            }
        }
        return segments;
    }
}
