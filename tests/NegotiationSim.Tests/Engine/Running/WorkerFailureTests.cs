using NegotiationSim.Diagnostics;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Running;

/// <summary>
/// A failure on a worker thread reaches the caller as itself (docs/architecture.md, "Three phases"; docs/cli.md, "Exit
/// codes"): a user error met by a sweep's worker is still a user error, so the CLI's one handler reports it and exits 2.
/// </summary>
public class WorkerFailureTests
{
    private sealed class FailingSink(Exception failure) : IReplicateSink
    {
        public void Write(ReplicateBatch batch) => throw failure;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_sinks_exception_is_rethrown_as_itself_on_any_thread_count(int threads)
    {
        var model = new CompiledModel(Bilateral());
        var thrown = new TimeZoneNotFoundException("the sink's own failure");
        var caught = Assert.Throws<TimeZoneNotFoundException>(() =>
            MonteCarloRunner.Run(model, new RunSettings(4 * RunSettings.ChunkSize, 3, threads), sink: new FailingSink(thrown)));
        Assert.Same(thrown, caught);
    }

    [Fact]
    public void A_user_error_met_by_a_sweep_worker_is_rethrown_as_itself()
    {
        var model = new CompiledModel(Bilateral());
        var refused = new UserErrorException("rounds: 8.5 is not a whole number");
        Func<CompiledModel>[] points = [() => model, () => throw refused, () => model];
        var caught = Assert.Throws<UserErrorException>(() => BatchRunner.RunEach(points, 100, 7, threads: 2));
        Assert.Same(refused, caught);
    }
}
