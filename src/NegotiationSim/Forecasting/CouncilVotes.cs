namespace NegotiationSim.Forecasting;

/// <summary>
/// Capabilities from the Council of the European Union's weighted votes of the time, for DEU actor codes.
/// </summary>
/// <remarks>
/// Member states: the weights for qualified-majority voting in force from 1995 to October 2004 (Treaty of Amsterdam,
/// art. 205(2) EC; 87 votes in all): DE, FR, IT, UK 10; ES 8; BE, EL, NL, PT 5; AT, SE 4; DK, FI, IE 3; LU 2 — the
/// weights the data's README lists. The Commission and the European Parliament have no Council votes; this project
/// gives them a weight by procedure, a choice of its own stated here and in docs/validation.md: the Commission 10 (as
/// much as a large member state: it tables the proposal and can amend or withdraw it) under every procedure; the
/// Parliament 10 under co-decision (COD: it co-legislates and can block) and 0 under consultation (CNS: its opinion is
/// advisory) and any other procedure.
/// </remarks>
public static class CouncilVotes
{
    /// <summary>The Council votes of each member state, 1995–2004, by DEU actor code.</summary>
    public static IReadOnlyDictionary<string, double> MemberStates { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = 10, ["fr"] = 10, ["it"] = 10, ["uk"] = 10, ["es"] = 8,
        ["be"] = 5, ["el"] = 5, ["nl"] = 5, ["pt"] = 5, ["at"] = 4, ["se"] = 4,
        ["dk"] = 3, ["fi"] = 3, ["ie"] = 3, ["lu"] = 2,
    };

    /// <summary>The Commission's weight, whatever the procedure.</summary>
    public const double Commission = 10;

    /// <summary>The Parliament's weight under co-decision.</summary>
    public const double ParliamentCodecision = 10;

    /// <summary>The actor code of the European Parliament in the DEU data.</summary>
    public const string ParliamentActor = "ep";

    /// <summary>
    /// The weight of <paramref name="actor"/> under <paramref name="procedure"/> ("COD", "CNS", …), or null when no
    /// weight is built in for it (a member state that joined in 2004 or later, or an unknown code).
    /// </summary>
    public static double? Of(string actor, string procedure)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.Equals(actor, PointForecasts.CommissionActor, StringComparison.OrdinalIgnoreCase)) return Commission;
        if (string.Equals(actor, ParliamentActor, StringComparison.OrdinalIgnoreCase))
            return string.Equals(procedure?.Trim(), "COD", StringComparison.OrdinalIgnoreCase) ? ParliamentCodecision : 0;
        return MemberStates.TryGetValue(actor, out double votes) ? votes : null;
    }
}
