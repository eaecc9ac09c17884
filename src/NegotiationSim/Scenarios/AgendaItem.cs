using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>
/// One policy dimension on [0, 1] (docs/model.md §2): 0 is the <see cref="LowLabel"/> end, 1 the <see cref="HighLabel"/> end.
/// </summary>
/// <param name="Id">Short identifier used in files and tables (e.g. "ukraine").</param>
/// <param name="Name">Human-readable name for plots.</param>
/// <param name="LowLabel">What 0 means.</param>
/// <param name="HighLabel">What 1 means.</param>
/// <param name="StatusQuo">What holds without a deal, in [0, 1].</param>
public sealed record AgendaItem(string Id, string Name, string LowLabel, string HighLabel, Distribution StatusQuo);
