using NegotiationSim.Uncertainty;

namespace NegotiationSim.Forecasting;

/// <summary>
/// What nobody knows about how the actors of a case negotiate, as distributions drawn anew for every actor in every
/// replicate of the Monte Carlo forecast (docs/model.md §4 and §9 for the parameters' meaning).
/// </summary>
/// <param name="ConcessionExponent">e of eq. 8 (&gt; 0): below 1 Boulware, above 1 Conceder.</param>
/// <param name="InitialConcession">κ of eq. 8, in [0, 1].</param>
/// <param name="AcceptanceTemperature">θ of eq. 15 (≥ 0), on the utility scale [0, 1].</param>
/// <param name="RoundsPerActor">Rounds per involved actor: T = this × the number of actors, so every actor proposes this often.</param>
/// <param name="Orders">Proposer orders drawn per case (the Commission first, the others shuffled); the replicates are shared out among them.</param>
public sealed record ProtocolDistributions(
    Distribution ConcessionExponent, Distribution InitialConcession, Distribution AcceptanceTemperature, int RoundsPerActor, int Orders)
{
    /// <summary>
    /// The documented default (docs/validation.md): e ~ PERT(0.25, 1, 4), spanning NegMAS's "boulware" (0.25) to its
    /// "conceder" (4) with the linear concession most likely; κ = 0; θ ~ PERT(0, 0.02, 0.1), so acceptance is logistic
    /// with a small temperature; two rounds per actor; ten proposer orders.
    /// </summary>
    public static ProtocolDistributions Default { get; } = new(
        Distribution.Pert(0.25, 1, 4), Distribution.Fixed(0), Distribution.Pert(0, 0.02, 0.1), 2, 10);
}
