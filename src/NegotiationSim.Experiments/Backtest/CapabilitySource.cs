namespace NegotiationSim.Experiments.Backtest;

/// <summary>Where capabilities come from (<see cref="CapabilityRule"/>).</summary>
public enum CapabilitySource
{
    /// <summary>Every actor 1.</summary>
    Equal,
    /// <summary>Council votes of the time; Commission and Parliament by procedure.</summary>
    CouncilVotes,
    /// <summary>A column of the file.</summary>
    Column,
}
