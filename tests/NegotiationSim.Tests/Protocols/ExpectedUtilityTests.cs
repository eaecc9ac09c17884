using NegotiationSim.Engine.Sampling;
using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Protocols.ExpectedUtility;
using Xunit.Abstractions;

namespace NegotiationSim.Tests.Protocols;

public sealed class ExpectedUtilityTests(ITestOutputHelper output)
{
    // Scholz, Calbert & Smith (2011) Table 2, rounds 1–8, Q = 1, the authors' code.
    private static readonly double[] PublishedMedian = [8.4, 9.9, 9.9, 9.9, 9.9, 7.4, 8.8, 9.6];
    private static readonly double[] PublishedMean = [7.4, 7.5, 7.6, 7.3, 7.3, 7.4, 7.5, 7.6];
    private const double Tolerance = 0.35;

    internal static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NegotiationSim.sln")))
                return Path.Combine(dir.FullName, relative);
        throw new InvalidOperationException("Repository root (NegotiationSim.sln) not found above " + AppContext.BaseDirectory);
    }

    internal static ActorTable EcCase() => ActorTableCsv.Load(RepositoryFile("experiments/ec-car-emissions-1994.csv"));

    private sealed record Result(int RoundsRun, double[] Positions, double[] Median, double[] Mean, double[] WeightedMedian);

    private static Result Run(ActorTable table, ExpectedUtilitySettings settings, ExpectedUtilityWorkspace? workspace = null)
    {
        int rows = settings.Rounds + 1, n = table.Count;
        var positions = new double[rows * n];
        var median = new double[rows];
        var mean = new double[rows];
        var weightedMedian = new double[rows];
        int run = ExpectedUtilityKernel.Run(table.Capability, table.Position, table.Salience, settings,
            workspace ?? new ExpectedUtilityWorkspace(n), new ExpectedUtilityTrajectory(positions, median, mean, weightedMedian));
        return new Result(run, positions, median, mean, weightedMedian);
    }

    private static ExpectedUtilitySettings EcSettings(ActorTable table) => new(8, table.PositionRange);

    private static (double Median, double Mean) MaxError(Result r)
    {
        double median = 0, mean = 0;
        for (int t = 1; t <= 8; t++)
        {
            median = Math.Max(median, Math.Abs(r.Median[t] - PublishedMedian[t - 1]));
            mean = Math.Max(mean, Math.Abs(r.Mean[t] - PublishedMean[t - 1]));
        }
        return (median, mean);
    }

    [Fact]
    public void EcCase_InitialSummaries_MatchScholzTable1()
    {
        var table = EcCase();
        Assert.Equal(10, table.Count);
        Assert.Equal(6.0, table.PositionRange);
        Assert.Equal(7.0, ExpectedUtilityKernel.MedianVoter(table.Capability, table.Position, table.Salience));
        Assert.Equal(7.39, ExpectedUtilityKernel.WeightedMean(table.Capability, table.Position, table.Salience), 0.005);
        Assert.Equal(7.0, ExpectedUtilityKernel.WeightedMedian(table.Capability, table.Position, table.Salience, new ExpectedUtilityWorkspace(10)));
    }

    [Fact]
    public void EcCase_AuthorsCodeReading_ReproducesScholzTable2()
    {
        var table = EcCase();
        var r = Run(table, EcSettings(table));
        output.WriteLine("round  published-median  median  published-mean  mean");
        for (int t = 1; t <= 8; t++)
            output.WriteLine($"{t,5}  {PublishedMedian[t - 1],16:F1}  {r.Median[t],6:F3}  {PublishedMean[t - 1],14:F1}  {r.Mean[t],5:F3}");
        for (int t = 0; t <= 8; t++)
            output.WriteLine($"positions after round {t}: {string.Join(" ", r.Positions.Skip(t * table.Count).Take(table.Count).Select(v => v.ToString("F3")))}; weighted median {r.WeightedMedian[t]:F3}");

        Assert.Equal(8, r.RoundsRun);
        Assert.Equal(7.0, r.Median[0]);
        Assert.Equal(7.39, r.Mean[0], 0.005);
        for (int t = 1; t <= 8; t++)
        {
            Assert.InRange(r.Median[t], PublishedMedian[t - 1] - Tolerance, PublishedMedian[t - 1] + Tolerance);
            Assert.InRange(r.Mean[t], PublishedMean[t - 1] - Tolerance, PublishedMean[t - 1] + Tolerance);
        }
    }

    [Fact]
    public void EcCase_AuthorsCodeReading_PinnedTrajectory()
    {
        // Our own values (docs/expected-utility.md), pinned so that any change to the kernel's arithmetic shows.
        double[] median = [7, 8.416, 9.611, 9.962, 9.962, 9.962, 7.472, 8.825, 9.671];
        double[] mean = [7.390, 7.461, 7.553, 7.590, 7.358, 7.349, 7.415, 7.510, 7.572];
        var table = EcCase();
        var r = Run(table, EcSettings(table));
        for (int t = 0; t <= 8; t++)
        {
            Assert.Equal(median[t], r.Median[t], 0.0006);
            Assert.Equal(mean[t], r.Mean[t], 0.0006);
        }
    }

    public static TheoryData<string> Readings() => new(ReadingNames);

    private static readonly string[] ReadingNames =
    [
        "authors' code",
        "probability: paper",
        "offer: least change within kind",
        "offer: least change overall",
        "offer: strongest sender",
        "risk view: own exponents",
        "risk: across positions",
        "risk: neutral",
        "moves: sequential",
        "U_b/U_w reference: weighted mean",
    ];

    private static ExpectedUtilitySettings Reading(string name, ExpectedUtilitySettings s) => name switch
    {
        "authors' code" => s,
        "probability: paper" => s with { Probability = ProbabilityMode.Paper },
        "offer: least change within kind" => s with { OfferChoice = OfferChoice.LeastChangeByKind },
        "offer: least change overall" => s with { OfferChoice = OfferChoice.LeastChange },
        "offer: strongest sender" => s with { OfferChoice = OfferChoice.StrongestSender },
        "risk view: own exponents" => s with { RiskView = RiskView.Own },
        "risk: across positions" => s with { Risk = RiskMode.AcrossPositions },
        "risk: neutral" => s with { Risk = RiskMode.Neutral },
        "moves: sequential" => s with { MoveOrder = MoveOrder.Sequential },
        "U_b/U_w reference: weighted mean" => s with { Reference = ReferenceOutcome.WeightedMean },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void EcCase_AlternativeReadings_AreRecorded(string name)
    {
        var table = EcCase();
        var r = Run(table, Reading(name, EcSettings(table)));
        var (medianError, meanError) = MaxError(r);
        output.WriteLine($"{name}: median {string.Join(" ", r.Median.Skip(1).Select(v => v.ToString("F2")))}; " +
                         $"mean {string.Join(" ", r.Mean.Skip(1).Select(v => v.ToString("F2")))}; max error {medianError:F2} / {meanError:F2}");
        for (int t = 1; t <= 8; t++)
            output.WriteLine($"  round {t}: {string.Join(" ", r.Positions.Skip(t * table.Count).Take(table.Count).Select(v => v.ToString("F3")))}");
        bool reproduces = medianError <= Tolerance && meanError <= Tolerance;
        // Only readings that differ from the authors' code where it matters for the EC case reproduce Table 2:
        // U_b/U_w do not enter at Q = 1, and r = 1 for every voter in the median.
        bool expected = name is "authors' code" or "U_b/U_w reference: weighted mean";
        Assert.Equal(expected, reproduces);
    }

    [Fact]
    public void AllActorsAtOnePosition_NobodyMoves()
    {
        var table = new ActorTable(["a", "b", "c", "d"], [0.4, 0.1, 0.3, 0.2], [5, 5, 5, 5], [0.9, 0.2, 0.5, 1.0]);
        foreach (var mode in new[] { ProbabilityMode.AuthorsCode, ProbabilityMode.Paper })
        {
            var settings = new ExpectedUtilitySettings(6, 1.0) { Probability = mode, StatusQuoProbability = 0.5, ImprovementProbability = 0.3 };
            var r = Run(table, settings);
            Assert.Equal(1, r.RoundsRun);
            Assert.All(r.Positions, x => Assert.Equal(5.0, x));
            Assert.All(r.Median, x => Assert.Equal(5.0, x));
            Assert.All(r.Mean, x => Assert.Equal(5.0, x, 1e-12));
            Assert.All(r.WeightedMedian, x => Assert.Equal(5.0, x));
        }
    }

    [Fact]
    public void Positions_StayWithinTheInitialRange_ForEveryReading()
    {
        var workspace = new ExpectedUtilityWorkspace(12);
        for (int replicate = 0; replicate < 60; replicate++)
        {
            var rng = RandomStream.For(2011, replicate, RandomStream.KeyOf("expected-utility-invariants"));
            int n = 2 + (int)(rng.NextDouble() * 8);
            var c = new double[n];
            var x = new double[n];
            var s = new double[n];
            for (int i = 0; i < n; i++)
            {
                c[i] = rng.NextDouble();
                x[i] = Math.Round(rng.NextDouble() * 100) / 10; // shared positions happen
                s[i] = rng.NextDouble();
            }
            double min = x.Min(), max = x.Max();
            if (max == min) continue;
            var table = new ActorTable(Enumerable.Range(0, n).Select(i => "a" + i).ToArray(), c, x, s);
            foreach (string name in ReadingNames)
            {
                var settings = Reading(name, new ExpectedUtilitySettings(10, max - min)
                {
                    StatusQuoProbability = rng.NextDouble() < 0.5 ? 1.0 : rng.NextDouble(),
                    ImprovementProbability = rng.NextDouble(),
                });
                var r = Run(table, settings, workspace);
                Assert.All(r.Positions, p => Assert.InRange(p, min, max));
                Assert.All(r.Median, p => Assert.InRange(p, min, max));
                Assert.All(r.Mean, p => Assert.InRange(p, min - 1e-9, max + 1e-9));
                Assert.All(r.WeightedMedian, p => Assert.InRange(p, min, max));
            }
        }
    }

    [Fact]
    public void MedianVoter_HandCases()
    {
        // Three equal voters: the middle one.
        Assert.Equal(2.0, ExpectedUtilityKernel.MedianVoter([1, 1, 1], [1, 2, 10], [1, 1, 1]));
        // One actor with more than half the weight wins wherever it stands.
        Assert.Equal(10.0, ExpectedUtilityKernel.MedianVoter([0.6, 0.2, 0.2], [10, 0, 1], [1, 1, 1]));
        // Salience counts as much as capability: c·s = 0.3, 0.32, 0.3.
        Assert.Equal(5.0, ExpectedUtilityKernel.MedianVoter([0.6, 0.4, 0.3], [0, 5, 9], [0.5, 0.8, 1.0]));
        // Two equal voters tie: the lower position.
        Assert.Equal(0.0, ExpectedUtilityKernel.MedianVoter([1, 1], [1, 0], [1, 1]));
        // A zero-weight actor's position is still a candidate but it does not vote: weights 1 at 0 and 1 at 10
        // make 0, 4 and 10 tie pairwise, and the lowest wins.
        Assert.Equal(0.0, ExpectedUtilityKernel.MedianVoter([1, 0, 1], [0, 4, 10], [1, 1, 1]));
        // Weights 1, 2, 3, 4 at 1, 2, 3, 4: 3 beats 4 by 6 to 4 and beats 2 by 7 to 3.
        Assert.Equal(3.0, ExpectedUtilityKernel.MedianVoter([1, 2, 3, 4], [1, 2, 3, 4], [1, 1, 1, 1]));
    }

    [Fact]
    public void MedianVoter_EqualsWeightedMedian_WithoutTies()
    {
        var workspace = new ExpectedUtilityWorkspace(15);
        for (int replicate = 0; replicate < 500; replicate++)
        {
            var rng = RandomStream.For(7, replicate, RandomStream.KeyOf("median-voter"));
            int n = 1 + (int)(rng.NextDouble() * 15);
            var c = new double[n];
            var x = new double[n];
            var s = new double[n];
            for (int i = 0; i < n; i++)
            {
                c[i] = rng.NextOpenDouble();
                x[i] = rng.NextDouble() * 10;
                s[i] = rng.NextOpenDouble();
            }
            Assert.Equal(ExpectedUtilityKernel.WeightedMedian(c, x, s, workspace), ExpectedUtilityKernel.MedianVoter(c, x, s));
        }
    }

    [Fact]
    public void WeightedMean_And_WeightedMedian_HandCases()
    {
        Assert.Equal(4.0, ExpectedUtilityKernel.WeightedMean([1, 3], [1, 5], [1, 1]));
        Assert.Equal(2.0, ExpectedUtilityKernel.WeightedMean([1, 1], [1, 5], [0.75, 0.25]), 1e-12);
        var ws = new ExpectedUtilityWorkspace(4);
        Assert.Equal(5.0, ExpectedUtilityKernel.WeightedMedian([1, 3], [1, 5], [1, 1], ws));
        Assert.Equal(1.0, ExpectedUtilityKernel.WeightedMedian([1, 1], [5, 1], [1, 1], ws));
        Assert.Equal(3.0, ExpectedUtilityKernel.WeightedMedian([1, 1, 1, 1], [4, 3, 2, 1], [0.1, 1, 0.2, 0.5], ws));
    }

    [Theory]
    [InlineData(0.2, 0.5, OfferKind.Conflict)]
    [InlineData(0.5, 0.2, OfferKind.Stalemate)]       // the receiver would win: it is the sender who moves
    [InlineData(-0.1, 0.3, OfferKind.Compromise)]
    [InlineData(-0.3, 0.3, OfferKind.Compromise)]     // the boundary compromise moves all the way, like a capitulation
    [InlineData(-0.5, 0.3, OfferKind.Capitulation)]
    [InlineData(-0.1, -0.2, OfferKind.Stalemate)]
    [InlineData(0.3, -0.2, OfferKind.Stalemate)]
    [InlineData(0.0, 0.3, OfferKind.Stalemate)]
    public void Classify_Quadrants(double receiver, double sender, OfferKind expected) =>
        Assert.Equal(expected, ExpectedUtilityKernel.Classify(receiver, sender));

    [Fact]
    public void ChallengeUtility_RiskNeutral_ClosedForm()
    {
        // r = 1, Q = 1: U_s = 2d, U_f = −2d, U_sq = 0, so E = s_j (2P − 1) 2d + (1 − s_j) 2d.
        double d = 3.0 / 6.0, p = 0.2, sj = 0.6;
        double expected = sj * (2 * p - 1) * 2 * d + (1 - sj) * 2 * d;
        Assert.Equal(expected, ExpectedUtilityKernel.ChallengeUtility(4, 7, sj, p, 1.0, 6, 7, 1.0, 1.0), 1e-12);
        // Q = 0, T = 1: minus U_b = 4e with e = (|x_i − μ| + d·R)/4R.
        double e = (Math.Abs(4 - 5.0) + 3) / 24;
        Assert.Equal(expected - 4 * e, ExpectedUtilityKernel.ChallengeUtility(4, 7, sj, p, 1.0, 6, 5, 0.0, 1.0), 1e-12);
        // r = 2 at d = 1: U_s = 2, U_f = −2, U_sq = 1.
        Assert.Equal(0.5 * (0.25 * 2 - 0.75 * 2) + 0.5 * 2 - 1, ExpectedUtilityKernel.ChallengeUtility(0, 6, 0.5, 0.25, 2.0, 6, 3, 1.0, 1.0), 1e-12);
    }

    [Fact]
    public void RiskExponent_SpansHalfToTwo()
    {
        Assert.Equal(0.5, ExpectedUtilityKernel.RiskExponent(3, -1, 3), 1e-12);   // most threatened
        Assert.Equal(2.0, ExpectedUtilityKernel.RiskExponent(-1, -1, 3), 1e-12);  // most secure
        Assert.Equal(1.0, ExpectedUtilityKernel.RiskExponent(1, -1, 3), 1e-12);
        Assert.Equal(1.0, ExpectedUtilityKernel.RiskExponent(2, 2, 2));
    }

    [Fact]
    public void SettleTolerance_StopsEarly_AndRepeatsTheSettledRow()
    {
        var table = EcCase();
        var r = Run(table, EcSettings(table) with { SettleTolerance = 2.0 });
        Assert.True(r.RoundsRun < 8);
        int n = table.Count, t = r.RoundsRun;
        for (int later = t + 1; later <= 8; later++)
        {
            Assert.Equal(r.Median[t], r.Median[later]);
            Assert.Equal(r.Mean[t], r.Mean[later]);
            Assert.Equal(r.Positions.AsSpan(t * n, n).ToArray(), r.Positions.AsSpan(later * n, n).ToArray());
        }
    }

    [Fact]
    public void Run_AllocatesNothing()
    {
        var table = EcCase();
        var settings = EcSettings(table);
        var ws = new ExpectedUtilityWorkspace(table.Count);
        var positions = new double[9 * table.Count];
        var median = new double[9];
        var mean = new double[9];
        var wmedian = new double[9];
        void Once() => ExpectedUtilityKernel.Run(table.Capability, table.Position, table.Salience, settings, ws,
            new ExpectedUtilityTrajectory(positions, median, mean, wmedian));
        Once();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++) Once();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Run_RejectsBadInput()
    {
        var ws = new ExpectedUtilityWorkspace(3);
        var pos = new double[12];
        var a = new double[4];
        var b = new double[4];
        var c = new double[4];
        var good = new ExpectedUtilitySettings(3, 10);
        int Call(double[] cap, double[] x, double[] sal, ExpectedUtilitySettings s) =>
            ExpectedUtilityKernel.Run(cap, x, sal, s, ws, new ExpectedUtilityTrajectory(pos, a, b, c));

        Assert.Throws<ArgumentException>(() => Call([1, 1], [0, 1, 2], [1, 1, 1], good));
        Assert.Throws<ArgumentException>(() => Call([1, 1, 1], [0, 1, 20], [1, 1, 1], good));        // spread 20 > R = 10
        Assert.Throws<ArgumentException>(() => Call([1, 1, 1], [0, 1, 2], [1, 1, 40], good));        // salience in percent
        Assert.Throws<ArgumentException>(() => Call([0, 0, 0], [0, 1, 2], [1, 1, 1], good));         // no weight
        Assert.Throws<ArgumentException>(() => Call([1, 1, 1], [0, 1, 2], [1, 1, 1], good with { StatusQuoProbability = 1.5 }));
        Assert.Throws<ArgumentException>(() => Call([1, 1, 1], [0, 1, 2], [1, 1, 1], good with { Rounds = 5 })); // outputs too short
        Assert.Throws<ArgumentException>(() => Call([1, 1, 1, 1], [0, 1, 2, 3], [1, 1, 1, 1], good)); // workspace too small
        Assert.Throws<ArgumentException>(() => Call([1, 1, 1], [0, 1, 2], [1, 1, 1], default));      // R = 0
        Assert.InRange(Call([1, 1, 1], [0, 1, 2], [1, 1, 1], good), 0, 3);
    }
}
