namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// Scratch memory for <see cref="ExpectedUtilityKernel"/>: create one per worker thread, sized for the largest
/// number of actors it will see, and pass it to every run. Not thread-safe; holds no results between runs.
/// </summary>
public sealed class ExpectedUtilityWorkspace
{
    /// <summary>Scratch for runs of up to <paramref name="capacity"/> actors (≥ 1); about 3·capacity² + 10·capacity doubles.</summary>
    public ExpectedUtilityWorkspace(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        Position = new double[capacity];
        Next = new double[capacity];
        Trial = new double[capacity];
        Weight = new double[capacity];
        Risk = new double[capacity];
        Unit = new double[capacity];
        Danger = new double[capacity];
        SortKeys = new double[capacity];
        SortWeights = new double[capacity];
        Scaled = new double[capacity * capacity];
        Probability = new double[capacity * capacity];
        TrialProbability = new double[capacity * capacity];
    }

    /// <summary>The largest number of actors this workspace serves.</summary>
    public int Capacity { get; }

    internal double[] Position { get; }
    internal double[] Next { get; }
    internal double[] Trial { get; }
    internal double[] Weight { get; }
    internal double[] Risk { get; }
    internal double[] Unit { get; }
    internal double[] Danger { get; }
    internal double[] SortKeys { get; }
    internal double[] SortWeights { get; }
    internal double[] Scaled { get; }
    internal double[] Probability { get; }
    internal double[] TrialProbability { get; }
}
