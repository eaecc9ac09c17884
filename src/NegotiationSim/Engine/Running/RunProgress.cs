namespace NegotiationSim.Engine.Running;

/// <summary>A thread-safe count of finished replicates that a caller may poll while a run is going on.</summary>
public sealed class RunProgress
{
    private long _completed;

    /// <summary>Replicates finished so far.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    internal void Add(long n) => Interlocked.Add(ref _completed, n);
}
