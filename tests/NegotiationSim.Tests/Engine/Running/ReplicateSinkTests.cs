using System.Text;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Engine.Running;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Tests.Engine.Running;

/// <summary>The runner hands every replicate's outcome to a sink: in order, once, the same for any thread count, in bounded memory.</summary>
public class ReplicateSinkTests
{
    private static readonly CompiledModel Model = new(TestScenarios.Classic);

    /// <summary>Four chunks, the last one short.</summary>
    private const long Replicates = 3 * RunSettings.ChunkSize + 100;

    /// <summary>Replicates whose rows are kept as text to compare with the kernel.</summary>
    private static readonly long[] Inspected = [0, 1, 2047, 2048, Replicates - 1];

    /// <summary>
    /// Records what it is given: a fingerprint of every row's bits, the inspected rows as text, the batches' starts and
    /// sizes, the distinct batch objects, and overlapping calls.
    /// </summary>
    private sealed class RecordingSink(int delayMs = 0, int throwAtCall = -1, Action<int>? afterCall = null) : IReplicateSink
    {
        private int _inside;
        public List<long> Starts { get; } = [];
        public List<int> Counts { get; } = [];
        public List<ulong> Fingerprints { get; } = [];
        public Dictionary<long, string> Rows { get; } = [];
        public HashSet<ReplicateBatch> Batches { get; } = new(ReferenceEqualityComparer.Instance);
        public int Overlaps;

        public void Write(ReplicateBatch batch)
        {
            if (Interlocked.Increment(ref _inside) != 1) Interlocked.Increment(ref Overlaps);
            try
            {
                if (Starts.Count == throwAtCall) throw new IOException("disk full (test)");
                if (delayMs > 0) Thread.Sleep(delayMs);
                Starts.Add(batch.FirstReplicate);
                Counts.Add(batch.Count);
                Batches.Add(batch);
                for (int r = 0; r < batch.Count; r++)
                {
                    Fingerprints.Add(Fingerprint(batch, r));
                    if (Inspected.Contains(batch.FirstReplicate + r)) Rows[batch.FirstReplicate + r] = Describe(batch, r);
                }
                afterCall?.Invoke(Starts.Count);
            }
            finally
            {
                Interlocked.Decrement(ref _inside);
            }
        }
    }

    private static string Describe(ReplicateBatch b, int r)
    {
        var sb = new StringBuilder();
        sb.Append($"{b.FirstReplicate + r}|{b.Ending[r]}|{b.MeetingsHeld[r]}|{b.Escalation[r]}");
        for (int a = 0; a < b.Parties; a++) sb.Append($"|{b.Utility(a)[r]:R},{b.WalkedOut(a)[r]},{b.Escalated(a)[r]}");
        for (int i = 0; i < b.Items; i++) sb.Append($"|{b.Agreed(i)[r]},{b.Value(i)[r]:R},{b.Meeting(i)[r]},{b.Round(i)[r]}");
        for (int s = 0; s < b.Parameters; s++) sb.Append($"|{b.Parameter(s)[r]:R}");
        return sb.ToString();
    }

    /// <summary>FNV-1a over every value of row <paramref name="r"/>, as raw bits.</summary>
    private static ulong Fingerprint(ReplicateBatch b, int r)
    {
        ulong h = 14695981039346656037;
        void Mix(long x) { h = (h ^ (ulong)x) * 1099511628211; }
        Mix(b.FirstReplicate + r); Mix((long)b.Ending[r]); Mix(b.MeetingsHeld[r]); Mix(b.Escalation[r] ? 1 : 0);
        for (int a = 0; a < b.Parties; a++)
        {
            Mix(BitConverter.DoubleToInt64Bits(b.Utility(a)[r])); Mix(b.WalkedOut(a)[r] ? 1 : 0); Mix(b.Escalated(a)[r] ? 1 : 0);
        }
        for (int i = 0; i < b.Items; i++)
        {
            Mix(b.Agreed(i)[r] ? 1 : 0); Mix(BitConverter.DoubleToInt64Bits(b.Value(i)[r])); Mix(b.Meeting(i)[r]); Mix(b.Round(i)[r]);
        }
        for (int s = 0; s < b.Parameters; s++) Mix(BitConverter.DoubleToInt64Bits(b.Parameter(s)[r]));
        return h;
    }

    private static (RunResult Result, RecordingSink Sink) RunWith(RecordingSink sink, int threads, long replicates = Replicates, ulong seed = 5, CancellationToken cancellation = default) =>
        (MonteCarloRunner.Run(Model, new RunSettings(replicates, seed, threads), null, cancellation, sink), sink);

    [Fact]
    public void Every_replicate_arrives_once_in_order_and_the_same_for_one_or_three_threads()
    {
        var (_, one) = RunWith(new RecordingSink(), threads: 1);
        var (_, three) = RunWith(new RecordingSink(), threads: 3);

        Assert.Equal([0L, 2048, 4096, 6144], one.Starts);
        Assert.Equal([2048, 2048, 2048, 100], one.Counts);
        Assert.Equal(one.Starts, three.Starts);
        Assert.Equal(Replicates, one.Fingerprints.Count);
        Assert.Equal(Replicates, one.Fingerprints.Distinct().Count());
        Assert.Equal(one.Fingerprints, three.Fingerprints);
        Assert.Equal(one.Rows, three.Rows);
        Assert.Equal(0, three.Overlaps);
    }

    [Fact]
    public void A_batch_holds_what_the_kernel_computed_for_each_replicate()
    {
        var (_, sink) = RunWith(new RecordingSink(), threads: 2);
        foreach (long r in Inspected)
        {
            var record = ReplicateRecord.Inspect(Model, 5, r);
            var fields = sink.Rows[r].Split('|');
            Assert.Equal($"{r}", fields[0]);
            Assert.Equal($"{record.Ending}", fields[1]);
            Assert.Equal($"{record.MeetingsHeld}", fields[2]);
            Assert.Equal($"{record.Escalated.Any(e => e)}", fields[3]);
            for (int a = 0; a < Model.Parties; a++)
                Assert.Equal($"{record.Utility[a]:R},{record.WalkedOut[a]},{record.Escalated[a]}", fields[4 + a]);
            for (int i = 0; i < Model.Items; i++)
                Assert.Equal($"{record.Agreed[i]},{record.Value[i]:R},{(record.Agreed[i] ? record.Meeting[i] : -1)},{(record.Agreed[i] ? record.Round[i] : 0)}", fields[4 + Model.Parties + i]);

            // The sampled parameters are the kernel's draws, in the order of UncertainParameterPaths.
            var ws = new Workspace(Model);
            ReplicateBlock.SampleOne(Model, 5, r).CopyTo(ws.Parameters, 0);
            for (int s = 0; s < Model.UncertainParameters; s++)
                Assert.Equal($"{ws.Parameters[Model.SlotTarget[s]]:R}", fields[4 + Model.Parties + Model.Items + s]);
        }
        Assert.Equal(Model.UncertainParameters, Model.UncertainParameterPaths.Count);
        Assert.Contains("parties.russia.outsideOption", Model.UncertainParameterPaths);
    }

    [Fact]
    public void A_sink_changes_nothing_in_the_merged_counters()
    {
        var without = MonteCarloRunner.Run(Model, new RunSettings(Replicates, 5, 2));
        var (with, _) = RunWith(new RecordingSink(), threads: 2);
        Assert.Equal(without.Outcomes.Counters, with.Outcomes.Counters);
    }

    [Fact]
    public void A_slow_sink_keeps_at_most_two_batches_per_thread_in_flight()
    {
        var (_, sink) = RunWith(new RecordingSink(delayMs: 5), threads: 2, replicates: 8 * RunSettings.ChunkSize);
        Assert.Equal(8, sink.Starts.Count);
        Assert.InRange(sink.Batches.Count, 1, 4);
    }

    [Fact]
    public void An_exception_from_the_sink_stops_the_run_and_comes_back_unchanged()
    {
        var sink = new RecordingSink(throwAtCall: 1);
        var e = Assert.Throws<IOException>(() => RunWith(sink, threads: 2, replicates: 12 * RunSettings.ChunkSize));
        Assert.Equal("disk full (test)", e.Message);
        Assert.Equal([0L], sink.Starts);
    }

    [Fact]
    public void A_cancelled_run_hands_on_a_gap_free_prefix()
    {
        using var cts = new CancellationTokenSource();
        var sink = new RecordingSink(afterCall: calls => { if (calls == 2) cts.Cancel(); });
        var (result, _) = RunWith(sink, threads: 2, replicates: 20 * RunSettings.ChunkSize, cancellation: cts.Token);
        Assert.True(result.Cancelled);
        Assert.Equal(Enumerable.Range(0, sink.Starts.Count).Select(c => (long)c * RunSettings.ChunkSize), sink.Starts);
        Assert.True(sink.Starts.Count < 20);
    }
}
