namespace NegotiationSim.Inference;

/// <summary>One step of an ABC run: its tolerance, the effective sample size after reweighting, and its moves.</summary>
/// <param name="Index">0 for the prior population.</param>
/// <param name="Tolerance">Patterns a replicate may get wrong.</param>
/// <param name="Ess">Effective sample size of the weights at this tolerance, (Σw)²/Σw².</param>
/// <param name="Resampled">Whether the population was resampled.</param>
/// <param name="MoveAcceptance">Share of Metropolis–Hastings moves accepted (NaN without moves).</param>
/// <param name="Simulations">Replicates simulated so far.</param>
public sealed record AbcGeneration(int Index, int Tolerance, double Ess, bool Resampled, double MoveAcceptance, long Simulations);
