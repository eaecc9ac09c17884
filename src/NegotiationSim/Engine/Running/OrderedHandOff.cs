using NegotiationSim.Engine.Compilation;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Engine.Running;

/// <summary>
/// Passes the workers' filled <see cref="ReplicateBatch"/>es to an <see cref="IReplicateSink"/> in chunk order,
/// whichever worker finished them and in whatever order. No writer thread: the worker that completes the next chunk
/// in line writes it, and any later chunks already waiting, while the others go on computing. At most
/// <c>window</c> chunks are between being claimed and being written; a worker that runs that far ahead waits, so
/// memory stays bounded (window batches) however slow the sink is.
/// </summary>
internal sealed class OrderedHandOff
{
    private readonly IReplicateSink _sink;
    private readonly CompiledModel _model;
    private readonly int _window;
    private readonly ReplicateBatch?[] _ready;
    private readonly Stack<ReplicateBatch> _free = new();
    private readonly object _gate = new();
    private long _next;
    private bool _writing;
    private bool _aborted;

    /// <param name="sink">Where the batches go.</param>
    /// <param name="model">Shapes the batches.</param>
    /// <param name="window">Chunks that may be in flight at once, ≥ 1.</param>
    internal OrderedHandOff(IReplicateSink sink, CompiledModel model, int window)
    {
        _sink = sink;
        _model = model;
        _window = Math.Max(1, window);
        _ready = new ReplicateBatch?[_window];
    }

    /// <summary>The exception the sink threw, if it did; the run stops and rethrows it.</summary>
    internal Exception? SinkFailure { get; private set; }

    /// <summary>
    /// An empty batch for <paramref name="chunk"/> once it is within the window of the next chunk to be written;
    /// null when the run is being abandoned.
    /// </summary>
    internal ReplicateBatch? Rent(long chunk)
    {
        lock (_gate)
        {
            // Never waits for the chunk in line itself, so whoever holds it always gets on and nothing deadlocks.
            while (chunk >= _next + _window && !_aborted) Monitor.Wait(_gate);
            if (_aborted) return null;
            return _free.Count > 0 ? _free.Pop() : new ReplicateBatch(_model, RunSettings.ChunkSize);
        }
    }

    /// <summary>Marks <paramref name="chunk"/>'s batch ready; writes it and its ready successors if it is next in line.</summary>
    internal void Complete(long chunk, ReplicateBatch batch)
    {
        lock (_gate)
        {
            _ready[chunk % _window] = batch;
            if (_writing) return;   // the current writer will get to it
            _writing = true;
        }
        while (true)
        {
            ReplicateBatch? next;
            lock (_gate)
            {
                long slot = _next % _window;
                next = _ready[slot];
                if (next is null || _aborted)
                {
                    _writing = false;
                    return;
                }
                _ready[slot] = null;
            }
            try
            {
                _sink.Write(next);
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    SinkFailure ??= e;
                    _writing = false;
                }
                Abort();
                throw;
            }
            lock (_gate)
            {
                _free.Push(next);
                _next++;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Releases every waiting worker and stops writing: the run is being abandoned.</summary>
    internal void Abort()
    {
        lock (_gate)
        {
            _aborted = true;
            Monitor.PulseAll(_gate);
        }
    }
}
