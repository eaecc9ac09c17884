namespace NegotiationSim.Forecasting;

/// <summary>
/// The deterministic forecasts of one case's outcome, on the case's 0–100 scale: the baselines the DEU literature
/// compares every model with (Thomson et al. 2006; Achen 2006) and the compromise model. A forecast a model cannot
/// make for a case (no reference point, no Commission position) is NaN, and the case is then left out of that
/// model's score.
/// </summary>
public static class PointForecasts
{
    /// <summary>The actor code of the European Commission in the DEU data.</summary>
    public const string CommissionActor = "com";

    /// <summary>The middle of the scale, 50: knows nothing of the case.</summary>
    public static double Constant50(NegotiationCase @case) => 50;

    /// <summary>The reference point (nothing changes), or NaN where it is not coded.</summary>
    public static double ReferencePoint(NegotiationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.ReferencePoint;
    }

    /// <summary>The plain mean of the involved actors' positions.</summary>
    public static double Mean(NegotiationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        double sum = 0;
        foreach (var a in @case.Actors) sum += a.Position;
        return sum / @case.Actors.Count;
    }

    /// <summary>The median of the positions; with an even number of actors the mean of the two middle positions.</summary>
    public static double Median(NegotiationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var x = new double[@case.Actors.Count];
        for (int i = 0; i < x.Length; i++) x[i] = @case.Actors[i].Position;
        Array.Sort(x);
        int n = x.Length;
        return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }

    /// <summary>The Commission's position (the proposal as tabled), or NaN when the Commission took none.</summary>
    public static double Commission(NegotiationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        foreach (var a in @case.Actors)
            if (a.Name == CommissionActor) return a.Position;
        return double.NaN;
    }

    /// <summary>
    /// The compromise model (Achen 2006; docs/model.md §7.1, eq. 21 on one item with raw saliences): the mean of the
    /// positions weighted by capability × salience. Where every weight is 0 it falls back to the plain mean, since
    /// nobody then pulls the outcome anywhere (eq. 21 falls back to the status quo, which DEU does not always code).
    /// </summary>
    public static double Compromise(NegotiationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        double num = 0, den = 0;
        foreach (var a in @case.Actors)
        {
            double w = a.Capability * a.Salience;
            num += w * a.Position;
            den += w;
        }
        return den > 0 ? num / den : Mean(@case);
    }
}
