namespace NegotiationSim.Engine.Replicate;

/// <summary>How a replicate's meeting sequence ended: the first thing that went wrong, or Completed.</summary>
public enum Ending
{
    /// <summary>Every meeting was held and none ended in a walkout.</summary>
    Completed = 0,
    /// <summary>A party stayed away from a meeting.</summary>
    Declined = 1,
    /// <summary>A party walked out of a meeting.</summary>
    Walkout = 2,
    /// <summary>A party started the war before the sequence was over (docs/model.md §13.3).</summary>
    War = 3,
}
