using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>
/// A negotiating agent (docs/model.md §2). Every numeric attribute may be uncertain.
/// Ranges are checked by the experiment reader; the engine assumes them.
/// </summary>
/// <param name="Id">Short identifier (e.g. "russia").</param>
/// <param name="Name">Display name.</param>
/// <param name="Positions">Stance per agenda item id; an item the party has no stance on has salience 0 for it.</param>
/// <param name="Capability">Power in the weighted positions others aim at, ≥ 0.</param>
/// <param name="ReservationUtility">Utility below which the party never goes, in [0, 1].</param>
/// <param name="Concession">Time-dependent concession behaviour.</param>
/// <param name="AcceptanceTemperature">0 = accept exactly when utility ≥ aspiration; &gt; 0 = logistic acceptance with this temperature.</param>
/// <param name="WalkoutHazard">Per-round probability of leaving while the offer on the table is worse than no deal, in [0, 1].</param>
/// <param name="Attendance">Probability of attending a meeting at the initial trust level, in [0, 1].</param>
/// <param name="TrustSensitivity">Logit slope of attendance on trust, ≥ 0.</param>
/// <param name="Hardening">Added to the reservation utility after each failed meeting (negative softens), in [−1, 1].</param>
/// <param name="OutsideOption">Value of the outside option (e.g. military action) on the utility scale; null when the party has none
/// (or, in a scenario with a <see cref="War"/>, when it is computed from the war, docs/model.md §13.1).</param>
/// <param name="Linkages">Issue linkages the party declares (docs/model.md §13.4); none by default.</param>
/// <param name="WalkoutRate">Walkout hazard per hour of a meeting with a duration, ≥ 0 (docs/model.md §13.5); null: the per-round <see cref="WalkoutHazard"/> applies everywhere.</param>
/// <param name="Mediator">A party without stakes that proposes compromises between the sides (docs/model.md §15.4): it has no positions, is in no bloc and never decides.</param>
/// <param name="Consent">Items on which no agreement holds without this party's acceptance, in every meeting that negotiates them, whether or not it takes part (a stakeholder, docs/model.md §15.3); null: none.</param>
public sealed record Party(
    string Id,
    string Name,
    IReadOnlyDictionary<string, PartyPosition> Positions,
    Distribution Capability,
    Distribution ReservationUtility,
    ConcessionStrategy Concession,
    Distribution AcceptanceTemperature,
    Distribution WalkoutHazard,
    Distribution Attendance,
    Distribution TrustSensitivity,
    Distribution Hardening,
    Distribution? OutsideOption,
    IReadOnlyList<Linkage>? Linkages = null,
    Distribution? WalkoutRate = null,
    bool Mediator = false,
    IReadOnlyList<string>? Consent = null);
