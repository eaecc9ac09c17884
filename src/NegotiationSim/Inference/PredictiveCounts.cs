namespace NegotiationSim.Inference;

/// <summary>What a predictive run counted: replicates, war, any agreement, and the record's patterns (null when they do not bind to the arm).</summary>
/// <param name="Runs">Replicates.</param>
/// <param name="War">Replicates in which some party went to war.</param>
/// <param name="AnyAgreement">Replicates in which some item was agreed.</param>
/// <param name="Patterns">The patterns' counts, or null.</param>
/// <param name="Informed">Parameters of the arm taken from the sample; the others (changed or added by a variant) keep the arm's own prior.</param>
public sealed record PredictiveCounts(long Runs, long War, long AnyAgreement, PatternCounts? Patterns, int Informed);
