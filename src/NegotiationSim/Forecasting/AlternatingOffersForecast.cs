using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Running;
using NegotiationSim.Engine.Sampling;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Forecasting;

/// <summary>
/// The project's alternating-offers protocol (docs/model.md §4) run as a Monte Carlo negotiation of one case: the
/// forecast is the distribution of the value at the end of each replicate (the agreed value, or the reference
/// point where no agreement is reached), on the case's 0–100 scale.
/// </summary>
/// <remarks>
/// The proposer order matters in the protocol (§3.2) and is unknown, so it is part of the uncertainty: the
/// replicates are shared out among <see cref="ProtocolDistributions.Orders"/> orders, each with the Commission first
/// (it tables the proposal) and the other actors shuffled. The orders and every replicate's random streams derive from
/// (seed, case key) alone, and each case runs on one thread, so the sample is the same for any number of threads.
/// </remarks>
public static class AlternatingOffersForecast
{
    /// <summary>Every replicate's final value and whether it was agreed, in replicate order; empty when the case has no reference point.</summary>
    /// <param name="case">The case.</param>
    /// <param name="protocol">The distributions of the unknown parameters.</param>
    /// <param name="replicates">Replicates, ≥ 1.</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="caseKey">A number that tells the case apart from the others of the run (its index), mixed into the seed.</param>
    public static ProtocolSample Sample(NegotiationCase @case, ProtocolDistributions protocol, int replicates, ulong seed, ulong caseKey)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        if (!@case.HasReferencePoint) return new ProtocolSample([], []);

        ulong caseSeed = RandomStream.KeyBase(seed, 0x5EED_CA5E_0000_0000UL ^ caseKey);
        var shuffle = new RandomStream(RandomStream.Mix(caseSeed ^ 0x0DDE_50FFUL));
        int orders = Math.Clamp(protocol.Orders, 1, replicates);
        var values = new double[replicates];
        var agreed = new bool[replicates];
        int done = 0;
        for (int k = 0; k < orders; k++)
        {
            int count = replicates / orders + (k < replicates % orders ? 1 : 0);
            var scenario = CaseScenarioFactory.Build(@case, Order(@case, ref shuffle), protocol);
            var model = new CompiledModel(scenario);
            var sink = new ValueSink(values, agreed, done);
            MonteCarloRunner.Run(model, new RunSettings(count, RandomStream.Mix(caseSeed + (ulong)k), Threads: 1), sink: sink);
            done += count;
        }
        for (int i = 0; i < values.Length; i++) values[i] *= 100;
        return new ProtocolSample(values, agreed);
    }

    /// <summary>The Commission (if involved) first, then the other actors in a random order (Fisher–Yates).</summary>
    private static int[] Order(NegotiationCase @case, ref RandomStream stream)
    {
        int n = @case.Actors.Count;
        var order = new int[n];
        int first = 0;
        for (int i = 0; i < n; i++)
            if (@case.Actors[i].Name == PointForecasts.CommissionActor) { order[0] = i; first = 1; break; }
        int fill = first;
        for (int i = 0; i < n; i++)
            if (first == 0 || i != order[0]) order[fill++] = i;
        for (int i = n - 1; i > first; i--)
        {
            int j = first + (int)(stream.NextDouble() * (i - first + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>Copies the item's final value and agreement of every replicate into a slice of the caller's array.</summary>
    private sealed class ValueSink(double[] values, bool[] agreed, int offset) : IReplicateSink
    {
        public void Write(ReplicateBatch batch)
        {
            batch.Value(0).CopyTo(values.AsSpan(offset + (int)batch.FirstReplicate, batch.Count));
            batch.Agreed(0).CopyTo(agreed.AsSpan(offset + (int)batch.FirstReplicate, batch.Count));
        }
    }
}
