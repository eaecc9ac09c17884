using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Random;
using NegotiationSim.Engine.Sampling;
using NegotiationSim.Uncertainty;
using MathNetDist = MathNet.Numerics.Distributions;

namespace NegotiationSim.Benchmarks;

/// <summary>One draw from each family with the engine's samplers, beside MathNet's for the ones that dominate.</summary>
[MemoryDiagnoser]
public class SamplerBenchmarks
{
    private const int Draws = 10_000;
    private SamplerSpec _pert, _beta, _normal, _truncated, _uniform;
    private double[] _choices = [];
    private RandomStream _rng = new(1);
    private MathNetDist.Beta _mathNetBeta = null!;
    private MathNetDist.Normal _mathNetNormal = null!;

    /// <summary>Compiles the distributions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var table = new List<double>();
        _pert = Samplers.Compile(Distribution.Pert(0.1, 0.3, 0.8), table);
        _beta = Samplers.Compile(Distribution.Beta(2, 5), table);
        _normal = Samplers.Compile(Distribution.Normal(0, 1), table);
        _truncated = Samplers.Compile(Distribution.TruncatedNormal(0.5, 0.3, 0, 1), table);
        _uniform = Samplers.Compile(Distribution.Uniform(0, 1), table);
        _choices = table.ToArray();
        var source = new Xoshiro256StarStar(1, threadSafe: false);
        _mathNetBeta = new MathNetDist.Beta(2, 5, source);
        _mathNetNormal = new MathNetDist.Normal(0, 1, source);
    }

    /// <summary>PERT (a scaled Beta): the family of 84 of the default scenario's 89 uncertain parameters.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Draws)]
    public double Pert() => Loop(in _pert);

    /// <summary>Beta(2, 5).</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double Beta() => Loop(in _beta);

    /// <summary>MathNet's Beta(2, 5) on xoshiro256**, for comparison.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double MathNetBeta()
    {
        double s = 0;
        for (int i = 0; i < Draws; i++) s += _mathNetBeta.Sample();
        return s;
    }

    /// <summary>Standard normal (ziggurat).</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double Normal() => Loop(in _normal);

    /// <summary>MathNet's normal, for comparison.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double MathNetNormal()
    {
        double s = 0;
        for (int i = 0; i < Draws; i++) s += _mathNetNormal.Sample();
        return s;
    }

    /// <summary>Truncated normal by inversion.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double TruncatedNormal() => Loop(in _truncated);

    /// <summary>Uniform.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double Uniform() => Loop(in _uniform);

    /// <summary>Opening a stream for (seed, replicate, key) and drawing one PERT: what each uncertain parameter costs in a replicate.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double StreamAndPert()
    {
        double s = 0;
        for (int i = 0; i < Draws; i++)
        {
            var rng = RandomStream.For(7, i, 12345);
            s += Samplers.Draw(in _pert, ref rng, _choices);
        }
        return s;
    }

    private double Loop(in SamplerSpec spec)
    {
        double s = 0;
        for (int i = 0; i < Draws; i++) s += Samplers.Draw(in spec, ref _rng, _choices);
        return s;
    }
}
