using NegotiationSim.Engine.Replicate;

namespace NegotiationSim.Reference;

/// <summary>Counts over a run of the reference model (<see cref="ReferenceModel.Summarise"/>); every count has <see cref="Replicates"/> as denominator.</summary>
/// <param name="Replicates">Replicates run.</param>
/// <param name="Endings">Replicates per <see cref="Ending"/>, indexed by its value.</param>
/// <param name="MeetingsHeld">Meetings held, summed over replicates.</param>
/// <param name="AnyAgreement">Replicates that agreed at least one item.</param>
/// <param name="AnyEscalation">Replicates in which some party escalated.</param>
/// <param name="ItemAgreed">Per item: replicates that agreed it.</param>
/// <param name="PartyWalkedOut">Per party: replicates in which it walked out.</param>
/// <param name="PartyEscalated">Per party: replicates in which it escalated.</param>
public sealed record ReferenceSummary(
    long Replicates, IReadOnlyList<long> Endings, long MeetingsHeld, long AnyAgreement, long AnyEscalation,
    IReadOnlyList<long> ItemAgreed, IReadOnlyList<long> PartyWalkedOut, IReadOnlyList<long> PartyEscalated)
{
    /// <summary>The share of replicates that ended with <paramref name="ending"/>.</summary>
    public double EndingProbability(Ending ending) => (double)Endings[(int)ending] / Replicates;

    /// <summary>The share of replicates that agreed item <paramref name="item"/> (scenario order).</summary>
    public double AgreementProbability(int item) => (double)ItemAgreed[item] / Replicates;
}
