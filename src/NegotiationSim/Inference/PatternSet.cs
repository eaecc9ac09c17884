using NegotiationSim.Engine.Replicate;

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

    /// <summary>Which patterns held in one replicate, read from its outcome row: bit <c>p</c> for pattern <c>p</c>.</summary>
    internal ulong Evaluate(OutcomeRowLayout R, ReadOnlySpan<double> row)
    {
        ulong mask = 0;
        for (int p = 0; p < _start.Length - 1; p++)
        {
            bool holds = true;
            for (int c = _start[p]; c < _start[p + 1] && holds; c++)
                holds = Holds(R, row, _conditions[c]);
            if (holds) mask |= 1UL << p;
        }
        return mask;
    }

    /// <summary>Whether one condition holds in the replicate whose outcome row is <paramref name="row"/>.</summary>
    private static bool Holds(OutcomeRowLayout R, ReadOnlySpan<double> row, PatternCondition c)
    {
        bool value = c.Kind switch
        {
            PatternConditionKind.MeetingHeld => row[R.MeetingHeld + c.Index] != 0,
            PatternConditionKind.MeetingDeclined => row[R.MeetingDeclined + c.Index] != 0,
            PatternConditionKind.MeetingWalkout => row[R.MeetingWalkout + c.Index] != 0,
            PatternConditionKind.MeetingAgreed => row[R.MeetingAgreement + c.Index] != 0,
            PatternConditionKind.ItemAgreed => row[R.ItemAgreed + c.Index] != 0,
            PatternConditionKind.Ending => (int)row[R.Ending] == c.Index,
            PatternConditionKind.War => War(R, row, c.Index),
            PatternConditionKind.PartyWalkedOut => row[R.PartyWalkedOut + c.Index] != 0,
            PatternConditionKind.PartyEscalated => row[R.PartyEscalated + c.Index] != 0,
            PatternConditionKind.AnyWalkout => row.Slice(R.PartyWalkedOut, R.Parties).IndexOfAnyExcept(0.0) >= 0,
            _ => false,
        };
        return value == c.Expected;
    }

    // War began before meeting `before` was reached (EscalatedAt = that meeting or earlier); before = Meetings: by the
    // final decision (the kernel sets EscalatedAt = Meetings for war at the end, §13.3).
    private static bool War(OutcomeRowLayout R, ReadOnlySpan<double> row, int before)
    {
        int escalatedAt = (int)row[R.EscalatedAt];
        if (escalatedAt >= 0) return escalatedAt <= before;
        return row.Slice(R.PartyEscalated, R.Parties).IndexOfAnyExcept(0.0) >= 0;
    }
}
