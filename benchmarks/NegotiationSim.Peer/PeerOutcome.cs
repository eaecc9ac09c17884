namespace NegotiationSim.Peer;

/// <summary>
/// Result of one replicate of the peer scenario (<see cref="PeerScenario.Run(long, int)"/>): whether the three parties
/// agreed, after how many rounds, on what, and the agreement's utility to each party. A plain value type (no references).
/// </summary>
public readonly struct PeerOutcome
{
    /// <summary>True when all three parties accepted one offer before the deadline; false on a timeout.</summary>
    public readonly bool Agreed;

    /// <summary>Rounds run: k + 1 when agreement came in round k (0-based); the number of steps on a timeout.</summary>
    public readonly int Rounds;

    /// <summary>The agreed offer; all zeros on a timeout.</summary>
    public readonly PeerOffer Agreement;

    /// <summary>Utility of the agreement to party 0 (Boulware), in [0, 1]; 0 on a timeout.</summary>
    public readonly double Utility0;

    /// <summary>Utility of the agreement to party 1 (linear), in [0, 1]; 0 on a timeout.</summary>
    public readonly double Utility1;

    /// <summary>Utility of the agreement to party 2 (Conceder), in [0, 1]; 0 on a timeout.</summary>
    public readonly double Utility2;

    /// <summary>An outcome from its parts (no checks).</summary>
    public PeerOutcome(bool agreed, int rounds, PeerOffer agreement, double utility0, double utility1, double utility2)
    {
        Agreed = agreed;
        Rounds = rounds;
        Agreement = agreement;
        Utility0 = utility0;
        Utility1 = utility1;
        Utility2 = utility2;
    }

    /// <summary>Utility of the agreement to party <paramref name="party"/> (0..2); 0 on a timeout.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is not in 0..2.</exception>
    public double Utility(int party) => party switch
    {
        0 => Utility0,
        1 => Utility1,
        2 => Utility2,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "A party index is in 0..2."),
    };

    /// <summary>A one-line description, e.g. <c>agreed in 51 rounds on [2,9,4,8,5,6,7,4]</c>.</summary>
    public override string ToString() =>
        Agreed ? $"agreed in {Rounds} rounds on {Agreement}" : $"timeout after {Rounds} rounds";
}
