namespace NegotiationSim.Engine;

/// <summary>
/// Where each scenario parameter lives in a replicate's flat parameter vector. Uncertain parameters are
/// drawn into their slot; fixed ones are copied from <see cref="CompiledModel"/>'s base vector.
/// Per-party-per-item blocks are laid out party-major: index = party × items + item.
/// </summary>
public sealed record ParameterTable(int Parties, int Items, int Blocs)
{
    /// <summary>Ideal positions, [party, item].</summary>
    public int Ideal => 0;
    /// <summary>Raw saliences, [party, item].</summary>
    public int Salience => Ideal + Parties * Items;
    /// <summary>Status quo, [item].</summary>
    public int StatusQuo => Salience + Parties * Items;
    /// <summary>Capability, [party].</summary>
    public int Capability => StatusQuo + Items;
    /// <summary>Reservation utility, [party].</summary>
    public int Reservation => Capability + Parties;
    /// <summary>Concession exponent e, [party].</summary>
    public int ConcessionExponent => Reservation + Parties;
    /// <summary>Initial concession κ, [party].</summary>
    public int InitialConcession => ConcessionExponent + Parties;
    /// <summary>Acceptance temperature, [party].</summary>
    public int AcceptanceTemperature => InitialConcession + Parties;
    /// <summary>Walkout hazard, [party].</summary>
    public int WalkoutHazard => AcceptanceTemperature + Parties;
    /// <summary>Attendance probability at initial trust, [party].</summary>
    public int Attendance => WalkoutHazard + Parties;
    /// <summary>Trust sensitivity of attendance, [party].</summary>
    public int TrustSensitivity => Attendance + Parties;
    /// <summary>Hardening after failure, [party].</summary>
    public int Hardening => TrustSensitivity + Parties;
    /// <summary>Outside option value, [party] (ignored where the party has none).</summary>
    public int OutsideOption => Hardening + Parties;
    /// <summary>Bloc cohesion, [bloc].</summary>
    public int Cohesion => OutsideOption + Parties;
    /// <summary>Initial trust.</summary>
    public int TrustInitial => Cohesion + Blocs;
    /// <summary>Trust gain after an agreement.</summary>
    public int TrustGain => TrustInitial + 1;
    /// <summary>Trust loss after a failed or declined meeting.</summary>
    public int TrustLossOnFailure => TrustGain + 1;
    /// <summary>Trust loss after a walkout.</summary>
    public int TrustLossOnWalkout => TrustLossOnFailure + 1;
    /// <summary>Escalation temperature.</summary>
    public int EscalationTemperature => TrustLossOnWalkout + 1;
    /// <summary>Length of the vector.</summary>
    public int Count => EscalationTemperature + 1;
}
