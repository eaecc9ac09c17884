namespace NegotiationSim.Outcomes;

/// <summary>What the replicates say about one meeting of the sequence.</summary>
/// <param name="Id">Meeting id.</param>
/// <param name="Name">Meeting name.</param>
/// <param name="Reached">Probability that the sequence got as far as inviting to this meeting.</param>
/// <param name="Held">Probability that the meeting was held (everyone attended).</param>
/// <param name="Declined">Probability that a party stayed away.</param>
/// <param name="Walkout">Probability that it ended in a walkout.</param>
/// <param name="AnyAgreement">Probability that it settled at least one item.</param>
/// <param name="MeanRounds">Mean number of rounds played when held.</param>
/// <param name="EscalatedBefore">Probability that war was started before this meeting, ending the sequence (docs/model.md §13.3).</param>
/// <param name="LinkageBlocked">Probability that the meeting was held and a linkage kept some of its agenda from agreement (§13.4).</param>
/// <param name="Items">Item ids on its agenda.</param>
/// <param name="OfferBands">Per agenda item (same order as <paramref name="Items"/>), the offer quantiles by round.</param>
public sealed record MeetingSummary(
    string Id, string Name, Proportion Reached, Proportion Held, Proportion Declined, Proportion Walkout, Proportion AnyAgreement,
    double MeanRounds, IReadOnlyList<string> Items, IReadOnlyList<IReadOnlyList<OfferBand>> OfferBands,
    Proportion? EscalatedBefore = null, Proportion? LinkageBlocked = null);
