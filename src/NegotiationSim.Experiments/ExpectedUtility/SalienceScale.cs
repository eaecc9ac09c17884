namespace NegotiationSim.Experiments.ExpectedUtility;

/// <summary>How the Salience column of an actor CSV is read.</summary>
public enum SalienceScale
{
    /// <summary>
    /// Decided once for the whole file: if any salience exceeds 1 every value is a percentage (0–100, divided by 100),
    /// otherwise every value is a fraction (0–1). A file of percentages that are all ≤ 1 needs <see cref="Percent"/>.
    /// </summary>
    Auto = 0,

    /// <summary>Every value is a percentage in [0, 100].</summary>
    Percent = 1,

    /// <summary>Every value is a fraction in [0, 1].</summary>
    Fraction = 2,
}
