using NegotiationSim.Engine;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Inference;

/// <summary>
/// The observed patterns of a record, bound to one experiment's meetings, items and parties (docs/validation.md,
/// "Patterns files"). Evaluates a replicate the kernel has just run into a bit mask, bit <c>p</c> set when pattern
/// <c>p</c> held; allocation-free, so that scoring and inference can evaluate millions of replicates.
/// </summary>
public sealed class PatternSet
{
    /// <summary>At most this many patterns, one bit each of a 64-bit mask.</summary>
    public const int MaxPatterns = 63;

    /// <summary>Binds <paramref name="patterns"/> to the meeting, item and party order of <paramref name="scenarioName"/>.</summary>
    /// <param name="name">The file's name.</param>
    /// <param name="description">What the file records.</param>
    /// <param name="scenarioName">The scenario whose ids the conditions refer to.</param>
    /// <param name="patterns">At least one, at most <see cref="MaxPatterns"/>.</param>
    public PatternSet(string name, string description, string scenarioName, IReadOnlyList<RecordPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Count is 0 or > MaxPatterns) throw new ArgumentException($"a patterns set needs 1 to {MaxPatterns} patterns", nameof(patterns));
        Name = name;
        Description = description;
        ScenarioName = scenarioName;
        Patterns = patterns;
        var flat = new List<PatternCondition>();
        _start = new int[patterns.Count + 1];
        for (int p = 0; p < patterns.Count; p++)
        {
            _start[p] = flat.Count;
            flat.AddRange(patterns[p].Conditions);
        }
        _start[^1] = flat.Count;
        _conditions = flat.ToArray();
    }

    private readonly PatternCondition[] _conditions;
    private readonly int[] _start;

    /// <summary>The file's name.</summary>
    public string Name { get; }

    /// <summary>What the file records.</summary>
    public string Description { get; }

    /// <summary>The scenario the conditions were bound to.</summary>
    public string ScenarioName { get; }

    /// <summary>The patterns, in file order.</summary>
    public IReadOnlyList<RecordPattern> Patterns { get; }

    /// <summary>Number of patterns.</summary>
    public int Count => Patterns.Count;

    /// <summary>The mask with every pattern's bit set: the record, where every statement held.</summary>
    public ulong AllHeld => Count == 64 ? ulong.MaxValue : (1UL << Count) - 1;

    /// <summary>Which patterns held in the replicate just run in <paramref name="ws"/>: bit <c>p</c> for pattern <c>p</c>.</summary>
    internal ulong Evaluate(CompiledModel model, Workspace ws)
    {
        ulong mask = 0;
        for (int p = 0; p < _start.Length - 1; p++)
        {
            bool holds = true;
            for (int c = _start[p]; c < _start[p + 1] && holds; c++)
                holds = Holds(model, ws, _conditions[c]);
            if (holds) mask |= 1UL << p;
        }
        return mask;
    }

    /// <summary>
    /// Whether one condition holds. Meetings are replayed from what the kernel leaves in the workspace: held meetings,
    /// the meeting before which war began (<c>EscalatedAt</c>), and, under <c>endOnDecline</c>/<c>endOnWalkout</c>, the
    /// first failure ends the sequence (docs/model.md §8, §13.3), so that a meeting after it was never reached.
    /// </summary>
    private static bool Holds(CompiledModel model, Workspace ws, PatternCondition c)
    {
        bool value = c.Kind switch
        {
            PatternConditionKind.MeetingHeld => ws.MeetingHeld[c.Index],
            PatternConditionKind.MeetingDeclined => Reached(model, ws, c.Index) && !ws.MeetingHeld[c.Index],
            PatternConditionKind.MeetingWalkout => WalkoutMeeting(model, ws) == c.Index,
            PatternConditionKind.MeetingAgreed => AgreedAt(ws, c.Index),
            PatternConditionKind.ItemAgreed => ws.Agreed[c.Index],
            PatternConditionKind.Ending => (int)ws.Ending == c.Index,
            PatternConditionKind.War => War(ws, c.Index),
            PatternConditionKind.PartyWalkedOut => ws.WalkedOut[c.Index],
            PatternConditionKind.PartyEscalated => ws.Escalated[c.Index],
            PatternConditionKind.AnyWalkout => AnyWalkout(ws),
            _ => false,
        };
        return value == c.Expected;
    }

    // War began before meeting `before` was reached (EscalatedAt = that meeting or earlier); before = Meetings: by the
    // final decision (the kernel sets EscalatedAt = Meetings for war at the end, §13.3).
    private static bool War(Workspace ws, int before)
    {
        if (ws.EscalatedAt >= 0 && ws.EscalatedAt <= before) return true;
        if (ws.EscalatedAt >= 0) return false;
        foreach (bool e in ws.Escalated) if (e) return true;
        return false;
    }

    private static bool AnyWalkout(Workspace ws)
    {
        foreach (bool w in ws.WalkedOut) if (w) return true;
        return false;
    }

    private static bool AgreedAt(Workspace ws, int meeting)
    {
        for (int i = 0; i < ws.Agreed.Length; i++)
            if (ws.Agreed[i] && ws.AgreedMeeting[i] == meeting) return true;
        return false;
    }

    // A walkout ends the sequence under endOnWalkout, so it happened at the last meeting held; without that rule the
    // workspace does not say where, and the reader refuses meeting walkout conditions.
    private static int WalkoutMeeting(CompiledModel model, Workspace ws)
    {
        if (!model.Scenario.Rules.EndOnWalkout || !AnyWalkout(ws)) return -1;
        for (int m = model.Meetings - 1; m >= 0; m--)
            if (ws.MeetingHeld[m]) return m;
        return -1;
    }

    private static bool Reached(CompiledModel model, Workspace ws, int meeting)
    {
        int walkout = WalkoutMeeting(model, ws);
        for (int m = 0; m < model.Meetings; m++)
        {
            if (ws.EscalatedAt >= 0 && m >= ws.EscalatedAt) return false;
            if (m == meeting) return true;
            if (!ws.MeetingHeld[m] && model.Scenario.Rules.EndOnDecline) return false;
            if (m == walkout) return false;
        }
        return false;
    }
}
