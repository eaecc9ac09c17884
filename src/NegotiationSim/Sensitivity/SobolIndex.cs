namespace NegotiationSim.Sensitivity;

/// <summary>One input's Sobol' indices with bootstrap 95% intervals (NaN when the output does not vary).</summary>
/// <param name="Parameter">0-based input index.</param>
/// <param name="First">First-order index S_i (Saltelli et al. 2010): the share of output variance explained by input i alone.</param>
/// <param name="FirstLower">2.5% bootstrap quantile of S_i.</param>
/// <param name="FirstUpper">97.5% bootstrap quantile of S_i.</param>
/// <param name="Total">Total index S_Ti (Jansen 1999): the share involving input i, its interactions included.</param>
/// <param name="TotalLower">2.5% bootstrap quantile of S_Ti.</param>
/// <param name="TotalUpper">97.5% bootstrap quantile of S_Ti.</param>
public sealed record SobolIndex(int Parameter, double First, double FirstLower, double FirstUpper, double Total, double TotalLower, double TotalUpper);
