namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// What receiver i makes of actor j's challenge, from E_i(j) (i challenging j) and E_j(i) (j challenging i),
/// Bueno de Mesquita's (1994) quadrants as formalised by Scholz et al. (2011, §6).
/// </summary>
public enum OfferKind
{
    /// <summary>No move for the receiver: both expect to lose, or the receiver would win a conflict.</summary>
    Stalemate = 0,

    /// <summary>E_j(i) &gt; E_i(j) &gt; 0: both would fight and i expects to lose; i moves to x_j.</summary>
    Conflict = 1,

    /// <summary>E_i(j) &lt; 0 &lt; E_j(i) and E_j(i) ≥ |E_i(j)|: i moves part-way, to x_i + (x_j − x_i)·|E_i(j) / E_j(i)|.</summary>
    Compromise = 2,

    /// <summary>E_i(j) &lt; 0 &lt; E_j(i) and E_j(i) &lt; |E_i(j)|: i gives in and moves to x_j.</summary>
    Capitulation = 3,
}
