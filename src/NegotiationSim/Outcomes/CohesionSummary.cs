namespace NegotiationSim.Outcomes;

/// <summary>
/// A bloc's cohesion in action (docs/model.md §15.5), as opposed to its cohesion parameter (eq. 6): offers at least two
/// of its counting members judged, and those on which they split (some accepted, some refused).
/// </summary>
/// <param name="JudgedOffers">Offers judged by at least two of the bloc's counting members, summed over all replicates.</param>
/// <param name="SplitOffers">Of those, the offers on which the members split.</param>
/// <param name="JudgedPerReplicate">Mean number of such offers per replicate (every replicate as denominator).</param>
/// <param name="SplitShare">
/// Share of judged offers on which the members split, as a ratio of sums (<see cref="SplitOffers"/> / <see cref="JudgedOffers"/>),
/// in [0, 1]; NaN (null in JSON) when no offer was judged. No interval: offers within a replicate are not independent.
/// </param>
public sealed record CohesionSummary(long JudgedOffers, long SplitOffers, double JudgedPerReplicate, double SplitShare);
