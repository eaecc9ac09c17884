using NegotiationSim.Engine.Compilation;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// The benchmarks a replicate's outcome is compared with (docs/model.md §7), on the whole agenda with each party's own
/// ideals and saliences: the compromise model (Achen 2006), and the Nash bargaining solution with the initial status
/// quo as disagreement point. The Nash solution is found by coordinate ascent on the Nash product Π(u − d)⁺ over
/// candidate values per item (every party's ideal and the status quo, the kinks of the piecewise-linear utilities),
/// three sweeps, starting from the compromise point: cheap enough to run on every replicate, and exact whenever the
/// optimum lies on those candidates.
/// </summary>
internal static class BargainingSolutions
{
    private const int Sweeps = 3;

    public static void Compute(CompiledModel model, Workspace ws)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        int items = model.Items, parties = model.Parties, k = model.LossExponent;

        for (int a = 0; a < parties; a++)
            ws.StatusQuoUtility[a] = ReplicateKernel.OwnUtility(ws, prm, L, a, items, k, ws.InitialStatusQuo);

        // Compromise model: capability × salience weighted mean of the ideals.
        for (int i = 0; i < items; i++)
        {
            double num = 0, den = 0;
            for (int a = 0; a < parties; a++)
            {
                double w = prm[L.Capability + a] * ws.Weight[a * items + i];
                num += w * prm[L.Ideal + a * items + i];
                den += w;
            }
            ws.Compromise[i] = den > 0 ? num / den : ws.InitialStatusQuo[i];
            ws.Nash[i] = ws.Compromise[i];
        }

        var u = ws.NashUtility;
        for (int a = 0; a < parties; a++) u[a] = ReplicateKernel.OwnUtility(ws, prm, L, a, items, k, ws.Nash);
        double best = NashProduct(ws, u, parties);

        for (int sweep = 0; sweep < Sweeps; sweep++)
        {
            bool improved = false;
            for (int i = 0; i < items; i++)
            {
                double current = ws.Nash[i], chosen = current;
                for (int cand = 0; cand <= parties; cand++)
                {
                    // Candidates: the ideals of the parties that care about the item, and the status quo.
                    if (cand < parties && ws.Weight[cand * items + i] <= 0) continue;
                    double x = cand < parties ? prm[L.Ideal + cand * items + i] : ws.InitialStatusQuo[i];
                    if (x == current) continue;
                    double product = 1;
                    for (int a = 0; a < parties && product > 0; a++)
                    {
                        double w = ws.Weight[a * items + i], p = prm[L.Ideal + a * items + i];
                        double ua = u[a] + w * (AlternatingOffers.Loss(current - p, k) - AlternatingOffers.Loss(x - p, k));
                        double surplus = ua - ws.StatusQuoUtility[a];
                        product = surplus > 0 ? product * surplus : 0;
                    }
                    if (product > best) { best = product; chosen = x; }
                }
                if (chosen != current)
                {
                    for (int a = 0; a < parties; a++)
                    {
                        double w = ws.Weight[a * items + i], p = prm[L.Ideal + a * items + i];
                        u[a] += w * (AlternatingOffers.Loss(current - p, k) - AlternatingOffers.Loss(chosen - p, k));
                    }
                    ws.Nash[i] = chosen;
                    improved = true;
                }
            }
            if (!improved) break;
        }

        double distance = 0;
        for (int i = 0; i < items; i++) distance += Math.Abs(ws.StatusQuo[i] - ws.Nash[i]);
        ws.NashDistance = distance / items;

        double outcomeProduct = NashProduct(ws, ws.Utility, parties);
        ws.NashFound = best > 0;
        ws.NashProductRatio = best > 0 ? Math.Min(1, outcomeProduct / best) : -1;

        double gap = double.MaxValue;
        for (int a = 0; a < parties; a++) gap = Math.Min(gap, u[a] - ws.Utility[a]);
        ws.ParetoDominated = gap > 1e-9;
        ws.ParetoGap = Math.Max(0, gap);
    }

    /// <summary>
    /// Whether the war payoffs leave a bargaining range (docs/model.md §13.2, eq. 32): some outcome x with
    /// u_a(x) ≥ o_a for every party a, where o_a is the outside option on day <paramref name="day"/> with the initial
    /// status quo as the state of the world. Searched like the Nash solution (§7.2): coordinate ascent on the smallest
    /// slack min_a (u_a(x) − o_a) over the same candidates, from the compromise point, three sweeps. A range found
    /// exists; a range not found may still exist off the candidates (a lower bound, as for the Nash solution).
    /// Parties without an outside option have none to beat and do not constrain the range.
    /// </summary>
    public static bool RangeExists(CompiledModel model, Workspace ws, double day)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        int items = model.Items, parties = model.Parties, k = model.LossExponent;
        var x = ws.RangePoint; var slack = ws.RangeSlack; var outside = ws.RangeOutside;
        Array.Copy(ws.Compromise, x, items);
        double best = double.MaxValue;
        for (int a = 0; a < parties; a++)
        {
            outside[a] = model.HasOutsideOption[a]
                ? ShadowOfWar.OutsideOption(model, ws, prm, L.Ideal, a, day, ws.InitialStatusQuo)
                : double.NegativeInfinity;
            slack[a] = ReplicateKernel.OwnUtility(ws, prm, L, a, items, k, x) - outside[a];
            best = Math.Min(best, slack[a]);
        }
        for (int sweep = 0; sweep < Sweeps && best < 0; sweep++)
        {
            bool improved = false;
            for (int i = 0; i < items; i++)
            {
                double current = x[i], chosen = current;
                for (int cand = 0; cand <= parties; cand++)
                {
                    if (cand < parties && ws.Weight[cand * items + i] <= 0) continue;
                    double v = cand < parties ? prm[L.Ideal + cand * items + i] : ws.InitialStatusQuo[i];
                    if (v == current) continue;
                    double worst = double.MaxValue;
                    for (int a = 0; a < parties; a++)
                    {
                        double w = ws.Weight[a * items + i], p = prm[L.Ideal + a * items + i];
                        worst = Math.Min(worst, slack[a] + w * (AlternatingOffers.Loss(current - p, k) - AlternatingOffers.Loss(v - p, k)));
                    }
                    if (worst > best) { best = worst; chosen = v; }
                }
                if (chosen != current)
                {
                    for (int a = 0; a < parties; a++)
                    {
                        double w = ws.Weight[a * items + i], p = prm[L.Ideal + a * items + i];
                        slack[a] += w * (AlternatingOffers.Loss(current - p, k) - AlternatingOffers.Loss(chosen - p, k));
                    }
                    x[i] = chosen;
                    improved = true;
                }
            }
            if (!improved) break;
        }
        return best >= 0;
    }

    private static double NashProduct(Workspace ws, double[] utility, int parties)
    {
        double product = 1;
        for (int a = 0; a < parties; a++)
        {
            double surplus = utility[a] - ws.StatusQuoUtility[a];
            if (surplus <= 0) return 0;
            product *= surplus;
        }
        return product;
    }
}
