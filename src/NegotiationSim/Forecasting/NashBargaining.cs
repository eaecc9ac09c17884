namespace NegotiationSim.Forecasting;

/// <summary>
/// The Nash bargaining solution of one case with the reference point as disagreement point (Nash 1950; docs/model.md
/// §7.2 for the project's own, unweighted, many-item version). On one dimension with linear loss (eq. 2, k = 1) actor
/// a's gain over the reference point r at x is g_a(x) = |r − x_a| − |x − x_a|. The solution maximises the generalised
/// (asymmetric) Nash product Π_a g_a(x)^(c_a·s_a) over the actors with capability × salience c_a·s_a &gt; 0: bargaining
/// power is weighted as in the compromise model, so that the two models differ only in the disagreement point.
/// </summary>
/// <remarks>
/// The product is positive only where every weighted actor gains, i.e. on the intersection of the intervals
/// (x_a − |r − x_a|, x_a + |r − x_a|). On it, the log of the product is a sum of concave functions, so a golden-section
/// search finds its maximum (or, when the maximum is a kink, an actor's ideal, that ideal). The intersection is empty as soon as weighted actors stand on both sides of r, or one
/// stands at r: then no outcome gives everybody a gain, the solution is not defined, and, as in §7.2, the compromise
/// point is used instead (<see cref="Result.Defined"/> says which).
/// </remarks>
public static class NashBargaining
{
    /// <summary>The forecast and whether the Nash solution was defined (false: it is the compromise point).</summary>
    /// <param name="Value">The forecast on the case's scale; NaN when the case has no reference point.</param>
    /// <param name="Defined">True when some outcome gives every weighted actor a positive gain.</param>
    public readonly record struct Result(double Value, bool Defined);

    private const int Iterations = 200;

    /// <summary>Solves <paramref name="case"/>; NaN (not defined) when it has no reference point.</summary>
    public static Result Solve(NegotiationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!@case.HasReferencePoint) return new Result(double.NaN, false);
        double r = @case.ReferencePoint;
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity;
        bool anyWeight = false;
        foreach (var a in @case.Actors)
        {
            if (!(a.Capability * a.Salience > 0)) continue;
            anyWeight = true;
            double reach = Math.Abs(r - a.Position);
            lo = Math.Max(lo, a.Position - reach);
            hi = Math.Min(hi, a.Position + reach);
        }
        if (!anyWeight || !(lo < hi)) return new Result(PointForecasts.Compromise(@case), false);

        // Golden-section search for the maximum of the concave log Nash product on (lo, hi).
        double invPhi = (Math.Sqrt(5) - 1) / 2;
        double a0 = lo, b0 = hi;
        double c = b0 - invPhi * (b0 - a0), d = a0 + invPhi * (b0 - a0);
        double fc = LogProduct(@case, r, c), fd = LogProduct(@case, r, d);
        for (int i = 0; i < Iterations && b0 - a0 > 1e-12; i++)
        {
            if (fc >= fd) { b0 = d; d = c; fd = fc; c = b0 - invPhi * (b0 - a0); fc = LogProduct(@case, r, c); }
            else { a0 = c; c = d; fc = fd; d = a0 + invPhi * (b0 - a0); fd = LogProduct(@case, r, d); }
        }
        // The maximum often sits on a kink, an actor's ideal, where the search only closes in on it: take the best of
        // the search's point and every ideal inside the interval. An ideal within rounding of the search's value wins:
        // next to a kink the two differ by far less than the log's rounding.
        double best = (a0 + b0) / 2, bestValue = LogProduct(@case, r, best);
        double tolerance = 1e-12 * Math.Max(1, Math.Abs(bestValue));
        bool atIdeal = false;
        foreach (var a in @case.Actors)
        {
            if (!(a.Position > lo && a.Position < hi)) continue;
            double value = LogProduct(@case, r, a.Position);
            if (value > bestValue + (atIdeal ? 0 : -tolerance)) { best = a.Position; bestValue = value; atIdeal = true; }
        }
        return new Result(best, true);
    }

    /// <summary>Σ c·s·ln g(x) over the weighted actors; −∞ where some weighted actor does not gain.</summary>
    internal static double LogProduct(NegotiationCase @case, double referencePoint, double x)
    {
        double sum = 0;
        foreach (var a in @case.Actors)
        {
            double w = a.Capability * a.Salience;
            if (!(w > 0)) continue;
            double gain = Math.Abs(referencePoint - a.Position) - Math.Abs(x - a.Position);
            if (!(gain > 0)) return double.NegativeInfinity;
            sum += w * Math.Log(gain);
        }
        return sum;
    }
}
