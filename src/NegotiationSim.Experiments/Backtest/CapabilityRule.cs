namespace NegotiationSim.Experiments.Backtest;

/// <summary>
/// Where the actors' capabilities come from in a backtest (`--capability`): all equal, the Council votes of the time
/// (<see cref="Forecasting.CouncilVotes"/>), or a column of the file.
/// </summary>
/// <param name="Kind">Which source.</param>
/// <param name="Column">
/// For <see cref="CapabilitySource.Column"/>: in the long layout the name of the capability column; in the DEU wide
/// layout a prefix, the capability of actor X being in column PREFIX+X (e.g. <c>c</c> reads <c>ccom</c>, <c>cde</c>, …).
/// </param>
public sealed record CapabilityRule(CapabilitySource Kind, string? Column = null)
{
    /// <summary>Every actor has capability 1.</summary>
    public static CapabilityRule Equal { get; } = new(CapabilitySource.Equal);

    /// <summary>The Council votes of the time, the Commission and Parliament by procedure.</summary>
    public static CapabilityRule CouncilVotes { get; } = new(CapabilitySource.CouncilVotes);

    /// <summary>Reads the option's value: <c>equal</c>, <c>council-votes</c>, or anything else as a column name (prefix in the wide layout).</summary>
    public static CapabilityRule Parse(string? text)
    {
        string value = (text ?? "").Trim();
        if (value.Length == 0 || value.Equals("equal", StringComparison.OrdinalIgnoreCase)) return Equal;
        if (value.Equals("council-votes", StringComparison.OrdinalIgnoreCase)) return CouncilVotes;
        return new CapabilityRule(CapabilitySource.Column, value);
    }

    /// <summary>The option's value that gives this rule.</summary>
    public override string ToString() => Kind switch
    {
        CapabilitySource.Equal => "equal",
        CapabilitySource.CouncilVotes => "council-votes",
        _ => Column ?? "",
    };
}
