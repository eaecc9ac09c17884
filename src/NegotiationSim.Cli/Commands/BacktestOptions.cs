namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim backtest` was asked to do.</summary>
/// <param name="File">The cases CSV (DEU wide layout or the long layout).</param>
/// <param name="Capability">--capability: equal, council-votes, or a column (a prefix in the DEU layout).</param>
/// <param name="Runs">Monte Carlo replicates per case, ≥ 1.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Out">Results folder, or null for results/backtest-NAME-TIMESTAMP.</param>
/// <param name="Threads">Worker threads, 0 = all cores.</param>
/// <param name="Force">Replace an existing results folder.</param>
/// <param name="NoPlots">Write the tables and backtest.json only.</param>
/// <param name="CrossValidate">Also cross-validate the mixture's shares by proposal on this file and report it.</param>
public sealed record BacktestOptions(
    string File, string Capability = "equal", int Runs = BacktestOptions.DefaultRuns, ulong Seed = BacktestOptions.DefaultSeed,
    string? Out = null, int Threads = 0, bool Force = false, bool NoPlots = false, bool CrossValidate = false)
{
    /// <summary>Replicates per case when none are asked for.</summary>
    public const int DefaultRuns = 1000;

    /// <summary>The seed when none is given.</summary>
    public const ulong DefaultSeed = 1;
}
