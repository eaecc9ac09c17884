using System.Diagnostics;
using NegotiationSim.Engine.Running;

namespace NegotiationSim.Cli.Terminal;

/// <summary>Shows how far a run has got on stderr, once it has taken longer than a second.</summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly Timer _timer;
    private readonly RunProgress _progress;
    private readonly long _total;
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _shown;

    public ProgressReporter(RunProgress progress, long total, TextWriter error)
    {
        _progress = progress; _total = total; _error = error;
        _timer = new Timer(_ => Show(), null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500));
    }

    private void Show()
    {
        long done = _progress.Completed;
        double seconds = _clock.Elapsed.TotalSeconds;
        double rate = done / Math.Max(seconds, 1e-9);
        string eta = rate > 0 ? $", about {Math.Max(0, (_total - done) / rate):F0} s left" : "";
        lock (_error) _error.Write($"\r  {100.0 * done / _total,5:F1}%  {done:N0} of {_total:N0} replicates, {rate:N0}/s{eta}   ");
        _shown = true;
    }

    public void Dispose()
    {
        _timer.Dispose();
        if (_shown) lock (_error) _error.WriteLine();
    }
}
