namespace NegotiationSim.Scenarios;

/// <summary>The interval of an agenda item a party will accept at all; outcomes outside it are refused whatever the utility.</summary>
/// <param name="Min">Lowest acceptable value, in [0, 1].</param>
/// <param name="Max">Highest acceptable value, in [Min, 1].</param>
public sealed record RedLine(double Min, double Max)
{
    /// <summary>No red line: every value in [0, 1] is acceptable.</summary>
    public static RedLine None { get; } = new(0, 1);

    /// <summary>True when <paramref name="value"/> is acceptable.</summary>
    public bool Allows(double value) => value >= Min && value <= Max;
}
