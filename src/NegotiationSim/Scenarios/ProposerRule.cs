namespace NegotiationSim.Scenarios;

/// <summary>Who proposes in each round of a negotiation (docs/model.md §3.2, §13.5).</summary>
public enum ProposerRule
{
    /// <summary>Sides take turns in participant order; the last round belongs to side (T − 1) mod S.</summary>
    Rotation,
    /// <summary>Each round's proposer side is drawn with equal probability (Baron &amp; Ferejohn 1989): nobody owns the last word.</summary>
    Random,
}
