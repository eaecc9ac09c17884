namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// Which of the offers an actor receives in a round it accepts (docs/expected-utility.md, "Offers").
/// Remaining ties go to the offer that moves the receiver least, then to the sender first in actor order.
/// </summary>
public enum OfferChoice
{
    /// <summary>
    /// The authors' code: a lost conflict beats a compromise, which beats a capitulation. Among conflicts and
    /// among capitulations the one that moves the receiver least wins; among compromises the one whose
    /// expected-utility weighted position (|E_i(j)| x_i + |E_j(i)| x_j) / (|E_i(j)| + |E_j(i)|) is lowest.
    /// This reading reproduces Scholz et al.'s Table 2.
    /// </summary>
    AuthorsCode = 0,

    /// <summary>Kinds ranked as in <see cref="AuthorsCode"/>; within every kind the offer that moves the receiver least.</summary>
    LeastChangeByKind = 1,

    /// <summary>The offer that moves the receiver least, whatever its kind (the wording of the paper and of Bueno de Mesquita 1994).</summary>
    LeastChange = 2,

    /// <summary>
    /// The offer from the sender that expects most from challenging the receiver (largest E_j(i)). Senders at one position
    /// expect the same from the receiver, so ties are common; they go to the offer that moves the receiver least.
    /// </summary>
    StrongestSender = 3,
}
