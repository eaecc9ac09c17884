namespace NegotiationSim.Outcomes;

/// <summary>
/// One arm's estimate of one metric, with its 95% interval, and its paired difference to the base arm with a 95%
/// interval. The difference fields are NaN for the base itself and where either arm lacks the metric.
/// </summary>
/// <param name="Arm">The arm's name.</param>
/// <param name="Present">Whether the arm has the metric at all (e.g. a meeting it holds); all numbers are NaN when not.</param>
/// <param name="Estimate">Share of replicates (probability) or mean.</param>
/// <param name="Lower">Lower end of the 95% interval (Wilson for a probability, normal for a mean).</param>
/// <param name="Upper">Upper end of the 95% interval.</param>
/// <param name="Difference">Mean over replicates of (this arm − base), replicate by replicate.</param>
/// <param name="DifferenceLower">Lower end of the 95% normal interval of the difference: mean ± 1.96 sd/√n of the per-replicate differences.</param>
/// <param name="DifferenceUpper">Upper end of that interval.</param>
/// <param name="DifferenceStandardError">sd/√n of the per-replicate differences.</param>
public sealed record ArmEstimate(
    string Arm, bool Present, double Estimate, double Lower, double Upper,
    double Difference, double DifferenceLower, double DifferenceUpper, double DifferenceStandardError);
