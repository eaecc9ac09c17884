namespace NegotiationSim.Experiments;

/// <summary>
/// "Did you mean ...?" for misspelt keys, ids and option names: the closest valid word by edit distance
/// (optimal string alignment, so a swapped pair of letters costs 1), ignoring case.
/// </summary>
internal static class SpellingSuggestion
{
    private const int MaxWordLength = 64;

    /// <summary>The candidate closest to <paramref name="word"/>, or null when none is close enough to be a likely typo.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        // Allow about one edit per three letters: "salince" → "salience", but not "x" → "id".
        int allowed = Math.Clamp((word.Length + 1) / 3, 1, 3);
        // Words this long are not typed by hand, and the distance table would be needlessly large.
        if (word.Length > MaxWordLength) return null;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            // The distance is at least the difference in length, so far shorter or longer words cannot win.
            if (Math.Abs(candidate.Length - word.Length) > allowed) continue;
            int d = Distance(word, candidate);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>
    /// A hint sentence: "Did you mean "x"? Valid: a, b, c." when a close candidate exists, otherwise only the list.
    /// </summary>
    public static string Hint(string word, IReadOnlyCollection<string> candidates, string validPrefix = "Valid")
    {
        string list = List(candidates);
        string? closest = Closest(word, candidates);
        string valid = candidates.Count == 0 ? "" : $"{validPrefix}: {list}.";
        return closest is null ? valid : $"Did you mean \"{closest}\"? {valid}".TrimEnd();
    }

    /// <summary>Quoted, comma-separated; long lists are cut so a hint stays one readable line.</summary>
    public static string List(IReadOnlyCollection<string> words)
    {
        const int Shown = 20;
        var quoted = words.Take(Shown).Select(w => "\"" + w + "\"");
        string list = string.Join(", ", quoted);
        return words.Count > Shown ? $"{list}, … ({words.Count} in all)" : list;
    }

    /// <summary>Optimal-string-alignment distance between two words, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
