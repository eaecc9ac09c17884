namespace NegotiationSim.Outcomes;

/// <summary>
/// Quantiles of the offer on the table for one agenda item at one round of one meeting, over the replicates
/// whose negotiation of that item was still running at that round (<see cref="Count"/> of them).
/// </summary>
public sealed record OfferBand(int Round, long Count, double Q05, double Q25, double Median, double Q75, double Q95);
