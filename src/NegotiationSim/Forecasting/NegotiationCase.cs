namespace NegotiationSim.Forecasting;

/// <summary>
/// One controversial issue of a real negotiation whose outcome is known, as the DEU data set codes it (Thomson et al.
/// 2006): the involved actors' positions and saliences on a 0–100 scale, the reference point (the outcome without a new
/// law) and the outcome. Actors without a position are not involved and are not listed.
/// </summary>
/// <param name="Id">Issue id (e.g. "d00032i1").</param>
/// <param name="Proposal">The proposal the issue belongs to (e.g. "d00032"); issues of one proposal are not independent.</param>
/// <param name="Procedure">Legislative procedure (e.g. "COD", "CNS"); empty when unknown.</param>
/// <param name="Actors">The involved actors, in file order; at least one.</param>
/// <param name="ReferencePoint">The reference point on 0–100, or NaN where the data do not code one.</param>
/// <param name="Outcome">The outcome on 0–100, or NaN where no outcome is coded (such a case is forecast but not scored).</param>
public sealed record NegotiationCase(
    string Id, string Proposal, string Procedure, IReadOnlyList<CaseActor> Actors, double ReferencePoint, double Outcome)
{
    /// <summary>True when the data code a reference point.</summary>
    public bool HasReferencePoint => double.IsFinite(ReferencePoint);

    /// <summary>True when the data code an outcome, so the case can be scored.</summary>
    public bool HasOutcome => double.IsFinite(Outcome);
}
