namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>Whether the actors move together at the end of a round or one after another within it.</summary>
public enum MoveOrder
{
    /// <summary>Every actor chooses from the positions at the start of the round; all move at once (the authors' code).</summary>
    Simultaneous = 0,

    /// <summary>Actors choose in actor order, each seeing the moves already made this round (risk exponents stay those of the round's start).</summary>
    Sequential = 1,
}
