namespace NegotiationSim.Inference;

/// <summary>How to run an ABC inference (docs/validation.md, "Inference").</summary>
/// <param name="Method">Rejection or SMC.</param>
/// <param name="Draws">Prior draws (rejection) or particles (SMC).</param>
/// <param name="ReplicatesPerDraw">Replicates simulated with each parameter vector, K: a draw's weight is the share of them within the tolerance, an unbiased estimate of its ABC likelihood.</param>
/// <param name="Tolerance">Patterns a replicate may get wrong and still count as reproducing the record; 0 (exact) targets the exact posterior given the patterns.</param>
/// <param name="Seed">Master seed of the prior draws, the moves and the replicates.</param>
/// <param name="Threads">Worker threads; 0 for all cores. Results do not depend on it.</param>
/// <param name="MinimumEss">Below this effective sample size no posterior is reported.</param>
/// <param name="EssFraction">SMC: each tolerance step keeps at least this fraction of the effective sample size when it can (Del Moral et al.'s α).</param>
/// <param name="MaxGenerations">SMC: at most this many tolerance steps.</param>
/// <param name="FinalMoves">SMC: further Metropolis–Hastings moves at the final tolerance.</param>
public sealed record AbcSettings(
    AbcMethod Method,
    int Draws,
    int ReplicatesPerDraw,
    int Tolerance,
    ulong Seed,
    int Threads = 0,
    double MinimumEss = 100,
    double EssFraction = 0.5,
    int MaxGenerations = 40,
    int FinalMoves = 3);
