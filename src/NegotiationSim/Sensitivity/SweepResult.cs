namespace NegotiationSim.Sensitivity;

/// <summary>A finished parameter sweep: what was varied and every point's estimates.</summary>
/// <param name="Parameters">The swept settings' paths, e.g. <c>parties.russia.outsideOption</c>.</param>
/// <param name="Points">Every point, in run order.</param>
/// <param name="ReplicatesPerPoint">Monte Carlo replicates at each point.</param>
public sealed record SweepResult(IReadOnlyList<string> Parameters, IReadOnlyList<SweepPoint> Points, long ReplicatesPerPoint);
