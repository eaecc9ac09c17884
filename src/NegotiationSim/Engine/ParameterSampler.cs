namespace NegotiationSim.Engine;

/// <summary>
/// The sample phase (docs/architecture.md, "Three phases"): every uncertain parameter of a block of consecutive
/// replicates, drawn slot by slot into a <c>[slot][replicate]</c> block, each draw from the stream keyed by the
/// parameter's path and the replicate's index (docs/model.md §8). One slot's sampler runs over the whole block before
/// the next, so its constants and tables stay in registers and cache; the draws are those of a replicate sampled alone.
/// </summary>
internal static class ParameterSampler
{
    /// <summary>
    /// Draws replicates <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 into
    /// <paramref name="block"/>: slot s of the j-th replicate at <c>s × stride + j</c>, clamped into the slot's valid range.
    /// </summary>
    /// <param name="model">The compiled experiment (its current slots: inference may fix some between blocks).</param>
    /// <param name="keyBases">Each slot's per-run stream half (<see cref="RandomStream.KeyBase"/> of the seed and the slot's key).</param>
    /// <param name="replicateMix">Scratch of at least <paramref name="count"/> values: each replicate's stream half.</param>
    public static void SampleBlock(CompiledModel model, ulong[] keyBases, long first, int count, double[] block, int stride, ulong[] replicateMix)
    {
        for (int j = 0; j < count; j++) replicateMix[j] = RandomStream.ReplicateMix(first + j);
        var slots = model.Slots;
        var table = model.LookupTable;
        for (int s = 0; s < slots.Length; s++)
        {
            ref readonly var spec = ref slots[s];
            ulong keyBase = keyBases[s];
            double lo = model.SlotMin[s], hi = model.SlotMax[s];
            int at = s * stride;
            for (int j = 0; j < count; j++)
            {
                var rng = RandomStream.For(keyBase, replicateMix[j]);
                block[at + j] = Math.Clamp(Samplers.Draw(in spec, ref rng, table), lo, hi);
            }
        }
    }

    /// <summary>Fills <paramref name="parameters"/> for the j-th replicate of a block: the fixed values, then its draws.</summary>
    public static void Fill(CompiledModel model, double[] block, int stride, int j, double[] parameters)
    {
        Array.Copy(model.BaseParameters, parameters, parameters.Length);
        var target = model.SlotTarget;
        for (int s = 0; s < target.Length; s++) parameters[target[s]] = block[s * stride + j];
    }

    /// <summary>Each slot's per-run stream half for <paramref name="seed"/>, written into <paramref name="keyBases"/>.</summary>
    public static void KeyBases(CompiledModel model, ulong seed, ulong[] keyBases)
    {
        for (int s = 0; s < keyBases.Length; s++) keyBases[s] = RandomStream.KeyBase(seed, model.SlotKey[s]);
    }

    /// <summary>Replicate <paramref name="replicate"/>'s parameter vector on its own (allocates: for tests and inspection).</summary>
    public static double[] Sample(CompiledModel model, ulong seed, long replicate)
    {
        var keyBases = new ulong[model.Slots.Length];
        KeyBases(model, seed, keyBases);
        var block = new double[model.Slots.Length];
        SampleBlock(model, keyBases, replicate, 1, block, 1, new ulong[1]);
        var parameters = new double[model.Layout.Count];
        Fill(model, block, 1, 0, parameters);
        return parameters;
    }
}
