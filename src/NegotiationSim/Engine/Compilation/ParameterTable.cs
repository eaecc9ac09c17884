namespace NegotiationSim.Engine.Compilation;

/// <summary>
/// Where each scenario parameter lives in a replicate's flat parameter vector. Uncertain parameters are
/// drawn into their slot; fixed ones are copied from <see cref="CompiledModel"/>'s base vector.
/// Per-party-per-item blocks are laid out party-major: index = party × items + item.
/// Offsets are plain fields because the kernel reads them in its innermost loops.
/// </summary>
internal sealed class ParameterTable
{
    /// <summary>The layout for a scenario of the given size.</summary>
    public ParameterTable(int parties, int items, int blocs, int linkages = 0, bool types = false)
    {
        int at = 0;
        int Take(int n) { int s = at; at += n; return s; }
        Ideal = Take(parties * items);
        Salience = Take(parties * items);
        StatusQuo = Take(items);
        Capability = Take(parties);
        Reservation = Take(parties);
        ConcessionExponent = Take(parties);
        InitialConcession = Take(parties);
        AcceptanceTemperature = Take(parties);
        WalkoutHazard = Take(parties);
        Attendance = Take(parties);
        TrustSensitivity = Take(parties);
        Hardening = Take(parties);
        OutsideOption = Take(parties);
        Cohesion = Take(blocs);
        TrustInitial = Take(1);
        TrustGain = Take(1);
        TrustLossOnFailure = Take(1);
        TrustLossOnWalkout = Take(1);
        EscalationTemperature = Take(1);
        WalkoutRate = Take(parties);
        WarCost = Take(parties);
        WarPrevailsStart = Take(1);
        WarPrevailsEnd = Take(1);
        WarIfPrevails = Take(items);
        WarIfFails = Take(items);
        LinkageHolds = Take(linkages);
        // Private types (§14): only scenarios that declare them carry these slots.
        int typed = types ? parties : 0;
        TypePrior = Take(typed);
        TypeExtraCost = Take(typed);
        MobilisesIfResolute = Take(typed);
        MobilisesIfIrresolute = Take(typed);
        BeliefPrior = Take(typed * parties);
        Count = at;
    }

    /// <summary>Ideal positions, [party, item].</summary>
    public readonly int Ideal;
    /// <summary>Raw saliences, [party, item].</summary>
    public readonly int Salience;
    /// <summary>Status quo, [item].</summary>
    public readonly int StatusQuo;
    /// <summary>Capability, [party].</summary>
    public readonly int Capability;
    /// <summary>Reservation utility, [party].</summary>
    public readonly int Reservation;
    /// <summary>Concession exponent e, [party].</summary>
    public readonly int ConcessionExponent;
    /// <summary>Initial concession κ, [party].</summary>
    public readonly int InitialConcession;
    /// <summary>Acceptance temperature, [party].</summary>
    public readonly int AcceptanceTemperature;
    /// <summary>Walkout hazard, [party].</summary>
    public readonly int WalkoutHazard;
    /// <summary>Attendance probability at initial trust, [party].</summary>
    public readonly int Attendance;
    /// <summary>Trust sensitivity of attendance, [party].</summary>
    public readonly int TrustSensitivity;
    /// <summary>Hardening after failure, [party].</summary>
    public readonly int Hardening;
    /// <summary>Outside option value, [party] (ignored where the party has none).</summary>
    public readonly int OutsideOption;
    /// <summary>Bloc cohesion, [bloc].</summary>
    public readonly int Cohesion;
    /// <summary>Initial trust.</summary>
    public readonly int TrustInitial;
    /// <summary>Trust gain after an agreement.</summary>
    public readonly int TrustGain;
    /// <summary>Trust loss after a failed or declined meeting.</summary>
    public readonly int TrustLossOnFailure;
    /// <summary>Trust loss after a walkout.</summary>
    public readonly int TrustLossOnWalkout;
    /// <summary>Escalation temperature.</summary>
    public readonly int EscalationTemperature;
    /// <summary>Walkout hazard per hour of a timed meeting, per party (docs/model.md §13.5).</summary>
    public readonly int WalkoutRate;
    /// <summary>Cost of war per party (§13.1).</summary>
    public readonly int WarCost;
    /// <summary>The initiators' chance of prevailing at the start of the build-up (§13.1).</summary>
    public readonly int WarPrevailsStart;
    /// <summary>The initiators' chance of prevailing at the end of the build-up (§13.1).</summary>
    public readonly int WarPrevailsEnd;
    /// <summary>Item values after a war the initiators win, per item (§13.1).</summary>
    public readonly int WarIfPrevails;
    /// <summary>Item values after a war the initiators lose, per item (§13.1).</summary>
    public readonly int WarIfFails;
    /// <summary>Probability that each declared linkage holds, per linkage (§13.4).</summary>
    public readonly int LinkageHolds;
    /// <summary>Nature's probability that each initiator is resolute, [party] (§14).</summary>
    public readonly int TypePrior;
    /// <summary>The irresolute type's cost of war above the resolute type's, [party] (§14).</summary>
    public readonly int TypeExtraCost;
    /// <summary>Probability that a resolute initiator mobilises, [party] (§14).</summary>
    public readonly int MobilisesIfResolute;
    /// <summary>Probability that an irresolute initiator mobilises, [party] (§14).</summary>
    public readonly int MobilisesIfIrresolute;
    /// <summary>Each observer's prior that each initiator is resolute, [observer, initiator] (§14).</summary>
    public readonly int BeliefPrior;
    /// <summary>Length of the vector.</summary>
    public readonly int Count;
}
