using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;


namespace NegotiationSim.Outcomes;

/// <summary>
/// The headline metrics of one or more scenarios ("arms") run side by side, aligned by id: the sequence's endings,
/// escalation, any agreement, meetings held, agreement per item, held per meeting and final utility per party, and,
/// where some arm records vetoes (docs/model.md §15.5), the probability that each party vetoed some offer.
/// Items, meetings and parties are matched by id, so an arm that adds a meeting or drops a bloc still lines up with
/// the base; a metric an arm lacks (a meeting it does not have) is simply absent for that arm.
/// </summary>
public sealed class MetricLayout
{
    /// <summary>Fixed-point scale of per-replicate values: 2³², as in <see cref="OutcomeAccumulator"/>.</summary>
    public const double FixedPointScale = OutcomeAccumulator.FixedPointScale;

    private const long One = 1L << 32;

    private enum Source : byte { None, Escalation, AnyAgreement, Completed, Declined, Walkout, War, MeetingsHeld, ItemAgreed, MeetingHeld, Utility, Vetoed }

    private readonly Source[][] _source;
    private readonly int[][] _index;

    private MetricLayout(IReadOnlyList<MetricDefinition> metrics, Source[][] source, int[][] index)
    {
        Metrics = metrics;
        _source = source;
        _index = index;
    }

    /// <summary>The metrics, in a fixed order: sequence-level first, then items, meetings and parties in order of first appearance.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>Number of arms.</summary>
    public int Arms => _source.Length;

    /// <summary>Whether arm <paramref name="arm"/> has metric <paramref name="metric"/>.</summary>
    public bool Has(int arm, int metric) => _source[arm][metric] != Source.None;

    /// <summary>The layout for <paramref name="arms"/>, matched by item, meeting and party ids.</summary>
    public static MetricLayout For(IReadOnlyList<CompiledModel> arms)
    {
        ArgumentNullException.ThrowIfNull(arms);
        if (arms.Count == 0) throw new ArgumentException("at least one arm is needed", nameof(arms));

        var metrics = new List<MetricDefinition>();
        var sources = new List<(Source Kind, Func<CompiledModel, int> Find)>();
        void Add(string key, string label, MetricKind kind, Source source, Func<CompiledModel, int> find)
        {
            metrics.Add(new MetricDefinition(key, label, kind));
            sources.Add((source, find));
        }

        Add("escalation", "P(escalation: some party takes its outside option)", MetricKind.Probability, Source.Escalation, _ => 0);
        Add("anyAgreement", "P(at least one item agreed)", MetricKind.Probability, Source.AnyAgreement, _ => 0);
        Add("ending.completed", "P(ending: every meeting held, no walkout)", MetricKind.Probability, Source.Completed, _ => 0);
        Add("ending.declined", "P(ending: a party stayed away)", MetricKind.Probability, Source.Declined, _ => 0);
        Add("ending.walkout", "P(ending: a party walked out)", MetricKind.Probability, Source.Walkout, _ => 0);
        Add("ending.war", "P(ending: war began before the sequence was over)", MetricKind.Probability, Source.War, _ => 0);
        Add("meetingsHeld", "mean number of meetings held", MetricKind.Mean, Source.MeetingsHeld, _ => 0);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arm in arms)
            foreach (var item in arm.Scenario.Items)
                if (seen.Add("i:" + item.Id))
                {
                    string id = item.Id;
                    Add("agreement." + id, "P(agreement): " + item.Name, MetricKind.Probability, Source.ItemAgreed,
                        m => IndexOf(m.Scenario.Items, x => x.Id == id));
                }
        foreach (var arm in arms)
            foreach (var meeting in arm.Scenario.Meetings)
                if (seen.Add("m:" + meeting.Id))
                {
                    string id = meeting.Id;
                    Add("held." + id, "P(held): " + meeting.Name, MetricKind.Probability, Source.MeetingHeld,
                        m => IndexOf(m.Scenario.Meetings, x => x.Id == id));
                }
        foreach (var arm in arms)
            foreach (var party in arm.Scenario.Parties)
                if (seen.Add("p:" + party.Id))
                {
                    string id = party.Id;
                    Add("utility." + id, "mean final utility: " + party.Name, MetricKind.Mean, Source.Utility,
                        m => IndexOf(m.Scenario.Parties, x => x.Id == id));
                }
        // Who blocks (§15.5): only arms that record vetoes have these; an arm that does not lacks them.
        foreach (var arm in arms)
            if (arm.TracksVetoes)
                foreach (var party in arm.Scenario.Parties)
                    if (seen.Add("v:" + party.Id))
                    {
                        string id = party.Id;
                        Add("vetoed." + id, "P(vetoed some offer): " + party.Name, MetricKind.Probability, Source.Vetoed,
                            m => m.TracksVetoes ? IndexOf(m.Scenario.Parties, x => x.Id == id) : -1);
                    }

        var source = new Source[arms.Count][];
        var index = new int[arms.Count][];
        for (int a = 0; a < arms.Count; a++)
        {
            source[a] = new Source[metrics.Count];
            index[a] = new int[metrics.Count];
            for (int k = 0; k < metrics.Count; k++)
            {
                int at = sources[k].Find(arms[a]);
                source[a][k] = at >= 0 ? sources[k].Kind : Source.None;
                index[a][k] = at;
            }
        }
        return new MetricLayout(metrics.AsReadOnly(), source, index);
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, Func<T, bool> match)
    {
        for (int i = 0; i < list.Count; i++) if (match(list[i])) return i;
        return -1;
    }

    /// <summary>
    /// Writes arm <paramref name="arm"/>'s metrics for one replicate, from its outcome row, into
    /// <paramref name="values"/>, in fixed point (value × 2³², truncated; a probability's event is 0 or 2³²).
    /// Absent metrics are written as 0 and never counted.
    /// </summary>
    internal void Extract(int arm, OutcomeRowLayout R, ReadOnlySpan<double> row, long[] values)
    {
        var source = _source[arm];
        var index = _index[arm];
        var ending = (Ending)(int)row[R.Ending];
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = source[k] switch
            {
                Source.Escalation => Any(row.Slice(R.PartyEscalated, R.Parties)) ? One : 0,
                Source.AnyAgreement => Any(row.Slice(R.ItemAgreed, R.Items)) ? One : 0,
                Source.Completed => ending == Ending.Completed ? One : 0,
                Source.Declined => ending == Ending.Declined ? One : 0,
                Source.Walkout => ending == Ending.Walkout ? One : 0,
                Source.War => ending == Ending.War ? One : 0,
                Source.MeetingsHeld => (long)row[R.MeetingsHeld] * One,
                Source.ItemAgreed => row[R.ItemAgreed + index[k]] != 0 ? One : 0,
                Source.MeetingHeld => row[R.MeetingHeld + index[k]] != 0 ? One : 0,
                Source.Utility => (long)(Math.Clamp(row[R.PartyUtility + index[k]], 0, 1) * FixedPointScale),
                Source.Vetoed => row[R.PartyVetoed + index[k]] != 0 ? One : 0,
                _ => 0,
            };
        }
    }

    private static bool Any(ReadOnlySpan<double> flags)
    {
        foreach (double f in flags) if (f != 0) return true;
        return false;
    }
}
