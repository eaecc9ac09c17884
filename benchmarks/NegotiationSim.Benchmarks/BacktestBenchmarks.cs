using BenchmarkDotNet.Attributes;
using NegotiationSim.Forecasting;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// The cost of one issue of `negsim backtest` (docs/validation.md): the alternating-offers protocol as a Monte Carlo
/// negotiation of 1,000 replicates (ten proposer orders, each compiled and run on one thread), and every model of the
/// backtest on the issue. Issues are shaped like DEU ones: positions on 0, 50 or 100 or between, saliences 0–100, the
/// Commission and Parliament plus member states; 17 actors is the most common count in the 1996–2000 split, 5 a small one.
/// </summary>
[MemoryDiagnoser]
public class BacktestBenchmarks
{
    private NegotiationCase _case = null!;
    private BacktestSettings _settings = null!;

    /// <summary>Involved actors.</summary>
    [Params(5, 17)]
    public int Actors { get; set; } = 17;

    /// <summary>Builds one synthetic issue from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1996);
        string[] names = ["com", "ep", "at", "be", "dk", "fi", "fr", "de", "el", "ie", "it", "lu", "nl", "pt", "es", "se", "uk"];
        var actors = new List<CaseActor>();
        for (int a = 0; a < Actors; a++)
        {
            double position = random.NextDouble() < 0.6 ? 50 * random.Next(3) : 100 * random.NextDouble();
            actors.Add(new CaseActor(names[a], position, 10 * random.Next(11), 1));
        }
        _case = new NegotiationCase("i1", "p1", "COD", actors, 0, 60);
        _settings = new BacktestSettings(1000, 1, 1, ProtocolDistributions.Default);
    }

    /// <summary>The protocol's 1,000 replicates of the issue.</summary>
    [Benchmark(Baseline = true)]
    public int Protocol() => AlternatingOffersForecast.Sample(_case, ProtocolDistributions.Default, 1000, 1, 0).Values.Length;

    /// <summary>Every model of the backtest on the issue (the protocol included).</summary>
    [Benchmark]
    public int EveryModel() => Backtest.ForecastCase(_case, 0, _settings).Forecasts.Length;
}
