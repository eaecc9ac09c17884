namespace NegotiationSim.Scenarios;

/// <summary>Who proposes in each round of a negotiation (docs/model.md §3.2, §13.5).</summary>
public enum ProposerRule
{
    /// <summary>Sides take turns in participant order; the last round belongs to side (T − 1) mod S.</summary>
    Rotation,
    /// <summary>Each round's proposer side is drawn with equal probability (Baron &amp; Ferejohn 1989): nobody owns the last word.</summary>
    Random,
    /// <summary>
    /// Every side makes an offer in every round; an offer that every counting participant accepts is agreed, one drawn
    /// at random when several are. Nobody owns the last word, and the grid only sets how precisely the moment the
    /// aspirations cross is found (docs/model.md §13.5).
    /// </summary>
    Simultaneous,
}
