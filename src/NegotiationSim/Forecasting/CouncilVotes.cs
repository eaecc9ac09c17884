namespace NegotiationSim.Forecasting;

/// <summary>
/// Capabilities from the weighted votes in the Council of the European Union for qualified-majority voting, for DEU
/// actor codes, with the Commission and the European Parliament weighed by procedure.
/// </summary>
/// <remarks>
/// <para>Two tables of the time (the EC Treaty's art. 205(2) as amended):</para>
/// <list type="bullet">
/// <item><see cref="Amsterdam"/>, 1995 to October 2004, fifteen members, 87 votes — the weights the DEU data's README
/// lists: DE, FR, IT, UK 10; ES 8; BE, EL, NL, PT 5; AT, SE 4; DK, FI, IE 3; LU 2.</item>
/// <item><see cref="Nice"/>, from 1 November 2004 (Treaty of Nice and the 2003 Act of Accession; 321 votes for 25
/// members, 345 with BG and RO from 2007, 352 with HR from 2013): DE, FR, IT, UK 29; ES, PL 27; RO 14; NL 13; BE, CZ,
/// EL, HU, PT 12; AT, BU (Bulgaria), SE 10; CR (Croatia), DK, IE, LT, SK, FI 7; CY, EE, LV, LU, SI 4; MT 3.</item>
/// </list>
/// <para>An issue uses the Amsterdam table when its proposal was introduced before 1 November 2004 (or the date is
/// unknown) and only the fifteen take positions; otherwise the Nice table: a state that joined in 2004 or later can
/// only have voted under it. From November 2014 the Council votes by double majority without weights; the Nice
/// weights, the last weighted votes, stand in for them (a choice of this project, stated in docs/validation.md).</para>
/// <para>The Commission and the Parliament have no Council votes; this project gives them a weight by procedure:
/// the Commission as much as the largest member state of the table (10 or 29) under every procedure (it tables the
/// proposal and can amend or withdraw it); the Parliament as much under co-decision (COD: it co-legislates and can
/// block) and 0 under consultation (CNS: its opinion is advisory) and any other procedure.</para>
/// </remarks>
public static class CouncilVotes
{
    /// <summary>Votes per member state, 1995 to October 2004 (fifteen members, 87 votes).</summary>
    public static IReadOnlyDictionary<string, double> Amsterdam { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = 10, ["fr"] = 10, ["it"] = 10, ["uk"] = 10, ["es"] = 8,
        ["be"] = 5, ["el"] = 5, ["nl"] = 5, ["pt"] = 5, ["at"] = 4, ["se"] = 4,
        ["dk"] = 3, ["fi"] = 3, ["ie"] = 3, ["lu"] = 2,
    };

    /// <summary>Votes per member state from 1 November 2004 (Nice; Bulgaria and Romania from 2007, Croatia from 2013).</summary>
    public static IReadOnlyDictionary<string, double> Nice { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = 29, ["fr"] = 29, ["it"] = 29, ["uk"] = 29, ["es"] = 27, ["pl"] = 27, ["ro"] = 14, ["nl"] = 13,
        ["be"] = 12, ["cz"] = 12, ["el"] = 12, ["hu"] = 12, ["pt"] = 12, ["at"] = 10, ["bu"] = 10, ["se"] = 10,
        ["cr"] = 7, ["dk"] = 7, ["ie"] = 7, ["lt"] = 7, ["sk"] = 7, ["fi"] = 7,
        ["cy"] = 4, ["ee"] = 4, ["lv"] = 4, ["lu"] = 4, ["si"] = 4, ["mt"] = 3,
    };

    /// <summary>The day the Nice weights took effect.</summary>
    public static DateOnly NiceFrom { get; } = new(2004, 11, 1);

    /// <summary>The actor code of the European Parliament in the DEU data.</summary>
    public const string ParliamentActor = "ep";

    /// <summary>
    /// The table for an issue whose involved actors are <paramref name="actors"/> and whose proposal was introduced
    /// on <paramref name="introduced"/> (null: unknown).
    /// </summary>
    public static IReadOnlyDictionary<string, double> TableFor(IEnumerable<string> actors, DateOnly? introduced)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (introduced is { } day && day >= NiceFrom) return Nice;
        foreach (string a in actors)
            if (!Amsterdam.ContainsKey(a) && Nice.ContainsKey(a)) return Nice;
        return Amsterdam;
    }

    /// <summary>
    /// The weight of <paramref name="actor"/> under <paramref name="procedure"/> ("COD", "CNS", …) in
    /// <paramref name="table"/>, or null when the table has no weight for it (an unknown code).
    /// </summary>
    public static double? Of(string actor, string procedure, IReadOnlyDictionary<string, double> table)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(table);
        double largest = table.Values.Max();
        if (string.Equals(actor, PointForecasts.CommissionActor, StringComparison.OrdinalIgnoreCase)) return largest;
        if (string.Equals(actor, ParliamentActor, StringComparison.OrdinalIgnoreCase))
            return string.Equals(procedure?.Trim(), "COD", StringComparison.OrdinalIgnoreCase) ? largest : 0;
        return table.TryGetValue(actor, out double votes) ? votes : null;
    }
}
