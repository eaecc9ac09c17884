namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// Caller-owned spans that <see cref="ExpectedUtilityKernel.Run"/> fills: per round t = 0..Rounds (row 0 is the
/// initial state) the actors' positions and three summaries of them.
/// </summary>
public readonly ref struct ExpectedUtilityTrajectory
{
    /// <summary>Wraps the output spans; each must hold at least the rows the run writes.</summary>
    /// <param name="positions">Positions, row-major: actor a after round t at [t·n + a]; length ≥ (Rounds + 1)·n.</param>
    /// <param name="medianVoter">Median-voter (Condorcet winner) position per round; length ≥ Rounds + 1.</param>
    /// <param name="weightedMean">Capability × salience weighted mean position per round (the compromise model, Achen 2006); length ≥ Rounds + 1.</param>
    /// <param name="weightedMedian">Capability × salience weighted median position per round; length ≥ Rounds + 1.</param>
    public ExpectedUtilityTrajectory(Span<double> positions, Span<double> medianVoter, Span<double> weightedMean, Span<double> weightedMedian)
    {
        Positions = positions;
        MedianVoter = medianVoter;
        WeightedMean = weightedMean;
        WeightedMedian = weightedMedian;
    }

    /// <summary>Positions, row-major: actor a after round t at [t·n + a].</summary>
    public Span<double> Positions { get; }

    /// <summary>Median-voter position per round.</summary>
    public Span<double> MedianVoter { get; }

    /// <summary>Capability × salience weighted mean per round.</summary>
    public Span<double> WeightedMean { get; }

    /// <summary>Capability × salience weighted median per round.</summary>
    public Span<double> WeightedMedian { get; }
}
