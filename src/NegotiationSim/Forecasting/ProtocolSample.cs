namespace NegotiationSim.Forecasting;

/// <summary>The replicates of a Monte Carlo forecast of one case, in replicate order.</summary>
/// <param name="Values">The value at the end of each replicate, on the case's 0–100 scale.</param>
/// <param name="Agreed">Whether each replicate reached an agreement (otherwise its value is the reference point).</param>
public sealed record ProtocolSample(double[] Values, bool[] Agreed)
{
    /// <summary>Share of replicates that reached an agreement; NaN for an empty sample.</summary>
    public double AgreementRate => Values.Length == 0 ? double.NaN : (double)Agreed.Count(a => a) / Agreed.Length;
}
