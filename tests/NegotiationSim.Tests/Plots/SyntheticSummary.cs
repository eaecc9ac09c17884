using MathNet.Numerics.Distributions;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Tests.Plots;

/// <summary>
/// Summaries built by hand from known histograms, shaped like the NATO–Russia 2022 experiment's, plus the edge cases
/// the charts must survive. No engine involved: the plots only read a <see cref="Summary"/>.
/// </summary>
internal static class SyntheticSummary
{
    internal const int Bins = 50;
    internal const long Runs = 100_000;
    internal const ulong Seed = 20220120;
    internal const string Scenario = "nato-russia-2022";

    /// <summary>A realistic summary: 5 items (one never agreed), 5 parties, 3 meetings with offer fans.</summary>
    internal static Summary Realistic()
    {
        var items = new List<ItemSummary>
        {
            Item("enlargement", "NATO enlargement", "no further enlargement", "open door for Ukraine and Georgia",
                 agreed: 0.18, agreedShape: (3, 5), finalShape: (6, 2)),
            Item("forces", "Forces in Eastern Europe", "back to 1997 positions", "current deployments",
                 agreed: 0.41, agreedShape: (6, 3), finalShape: (8, 2)),
            Item("missiles", "Intermediate-range missiles", "moratorium in Europe", "no limits",
                 agreed: 0.63, agreedShape: (2, 6), finalShape: (2, 3)),
            Item("exercises", "Exercises near borders", "notified and capped", "unrestricted",
                 agreed: 0.52, agreedShape: (3, 3), finalShape: (3, 2)),
            Item("donbas", "Donbas settlement (Minsk)", "Russia's reading of Minsk", "Ukraine's reading of Minsk",
                 agreed: 0, agreedShape: null, finalShape: (4, 4)),
        };
        var parties = new List<PartySummary>
        {
            Party("us", "United States", Mixture((7, 3, 0.7), (3, 4, 0.3)), (5, 4), walked: 0.04, escalated: 0),
            Party("russia", "Russia", Mixture((2, 6, 0.55), (6, 3, 0.45)), (4, 5), walked: 0.27, escalated: 0.29),
            Party("ukraine", "Ukraine", Mixture((5, 4, 1)), (3, 4), walked: 0.02, escalated: 0),
            Party("germany", "Germany", Mixture((9, 4, 1)), (7, 4), walked: 0, escalated: 0),
            Party("poland", "Poland", Mixture((4, 2, 0.8), (2, 4, 0.2)), (5, 3), walked: 0.01, escalated: 0),
        };
        var meetings = new List<MeetingSummary>
        {
            Meeting("geneva", "US–Russia Strategic Stability Dialogue, Geneva", reached: 1, held: 0.93,
                [("missiles", 0.8, 0.25, 14), ("exercises", 0.15, 0.55, 10), ("forces", 0.9, 0.7, 16)]),
            Meeting("nrc", "NATO–Russia Council, Brussels", reached: 0.8, held: 0.71,
                [("enlargement", 0.95, 0.45, 18), ("forces", 0.75, 0.6, 12)]),
            Meeting("osce", "OSCE Permanent Council, Vienna", reached: 0.6, held: 0.55,
                [("exercises", 0.3, 0.5, 8), ("donbas", 0.2, 0.6, 20)]),
        };
        return Make(items, parties, meetings, completed: 0.46, declined: 0.21, escalation: 0.29);
    }

    /// <summary>No item was ever agreed; nobody escalated; every meeting ended in walkout at round 1.</summary>
    internal static Summary ZeroAgreements()
    {
        var items = new List<ItemSummary>
        {
            Item("a", "Arms control", "none", "full", 0, null, (4, 4)),
            Item("b", "Sanctions relief", "keep all", "lift all", 0, null, (2, 8)),
        };
        var parties = new List<PartySummary> { Party("x", "X", Mixture((3, 3, 1)), (3, 3), 1, 0), Party("y", "Y", Mixture((3, 3, 1)), (3, 3), 1, 0) };
        var meetings = new List<MeetingSummary>
        {
            new("m1", "Only meeting", P(1), P(1), P(0), P(1), P(0), 1, ["a", "b"],
                [[new OfferBand(1, Runs, 0.1, 0.2, 0.3, 0.4, 0.5)], [new OfferBand(1, Runs, 0.5, 0.6, 0.7, 0.8, 0.9)]]),
        };
        return Make(items, parties, meetings, completed: 0, declined: 0, escalation: 0);
    }

    /// <summary>A run with no replicates: every proportion and mean is NaN and every histogram empty.</summary>
    internal static Summary NaNs()
    {
        var nan = Proportion.Of(0, 0);
        var empty = Empty();
        var item = new ItemSummary("a", "Arms control", "0", "1", nan, empty, empty, double.NaN, [nan], empty, empty);
        var party = new PartySummary("x", "X", empty, empty, nan, nan, false);
        var bands = new List<OfferBand> { new(1, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN), new(2, 3, double.NaN, 0.2, 0.3, 0.4, 0.5) };
        var meeting = new MeetingSummary("m", "Meeting", nan, nan, nan, nan, nan, double.NaN, ["a"], [bands]);
        return new Summary(Scenario, 0, Seed, [item], [party], [meeting], nan, nan, nan, nan, nan, double.NaN,
            new EfficiencySummary(empty, empty, nan, empty, nan));
    }

    /// <summary>One item, one party, one meeting whose only band is a single round.</summary>
    internal static Summary OneItem()
    {
        var items = new List<ItemSummary> { Item("only", "The only item", "low", "high", 0.5, (2, 2), (2, 2)) };
        var parties = new List<PartySummary> { Party("solo", "Solo", Mixture((2, 2, 1)), (2, 2), 0, 0) };
        var meetings = new List<MeetingSummary>
        {
            new("m", "Single-round meeting", P(1), P(1), P(0), P(0), P(0.5), 1, ["only"],
                [[new OfferBand(1, Runs, 0.2, 0.35, 0.5, 0.65, 0.8)]]),
        };
        return Make(items, parties, meetings, completed: 1, declined: 0, escalation: 0);
    }

    /// <summary>Thirty items with long names, twelve parties, and a meeting with all thirty on its agenda.</summary>
    internal static Summary ThirtyItems()
    {
        var items = Enumerable.Range(1, 30).Select(i => Item($"i{i}",
            $"Item {i}: confidence-building measure number {i} with a deliberately long name",
            $"low end of item {i}", $"high end of item {i}",
            agreed: i % 7 == 0 ? 0 : (i * 37 % 100) / 100.0,
            agreedShape: i % 7 == 0 ? null : (1 + i % 5, 1 + i % 4), finalShape: (2 + i % 3, 2 + i % 5))).ToList();
        var parties = Enumerable.Range(1, 12).Select(i => Party($"p{i}", $"Party number {i}",
            Mixture((1 + i % 6, 1 + i % 4, 1)), (2 + i % 3, 3), 0.01 * i, 0)).ToList();
        var meetings = new List<MeetingSummary>
        {
            Meeting("plenary", "Plenary with every item on the agenda", 1, 0.9,
                items.Select((it, i) => (it.Id, (i % 10) / 10.0, 0.5, 6 + i % 9)).ToList()),
        };
        return Make(items, parties, meetings, completed: 0.3, declined: 0.3, escalation: 0.1);
    }

    /// <summary>Meetings whose offer bands are missing, empty or all Count 0; one meeting with no items; odd ids.</summary>
    internal static Summary EmptyBands()
    {
        var s = Realistic();
        var zeroBands = Enumerable.Range(1, 5).Select(r => new OfferBand(r, 0, 0, 0, 0, 0, 0)).ToList();
        var meetings = new List<MeetingSummary>
        {
            new("no bands", "No bands at all", P(1), P(1), P(0), P(0), P(0), 0, ["missiles", "forces"], []),
            new("empty/lists", "Empty band lists", P(1), P(1), P(0), P(0), P(0), 0, ["missiles", "forces"], [[], []]),
            new("zero-count", "Only Count 0", P(1), P(1), P(0), P(0), P(0), 0, ["missiles"], [zeroBands]),
            new("no-items", "Nothing on the agenda", P(1), P(1), P(0), P(0), P(0), 0, [], []),
            new("unknown-item", "An item id the summary lacks", P(1), P(1), P(0), P(0), P(0), 0, ["ghost"],
                [[new OfferBand(1, 5, 0.1, 0.2, 0.3, 0.4, 0.5), new OfferBand(3, 5, 0.2, 0.3, 0.4, 0.5, 0.6)]]),
        };
        return s with { Meetings = meetings };
    }

    /// <summary>No items, parties or meetings at all.</summary>
    internal static Summary Nothing() => new(Scenario, Runs, Seed, [], [], [], P(1), P(0), P(0), P(0), P(0), 0,
        new EfficiencySummary(Empty(), Empty(), P(0), Empty(), P(0)));

    /// <summary>The edge cases, by name, for theories.</summary>
    internal static Summary ByName(string name) => name switch
    {
        nameof(Realistic) => Realistic(),
        nameof(ZeroAgreements) => ZeroAgreements(),
        nameof(NaNs) => NaNs(),
        nameof(OneItem) => OneItem(),
        nameof(ThirtyItems) => ThirtyItems(),
        nameof(EmptyBands) => EmptyBands(),
        nameof(Nothing) => Nothing(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    internal static readonly string[] Names =
        [nameof(Realistic), nameof(ZeroAgreements), nameof(NaNs), nameof(OneItem), nameof(ThirtyItems), nameof(EmptyBands), nameof(Nothing)];

    /// <summary>A histogram of <paramref name="total"/> draws from a mixture of Beta(a, b) shapes, weights summing to 1.</summary>
    internal static long[] Histogram(long total, params (double A, double B, double Weight)[] parts)
    {
        var counts = new long[Bins];
        for (int b = 0; b < Bins; b++)
        {
            double lo = (double)b / Bins, hi = (double)(b + 1) / Bins, mass = 0;
            foreach (var (a, bb, w) in parts) mass += w * (Beta.CDF(a, bb, hi) - Beta.CDF(a, bb, lo));
            counts[b] = (long)Math.Round(total * mass);
        }
        return counts;
    }

    /// <summary>The statistics of a histogram on [0, 1], computed the way the accumulators do (bin midpoints, interpolated quantiles).</summary>
    internal static Distribution01 FromCounts(IReadOnlyList<long> counts)
    {
        long total = counts.Sum();
        if (total == 0) return Empty(counts.Count);
        int n = counts.Count;
        double mean = 0, sq = 0;
        for (int b = 0; b < n; b++)
        {
            double mid = (b + 0.5) / n;
            mean += mid * counts[b];
            sq += mid * mid * counts[b];
        }
        mean /= total;
        double sd = Math.Sqrt(Math.Max(0, sq / total - mean * mean));
        double Q(double q) => Distribution01.Quantile(counts, total, q);
        return new Distribution01(total, mean, sd, Q(0.05), Q(0.25), Q(0.5), Q(0.75), Q(0.95), counts);
    }

    internal static Distribution01 Empty(int bins = Bins) =>
        new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, new long[bins]);

    private static Proportion P(double p, long total = Runs) => Proportion.Of((long)Math.Round(p * total), total);

    private static (double, double, double)[] Mixture(params (double A, double B, double W)[] parts) => parts;

    private static ItemSummary Item(string id, string name, string low, string high, double agreed,
        (double A, double B)? agreedShape, (double A, double B) finalShape)
    {
        var agreement = P(agreed);
        var agreedValue = agreedShape is { } s ? FromCounts(Histogram(agreement.Count, (s.A, s.B, 1))) : Empty();
        var finalValue = FromCounts(Histogram(Runs, (finalShape.A, finalShape.B, 1)));
        var nash = FromCounts(Histogram(Runs, (5, 5, 1)));
        return new ItemSummary(id, name, low, high, agreement, agreedValue, finalValue,
            agreement.Count > 0 ? 6.5 : double.NaN, [P(agreed * 0.6), P(agreed * 0.4)], nash, nash);
    }

    private static PartySummary Party(string id, string name, (double, double, double)[] final, (double A, double B) statusQuo,
        double walked, double escalated) =>
        new(id, name, FromCounts(Histogram(Runs, final)), FromCounts(Histogram(Runs, (statusQuo.A, statusQuo.B, 1))),
            P(walked), P(escalated), escalated > 0);

    /// <summary>A meeting whose item offers start at <c>start</c> and converge to <c>target</c> over <c>rounds</c>, fewer replicates each round.</summary>
    private static MeetingSummary Meeting(string id, string name, double reached, double held,
        IReadOnlyList<(string Item, double Start, double Target, int Rounds)> agenda)
    {
        var bands = agenda.Select(a => (IReadOnlyList<OfferBand>)Enumerable.Range(1, a.Rounds).Select(r =>
        {
            double t = (r - 1.0) / Math.Max(1, a.Rounds - 1);
            double median = a.Target + (a.Start - a.Target) * Math.Exp(-3 * t);
            double inner = 0.04 + 0.14 * Math.Exp(-2 * t), outer = 0.08 + 0.3 * Math.Exp(-2 * t);
            double C(double x) => Math.Clamp(x, 0, 1);
            return new OfferBand(r, (long)(Runs * held * Math.Exp(-2.5 * t)),
                C(median - outer), C(median - inner), median, C(median + inner), C(median + outer));
        }).ToList()).ToList();
        return new MeetingSummary(id, name, P(reached), P(held), P(reached - held), P(0.2), P(0.5), 9.4,
            agenda.Select(a => a.Item).ToList(), bands);
    }

    private static Summary Make(List<ItemSummary> items, List<PartySummary> parties, List<MeetingSummary> meetings,
        double completed, double declined, double escalation)
    {
        var efficiency = new EfficiencySummary(FromCounts(Histogram(Runs, (2, 8, 1))), FromCounts(Histogram(Runs, (6, 2, 1))),
            P(0.3), FromCounts(Histogram(Runs, (1.5, 9, 1))), P(0.9));
        return new Summary(Scenario, Runs, Seed, items, parties, meetings,
            P(completed), P(declined), P(Math.Max(0, 1 - completed - declined)), P(escalation),
            P(items.Any(i => i.Agreement.Count > 0) ? 0.78 : 0), 2.4, efficiency);
    }
}
