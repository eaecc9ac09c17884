using NegotiationSim.Engine.Sampling;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Tests.Engine.Sampling;

/// <summary>
/// The sample phase (docs/architecture.md, "Three phases"; docs/model.md §8.4): a block of replicates drawn slot by
/// slot, with Beta/PERT slots four replicates at a time, gives to the bit the numbers each replicate draws alone from its
/// own stream, whatever the block's length and first replicate.
/// </summary>
public class ParameterSamplerTests
{
    // Shapes ≥ 1 (the tabulated hat, drawn in blocks), a peaked PERT whose first points the squeeze often refuses, the
    // flat Beta(1, 1), shapes below 1 (Marsaglia–Tsang, drawn one by one), and the other kinds in between.
    private static readonly Distribution[] Priors =
    [
        Distribution.Pert(0, 0.2, 1), Distribution.Beta(2, 5), Distribution.Beta(40, 1.5, -1, 3), Distribution.Beta(1, 1),
        Distribution.Beta(0.5, 0.5, 2, 4), Distribution.Normal(0.5, 0.2), Distribution.Uniform(0.1, 0.9), Distribution.Pert(0.3, 0.31, 0.9),
    ];

    [Theory]
    [InlineData(0L, 1)]
    [InlineData(5L, 3)]
    [InlineData(17L, 4)]
    [InlineData(1_000_003L, 7)]
    [InlineData(64L, 64)]
    public void A_block_draws_what_each_replicate_draws_alone(long first, int count)
    {
        var table = new List<double>();
        var slots = Priors.Select(d => Samplers.Compile(d, table)).ToArray();
        double[] lookup = [.. table];
        // Valid ranges narrower than some priors' supports, so that the clamp is exercised as well.
        double[] min = [.. Priors.Select((_, s) => s == 2 ? 0.0 : double.NegativeInfinity)];
        double[] max = [.. Priors.Select((_, s) => s == 2 ? 2.5 : double.PositiveInfinity)];
        ulong[] keys = [.. Priors.Select((_, s) => RandomStream.KeyOf("slot" + s))];
        var keyBases = new ulong[slots.Length];
        ParameterSampler.KeyBases(keys, 20220120, keyBases);
        const int stride = 64;
        var block = new double[slots.Length * stride];
        ParameterSampler.SampleBlock(slots, min, max, lookup, keyBases, first, count, block, stride, new ulong[stride]);

        int secondAttempts = 0;
        for (int s = 0; s < slots.Length; s++)
            for (int j = 0; j < count; j++)
            {
                var rng = RandomStream.For(keyBases[s], RandomStream.ReplicateMix(first + j));
                double alone = Math.Clamp(Samplers.Draw(in slots[s], ref rng, lookup), min[s], max[s]);
                Assert.Equal(alone, block[s * stride + j]);
                if (s == 2 && rng.NextUInt64() != AfterFirstAttempt(keyBases[s], first + j)) secondAttempts++;
            }
        // The peaked Beta(40, 1.5) must send some lanes past their first attempt, or the blocks' fallback goes untested.
        if (count == 64) Assert.True(secondAttempts > 0, "no draw of the peaked Beta needed a second attempt");
    }

    // The word a replicate's stream gives after a first attempt's three: where a draw accepted at once leaves it.
    private static ulong AfterFirstAttempt(ulong keyBase, long replicate)
    {
        var rng = RandomStream.For(keyBase, RandomStream.ReplicateMix(replicate));
        for (int k = 0; k < 3; k++) rng.NextUInt64();
        return rng.NextUInt64();
    }
}
