using NegotiationSim.Engine.Replicate;
using NegotiationSim.Outcomes;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Reference;

/// <summary>
/// An independent implementation of the alternating-offers model of docs/model.md, written for clarity rather than
/// speed: objects, LINQ and plain loops on the <see cref="Scenario"/> records, no compiled arrays and no workspace. It
/// draws from the same random streams as the engine (the same stream names, the same samplers, the same clamps, the
/// same draw order), so that its replicates can be compared with the engine's
/// (<c>ReplicateKernel.Inspect</c>) one by one, bit for bit. It is the oracle of the engine's tests and a baseline for
/// its benchmarks; it does not compute the benchmarks of §7 (compromise, Nash), which a <see cref="ReplicateRecord"/>
/// does not hold.
/// </summary>
public static class ReferenceModel
{
    /// <summary>Replicate <paramref name="replicate"/> of the experiment seeded by <paramref name="seed"/>.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="replicate">The replicate index r ≥ 0.</param>
    public static ReplicateRecord Run(Scenario scenario, ulong seed, long replicate)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        RequireAlternatingOffers(scenario);
        return new ReplicateRun(scenario, new ParameterSampler(), seed, replicate).Play();
    }

    /// <summary>Replicates 0 … <paramref name="count"/> − 1, lazily, in order (one sampler cache for all of them).</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="count">How many replicates, ≥ 0.</param>
    public static IEnumerable<ReplicateRecord> Replicates(Scenario scenario, ulong seed, long count)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RequireAlternatingOffers(scenario);
        return Iterate(scenario, seed, count);

        static IEnumerable<ReplicateRecord> Iterate(Scenario scenario, ulong seed, long count)
        {
            var sampler = new ParameterSampler();
            for (long r = 0; r < count; r++) yield return new ReplicateRun(scenario, sampler, seed, r).Play();
        }
    }

    /// <summary>Counts over replicates 0 … <paramref name="replicates"/> − 1: endings, agreements, walkouts, escalations.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="replicates">How many replicates, ≥ 1.</param>
    public static ReferenceSummary Summarise(Scenario scenario, ulong seed, long replicates)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var endings = new long[Enum.GetValues<Ending>().Length];
        var itemAgreed = new long[scenario.Items.Count];
        var walkedOut = new long[scenario.Parties.Count];
        var escalated = new long[scenario.Parties.Count];
        long meetingsHeld = 0, anyAgreement = 0, anyEscalation = 0;
        foreach (var record in Replicates(scenario, seed, replicates))
        {
            endings[(int)record.Ending]++;
            meetingsHeld += record.MeetingsHeld;
            if (record.Agreed.Any(a => a)) anyAgreement++;
            if (record.Escalated.Any(e => e)) anyEscalation++;
            for (int i = 0; i < itemAgreed.Length; i++) if (record.Agreed[i]) itemAgreed[i]++;
            for (int a = 0; a < walkedOut.Length; a++)
            {
                if (record.WalkedOut[a]) walkedOut[a]++;
                if (record.Escalated[a]) escalated[a]++;
            }
        }
        return new ReferenceSummary(replicates, endings, meetingsHeld, anyAgreement, anyEscalation, itemAgreed, walkedOut, escalated);
    }

    /// <summary>
    /// Runs replicates 0 … <paramref name="count"/> − 1 and returns their <see cref="Checksum"/>: the reference's
    /// counterpart of an engine run, for speed comparisons (BenchmarkDotNet needs a result to keep).
    /// </summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="count">How many replicates, ≥ 0.</param>
    public static ulong RunMany(Scenario scenario, ulong seed, long count) => Checksum(Replicates(scenario, seed, count));

    /// <summary>
    /// Folds every field of every record, in order, into a 64-bit FNV-1a style checksum (doubles by their bits). Equal
    /// sequences of records give equal checksums, so the engine's records (<c>ReplicateKernel.Inspect</c>) can be checked
    /// against <see cref="RunMany"/> in one number.
    /// </summary>
    /// <param name="records">Replicate records, in replicate order.</param>
    public static ulong Checksum(IEnumerable<ReplicateRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        ulong checksum = 0xCBF29CE484222325UL;
        void Add(ulong word) => checksum = (checksum ^ word) * 0x100000001B3UL;
        foreach (var record in records)
        {
            Add((ulong)record.Ending);
            Add((ulong)record.MeetingsHeld);
            for (int i = 0; i < record.Value.Count; i++)
            {
                Add(record.Agreed[i] ? 1UL : 0UL);
                Add((ulong)BitConverter.DoubleToInt64Bits(record.Value[i]));
                Add((ulong)(long)record.Meeting[i]);
                Add((ulong)record.Round[i]);
            }
            for (int a = 0; a < record.Utility.Count; a++)
            {
                Add((ulong)BitConverter.DoubleToInt64Bits(record.Utility[a]));
                Add((record.WalkedOut[a] ? 1UL : 0UL) | (record.Escalated[a] ? 2UL : 0UL));
            }
        }
        return checksum;
    }

    /// <summary>
    /// The oracle covers the alternating-offers protocol; the expected-utility protocol has its own published
    /// validation (the EC 1994 case, tests/NegotiationSim.Tests/Protocols) and one implementation.
    /// </summary>
    private static void RequireAlternatingOffers(Scenario scenario)
    {
        if (scenario.Meetings.FirstOrDefault(m => m.Protocol != ProtocolKind.AlternatingOffers) is { } other)
            throw new NotSupportedException($"the reference implementation covers alternating offers only; meeting \"{other.Id}\" uses {other.Protocol}");
        // The mechanisms of docs/model.md §13 are checked by their own tests (tests/NegotiationSim.Tests/Engine/Replicate/ShadowOfWarTests.cs).
        if (scenario.War is not null || scenario.BargainingInForce != BargainingRules.Classic
            || scenario.Parties.Any(p => p.Linkages is { Count: > 0 } || p.WalkoutRate is not null)
            || scenario.Meetings.Any(m => m.Format != MeetingFormat.Talks || m.Hours is not null))
            throw new NotSupportedException("the reference implementation covers the model of §§1-6 only, not the shadow-of-war mechanisms of §13");
    }
}
