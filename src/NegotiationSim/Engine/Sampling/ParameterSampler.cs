using NegotiationSim.Uncertainty;

namespace NegotiationSim.Engine.Sampling;

/// <summary>
/// The sample phase (docs/architecture.md, "Three phases"): every uncertain parameter of a block of consecutive
/// replicates, drawn slot by slot into a <c>[slot][replicate]</c> block, each draw from the stream keyed by the
/// parameter's path and the replicate's index (docs/model.md §8). One slot's sampler runs over the whole block before
/// the next, so its constants and tables stay in registers and cache; the draws are those of a replicate sampled alone.
/// It sees only the flat sampler arrays a compiled model holds, not the model.
/// </summary>
internal static class ParameterSampler
{
    /// <summary>
    /// Draws replicates <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 into
    /// <paramref name="block"/>: slot s of the j-th replicate at <c>s × stride + j</c>, clamped into the slot's valid range.
    /// </summary>
    /// <param name="slots">The flattened distributions, one per uncertain parameter (inference may fix some between blocks).</param>
    /// <param name="slotMin">Each slot's smallest valid value.</param>
    /// <param name="slotMax">Each slot's largest valid value.</param>
    /// <param name="lookupTable">The samplers' shared tables (Beta hats, choice weights).</param>
    /// <param name="keyBases">Each slot's per-run stream half (<see cref="KeyBases"/>).</param>
    /// <param name="first">The block's first replicate.</param>
    /// <param name="count">Replicates in the block.</param>
    /// <param name="block">Receives the draws.</param>
    /// <param name="stride">Distance between two slots' rows of <paramref name="block"/>, ≥ <paramref name="count"/>.</param>
    /// <param name="replicateMix">Scratch of at least <paramref name="count"/> values: each replicate's stream half.</param>
    public static void SampleBlock(SamplerSpec[] slots, double[] slotMin, double[] slotMax, double[] lookupTable, ulong[] keyBases,
        long first, int count, double[] block, int stride, ulong[] replicateMix)
    {
        for (int j = 0; j < count; j++) replicateMix[j] = RandomStream.ReplicateMix(first + j);
        for (int s = 0; s < slots.Length; s++)
        {
            ref readonly var spec = ref slots[s];
            ulong keyBase = keyBases[s];
            double lo = slotMin[s], hi = slotMax[s];
            int at = s * stride;
            if (spec.Kind == DistributionKind.Beta && spec.TableCount > 0)
            {
                // PERT and Beta with shapes ≥ 1, most of a scenario's slots: four replicates at a time (BetaHat.DrawBlock).
                BetaHat.DrawBlock(spec.P0, spec.P1, spec.P4, spec.P5, spec.TableStart, lookupTable, keyBase, replicateMix.AsSpan(0, count),
                    block.AsSpan(at, count), lo, hi);
                continue;
            }
            for (int j = 0; j < count; j++)
            {
                var rng = RandomStream.For(keyBase, replicateMix[j]);
                block[at + j] = Math.Clamp(Samplers.Draw(in spec, ref rng, lookupTable), lo, hi);
            }
        }
    }

    /// <summary>Fills <paramref name="parameters"/> for the j-th replicate of a block: the fixed values, then its draws into their targets.</summary>
    public static void Fill(double[] baseParameters, int[] slotTarget, double[] block, int stride, int j, double[] parameters)
    {
        Array.Copy(baseParameters, parameters, parameters.Length);
        for (int s = 0; s < slotTarget.Length; s++) parameters[slotTarget[s]] = block[s * stride + j];
    }

    /// <summary>Each slot's per-run stream half for <paramref name="seed"/> (from the slots' keys), written into <paramref name="keyBases"/>.</summary>
    public static void KeyBases(ulong[] slotKeys, ulong seed, ulong[] keyBases)
    {
        for (int s = 0; s < keyBases.Length; s++) keyBases[s] = RandomStream.KeyBase(seed, slotKeys[s]);
    }
}
