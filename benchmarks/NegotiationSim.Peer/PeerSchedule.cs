namespace NegotiationSim.Peer;

/// <summary>
/// The concession schedule of the peer scenario for a step count n: entry 3k + p is 1 − t_k^e_p with
/// t_k = (k + 1) / (n + 1), t^e from <see cref="Math.Pow(double, double)"/>, followed by one padding element (0) so that
/// a kernel can load each round's three entries as four lanes. Built once per step count and shared (read-only) by all
/// threads; a GPU port passes it as an input buffer.
/// </summary>
internal static class PeerSchedule
{
    /// <summary>Step counts up to this are cached in a lock-free table; larger ones in a locked dictionary.</summary>
    private const int TableLimit = 1024;

    private static readonly double[]?[] s_table = new double[]?[TableLimit + 1];
    private static readonly Dictionary<int, double[]> s_large = [];

    /// <summary>The schedule for <paramref name="steps"/> rounds (≥ 1); allocates only the first time.</summary>
    public static double[] Get(int steps)
    {
        if (steps <= TableLimit)
        {
            double[]? cached = Volatile.Read(ref s_table[steps]);
            if (cached is not null)
                return cached;
            Interlocked.CompareExchange(ref s_table[steps], Build(steps), null);
            return Volatile.Read(ref s_table[steps])!;
        }

        lock (s_large)
        {
            if (!s_large.TryGetValue(steps, out double[]? schedule))
            {
                schedule = Build(steps);
                s_large.Add(steps, schedule);
            }
            return schedule;
        }
    }

    /// <summary>A fresh schedule for <paramref name="steps"/> rounds.</summary>
    public static double[] Build(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var schedule = new double[PeerScenario.PartyCount * steps + 1];
        for (int k = 0; k < steps; k++)
        {
            double t = (double)(k + 1) / (steps + 1);
            for (int p = 0; p < PeerScenario.PartyCount; p++)
                schedule[PeerScenario.PartyCount * k + p] = 1.0 - Math.Pow(t, PeerScenario.ConcessionExponent(p));
        }
        return schedule;
    }
}
