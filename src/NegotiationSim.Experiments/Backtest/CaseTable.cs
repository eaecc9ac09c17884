using NegotiationSim.Forecasting;

namespace NegotiationSim.Experiments.Backtest;

/// <summary>The cases of a backtest file.</summary>
/// <param name="Layout">"wide" (the DEU layout) or "long" (one row per case and actor).</param>
/// <param name="Cases">The cases with at least one involved actor, in file order.</param>
/// <param name="WithoutPositions">Ids of cases in the file where no actor took a position; they cannot be forecast and are left out.</param>
public sealed record CaseTable(string Layout, IReadOnlyList<NegotiationCase> Cases, IReadOnlyList<string> WithoutPositions);
