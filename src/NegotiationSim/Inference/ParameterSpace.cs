using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Sampling;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Inference;

/// <summary>
/// The experiment's uncertain parameters as the prior of an inference (docs/validation.md, "Inference"): slot
/// <c>s</c> of the compiled model is written θ_s = clamp(F_s⁻¹(Φ(z_s))), so that z ~ N(0, I) is exactly the file's prior
/// (independent slots, each clamped to its valid range as the kernel does, docs/model.md §8). ABC then moves particles
/// in z, where the prior density is the standard normal's whatever the families, so a random walk needs no
/// per-family densities.
/// </summary>
public sealed class ParameterSpace
{
    // Beta and PERT quantiles are read from a table of the CDF (linear between grid points), because MathNet's
    // inverse Beta CDF costs tens of microseconds and SMC needs millions of them; the table is exact at the grid.
    private const int BetaGrid = 4096;

    private readonly CompiledModel _model;
    private readonly double[][] _betaCdf;

    /// <summary>The parameter space of <paramref name="model"/>'s uncertain parameters.</summary>
    public ParameterSpace(CompiledModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _betaCdf = new double[model.UncertainParameters][];
        for (int s = 0; s < model.UncertainParameters; s++)
        {
            var spec = model.Slots[s];
            if (spec.Kind != DistributionKind.Beta) continue;
            var (alpha, beta) = BetaShapes(spec);
            var cdf = new double[BetaGrid + 1];
            for (int j = 0; j <= BetaGrid; j++) cdf[j] = MathNet.Numerics.Distributions.Beta.CDF(alpha, beta, (double)j / BetaGrid);
            cdf[BetaGrid] = 1;
            _betaCdf[s] = cdf;
        }
    }

    /// <summary>The model whose slots these are.</summary>
    public CompiledModel Model => _model;

    /// <summary>Number of uncertain parameters.</summary>
    public int Dimension => _model.UncertainParameters;

    /// <summary>The setting path of each parameter, in slot order.</summary>
    public IReadOnlyList<string> Paths => _model.UncertainParameterPaths;

    /// <summary>θ_s for the standard-normal coordinate <paramref name="z"/>.</summary>
    public double Value(int slot, double z)
    {
        double u = Math.Clamp(MathNet.Numerics.Distributions.Normal.CDF(0, 1, z), 1e-12, 1 - 1e-12);
        return Math.Clamp(Quantile(slot, u), _model.SlotMin[slot], _model.SlotMax[slot]);
    }

    /// <summary>Fills <paramref name="theta"/> from <paramref name="z"/>, slot by slot.</summary>
    public void Values(ReadOnlySpan<double> z, Span<double> theta)
    {
        for (int s = 0; s < Dimension; s++) theta[s] = Value(s, z[s]);
    }

    /// <summary>The prior's quantile function of slot <paramref name="slot"/> (before clamping), as the engine's sampler draws it.</summary>
    public double Quantile(int slot, double u)
    {
        var s = _model.Slots[slot];
        switch (s.Kind)
        {
            case DistributionKind.Fixed: return s.P0;
            case DistributionKind.Uniform: return s.P0 + (s.P1 - s.P0) * u;
            case DistributionKind.Normal: return s.P0 + s.P1 * NormalQuantile.Of(u);
            case DistributionKind.TruncatedNormal: return Math.Clamp(s.P0 + s.P1 * NormalQuantile.Of(s.P2 + s.P3 * u), s.P4, s.P5);
            case DistributionKind.Beta:
            {
                var cdf = _betaCdf[slot];
                int j = Array.BinarySearch(cdf, u);
                if (j < 0) j = ~j - 1;
                j = Math.Clamp(j, 0, BetaGrid - 1);
                while (j < BetaGrid - 1 && cdf[j + 1] <= u) j++;
                double span = cdf[j + 1] - cdf[j];
                double x = (j + (span > 0 ? (u - cdf[j]) / span : 0)) / BetaGrid;
                return s.P4 + (s.P5 - s.P4) * Math.Clamp(x, 0, 1);
            }
            case DistributionKind.Triangular:
            {
                double range = s.P2 - s.P0;
                return u < s.P3 ? s.P0 + Math.Sqrt(u * range * (s.P1 - s.P0)) : s.P2 - Math.Sqrt((1 - u) * range * (s.P2 - s.P1));
            }
            case DistributionKind.Choice:
            {
                var table = _model.LookupTable;
                int end = s.TableStart + 2 * s.TableCount;
                for (int i = s.TableStart; i < end; i += 2)
                    if (u < table[i + 1]) return table[i];
                return table[end - 2];
            }
            default: return double.NaN;
        }
    }

    /// <summary>The family of slot <paramref name="slot"/>'s prior.</summary>
    public DistributionKind Kind(int slot) => _model.Slots[slot].Kind;

    /// <summary>The values a Choice prior can take (empty for other families).</summary>
    public IReadOnlyList<double> ChoiceValues(int slot)
    {
        var s = _model.Slots[slot];
        if (s.Kind != DistributionKind.Choice) return [];
        var values = new double[s.TableCount];
        for (int i = 0; i < s.TableCount; i++) values[i] = _model.LookupTable[s.TableStart + 2 * i];
        return values;
    }

    /// <summary>
    /// The interval the prior of slot <paramref name="slot"/> covers, within the parameter's valid range: the family's
    /// bounds, or mean ± 3 sd for a normal. The "flat" baseline of <c>negsim score</c> is uniform on it.
    /// </summary>
    public (double Lower, double Upper) Support(int slot)
    {
        var s = _model.Slots[slot];
        (double lo, double hi) = s.Kind switch
        {
            DistributionKind.Uniform => (s.P0, s.P1),
            DistributionKind.Normal => (s.P0 - 3 * Math.Abs(s.P1), s.P0 + 3 * Math.Abs(s.P1)),
            DistributionKind.TruncatedNormal => (s.P4, s.P5),
            DistributionKind.Beta => (s.P4, s.P5),
            DistributionKind.Triangular => (s.P0, s.P2),
            DistributionKind.Choice => (ChoiceValues(slot).Min(), ChoiceValues(slot).Max()),
            _ => (s.P0, s.P0),
        };
        return (Math.Max(lo, _model.SlotMin[slot]), Math.Min(hi, _model.SlotMax[slot]));
    }

    /// <summary>
    /// A private copy of the model for one worker thread, whose slot samplers the caller may overwrite (to fix a
    /// parameter vector, or to flatten the prior). A fresh compilation of the same scenario: same layout, same streams.
    /// </summary>
    internal CompiledModel NewWorkerModel() => new(_model.Scenario);

    /// <summary>Fixes every slot of a worker model (from <see cref="NewWorkerModel"/>) at <paramref name="theta"/>.</summary>
    internal static void Fix(CompiledModel worker, ReadOnlySpan<double> theta)
    {
        var slots = worker.Slots;
        for (int s = 0; s < slots.Length; s++) slots[s] = Fixed(theta[s]);
    }

    /// <summary>A sampler that returns <paramref name="value"/> and draws nothing (the kernel still opens the slot's stream).</summary>
    internal static SamplerSpec Fixed(double value) => new(DistributionKind.Fixed, value, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// A copy of the model with every uncertain parameter uniform on its <see cref="Support"/> (a Choice: its values,
    /// equally likely): the structure and ranges of the experiment without the shapes of its priors.
    /// </summary>
    public CompiledModel Flat()
    {
        var flat = NewWorkerModel();
        for (int s = 0; s < flat.Slots.Length; s++)
        {
            var spec = flat.Slots[s];
            if (spec.Kind == DistributionKind.Choice)
            {
                for (int i = 0; i < spec.TableCount; i++)
                    flat.LookupTable[spec.TableStart + 2 * i + 1] = i == spec.TableCount - 1 ? 1.0 : (i + 1.0) / spec.TableCount;
                continue;
            }
            var (lo, hi) = Support(s);
            flat.Slots[s] = hi > lo ? new SamplerSpec(DistributionKind.Uniform, lo, hi, 0, 0, 0, 0, 0, 0, 0, 0) : Fixed(lo);
        }
        return flat;
    }

    private static (double Alpha, double Beta) BetaShapes(SamplerSpec s) =>
        s.TableCount > 0 ? (s.P0 + 1, s.P1 + 1) : (s.P6 > 0 ? 1 / s.P6 : s.P0 + 1.0 / 3, s.P7 > 0 ? 1 / s.P7 : s.P2 + 1.0 / 3);
}
