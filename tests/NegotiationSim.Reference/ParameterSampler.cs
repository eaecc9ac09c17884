using NegotiationSim.Engine.Sampling;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Reference;

/// <summary>
/// The replicate's value of each scenario parameter (docs/model.md §8.1–8.3): a fixed parameter keeps its value, an
/// uncertain one is drawn once from its own stream, keyed by (seed, replicate, parameter path), with the shared
/// samplers; either way the value is clamped into the parameter's engine range. Compiled samplers are cached by path,
/// so one instance serves one scenario.
/// </summary>
internal sealed class ParameterSampler
{
    private readonly Dictionary<string, (SamplerSpec Spec, double[] Choices, ulong Key)> _compiled = new();

    /// <summary>The value of the parameter at <paramref name="path"/> in replicate <paramref name="replicate"/>.</summary>
    public double Value(Distribution distribution, string path, double min, double max, ulong seed, long replicate)
    {
        if (distribution.IsFixed) return BaseValue(distribution, min, max);
        if (!_compiled.TryGetValue(path, out var sampler))
        {
            var choices = new List<double>();
            var spec = Samplers.Compile(distribution, choices);
            sampler = (spec, choices.ToArray(), RandomStream.KeyOf(path));
            _compiled[path] = sampler;
        }
        var stream = RandomStream.For(seed, replicate, sampler.Key);
        return Math.Clamp(Samplers.Draw(in sampler.Spec, ref stream, sampler.Choices), min, max);
    }

    /// <summary>A parameter's base value: its distribution's mean, clamped (§8.3). Used for side leaders and no-stance ideals.</summary>
    public static double BaseValue(Distribution distribution, double min, double max) => Math.Clamp(distribution.Mean, min, max);
}
