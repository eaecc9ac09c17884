namespace NegotiationSim.Outcomes;

/// <summary>
/// Receives every replicate's outcome during a run, for callers that want per-replicate data (tables, custom
/// statistics) rather than only the merged summary. The engine knows nothing of what the sink does with them.
/// </summary>
/// <remarks>
/// <see cref="Engine.Running.MonteCarloRunner"/> calls <see cref="Write"/> once per chunk, in chunk order (replicates 0, 1, 2, … with
/// no gaps and no overlap), and never from two threads at once, though not always from the same thread. A batch is
/// reused after the call returns, so a sink copies what it keeps. An exception thrown by the sink stops the run and
/// is rethrown unchanged by <see cref="Engine.Running.MonteCarloRunner.Run"/>. A cancelled run stops handing batches on at an
/// unspecified chunk boundary; what the sink received is still a gap-free prefix of the replicates.
/// </remarks>
public interface IReplicateSink
{
    /// <summary>Takes the outcomes of the next chunk of replicates.</summary>
    void Write(ReplicateBatch batch);
}
