using BenchmarkDotNet.Attributes;
using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Protocols.ExpectedUtility;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// One run of the expected-utility kernel (docs/expected-utility.md): the EC car-emissions case of Scholz et al. (2011),
/// 10 actors, and 30 random actors, 8 rounds each, with the authors'-code reading. The Allocated column must read "-":
/// a run allocates nothing. <see cref="Setup"/> checks that before measuring and fails the benchmark otherwise.
/// </summary>
[MemoryDiagnoser]
public class ExpectedUtilityBenchmarks
{
    private const int Rounds = 8;
    private const int RandomActors = 30;

    private double[] _capability = [], _position = [], _salience = [];
    private double[] _positions = [], _median = [], _mean = [], _weightedMedian = [];
    private ExpectedUtilitySettings _settings;
    private ExpectedUtilityWorkspace _workspace = null!;

    /// <summary>The case: <c>ec</c> (experiments/ec-car-emissions-1994.csv) or <c>random30</c> (30 actors, fixed seed).</summary>
    [Params("ec", "random30")]
    public string Case { get; set; } = "ec";

    /// <summary>Loads the case, sizes the workspace and the outputs once, and checks that a run allocates nothing.</summary>
    /// <exception cref="InvalidOperationException">A run allocated memory.</exception>
    [GlobalSetup]
    public void Setup()
    {
        if (Case == "ec")
        {
            var table = ActorTableCsv.Load(RepositoryFile("experiments/ec-car-emissions-1994.csv"));
            _capability = table.Capability.ToArray();
            _position = table.Position.ToArray();
            _salience = table.Salience.ToArray();
        }
        else
        {
            var random = new Random(2011);
            _capability = new double[RandomActors];
            _position = new double[RandomActors];
            _salience = new double[RandomActors];
            for (int i = 0; i < RandomActors; i++)
            {
                _capability[i] = 0.01 + random.NextDouble();
                _position[i] = 100 * random.NextDouble();
                _salience[i] = 0.1 + 0.9 * random.NextDouble();
            }
        }
        double min = _position.Min(), max = _position.Max();
        int n = _position.Length, rows = Rounds + 1;
        _settings = new ExpectedUtilitySettings(Rounds, max - min);
        _workspace = new ExpectedUtilityWorkspace(n);
        _positions = new double[rows * n];
        _median = new double[rows];
        _mean = new double[rows];
        _weightedMedian = new double[rows];

        Run();   // warm up (JIT, tiering) before counting
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++) Run();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (allocated != 0)
            throw new InvalidOperationException($"ExpectedUtilityKernel.Run allocated {allocated} bytes over 10 runs of the '{Case}' case; it must allocate nothing.");
    }

    /// <summary>One run of <see cref="Rounds"/> rounds into preallocated outputs; returns the rounds computed.</summary>
    [Benchmark(Baseline = true)]
    public int Run() => ExpectedUtilityKernel.Run(_capability, _position, _salience, _settings, _workspace,
        new ExpectedUtilityTrajectory(_positions, _median, _mean, _weightedMedian));

    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NegotiationSim.sln")))
                return Path.Combine(dir.FullName, relative);
        throw new InvalidOperationException("Repository root (NegotiationSim.sln) not found above " + AppContext.BaseDirectory);
    }
}
