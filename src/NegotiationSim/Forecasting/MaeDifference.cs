namespace NegotiationSim.Forecasting;

/// <summary>
/// A model's mean absolute error minus the baseline's on the cases both forecast, with a paired bootstrap 95%
/// interval. Negative means the model did better.
/// </summary>
/// <param name="Model">The model.</param>
/// <param name="Baseline">The model it is compared with (the compromise model).</param>
/// <param name="Issues">Cases both models forecast and that have an outcome.</param>
/// <param name="Difference">MAE(model) − MAE(baseline) on those cases.</param>
/// <param name="Lower">2.5% percentile of the bootstrap distribution.</param>
/// <param name="Upper">97.5% percentile.</param>
public sealed record MaeDifference(string Model, string Baseline, int Issues, double Difference, double Lower, double Upper)
{
    /// <summary>True when the interval contains 0: the data cannot tell the two models apart.</summary>
    public bool IsNoise => !(Lower > 0 || Upper < 0);
}
