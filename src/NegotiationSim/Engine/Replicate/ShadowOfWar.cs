using System.Runtime.CompilerServices;
using NegotiationSim.Engine.Compilation;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// War as every party's outside option (docs/model.md §13.1–13.3; Fearon 1995, Powell 1999): the war lottery's value
/// to each party, the chance that no deal leads to war, and the escalation decision. Static and allocation-free.
/// </summary>
internal static class ShadowOfWar
{
    /// <summary>The initiators' chance of prevailing on day <paramref name="day"/> (eq. 28): linear between the dated values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PrevailChance(CompiledModel model, double[] prm, double day)
    {
        var L = model.Layout;
        double start = prm[L.WarPrevailsStart], end = prm[L.WarPrevailsEnd];
        if (double.IsNaN(day) || double.IsNaN(model.WarStartDay)) return start;
        if (day <= model.WarStartDay) return start;
        if (day >= model.WarEndDay || model.WarEndDay <= model.WarStartDay) return end;
        return start + (end - start) * (day - model.WarStartDay) / (model.WarEndDay - model.WarStartDay);
    }

    /// <summary>
    /// Party <paramref name="a"/>'s outside option on day <paramref name="day"/>, given the state of the world
    /// <paramref name="state"/> (eq. 29): its fixed value if the file gives one, otherwise
    /// p·u(x⁺) + (1 − p)·u(x⁻) − cost, with the item values after war won (x⁺) or lost (x⁻), and every item the war
    /// does not decide at its value in <paramref name="state"/>. Utilities use the ideals in <paramref name="ideals"/>
    /// (own ideals at escalation decisions, bloc-adjusted ones at the table).
    /// </summary>
    public static double OutsideOption(CompiledModel model, Workspace ws, double[] ideals, int idealBase, int a, double day, double[] state)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        if (model.FixedOutsideOption[a]) return prm[L.OutsideOption + a];
        return Lottery(model, ws, ideals, idealBase, a, day, state) - prm[L.WarCost + a];
    }

    /// <summary>The war lottery's value to party <paramref name="a"/> before its cost: eq. 29 without −c_a.</summary>
    public static double Lottery(CompiledModel model, Workspace ws, double[] ideals, int idealBase, int a, double day, double[] state)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        int items = model.Items, k = model.LossExponent;
        double lossWon = 0, lossLost = 0;
        for (int i = 0; i < items; i++)
        {
            double w = ws.Weight[a * items + i];
            if (w <= 0) continue;
            double ideal = ideals[idealBase + a * items + i];
            double won = model.WarSetsPrevails[i] ? prm[L.WarIfPrevails + i] : state[i];
            double lost = model.WarSetsFails[i] ? prm[L.WarIfFails + i] : state[i];
            lossWon += w * AlternatingOffers.Loss(won - ideal, k);
            lossLost += w * AlternatingOffers.Loss(lost - ideal, k);
        }
        double p = PrevailChance(model, prm, day);
        return p * (1 - lossWon) + (1 - p) * (1 - lossLost);
    }

    /// <summary>A party's utility of <paramref name="x"/> over all items with the given ideals (eq. 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Utility(CompiledModel model, Workspace ws, double[] ideals, int idealBase, int a, double[] x)
    {
        int items = model.Items, k = model.LossExponent;
        double loss = 0;
        for (int i = 0; i < items; i++)
            loss += ws.Weight[a * items + i] * AlternatingOffers.Loss(x[i] - ideals[idealBase + a * items + i], k);
        return 1 - loss;
    }

    /// <summary>The escalation probability σ((o − U)/T) of eq. 20.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EscalationProbability(double outside, double utility, double temperature) =>
        1 / (1 + Math.Exp(-(outside - utility) / temperature));

    /// <summary>
    /// The decision before a meeting (§13.3, eq. 33): every party that can start the war compares its outside option on
    /// <paramref name="day"/> with what it holds now, and starts it when its resolve uniform (drawn once per replicate)
    /// falls below σ((o − u)/T) — unless waiting pays: a party whose war would be worth more on the day of the final
    /// decision (its chance of prevailing still rising) waits for it, as a rising power does (Fearon 1995, §4 on
    /// shifting power; Powell 2006). True when some party started the war.
    /// </summary>
    public static bool Decide(CompiledModel model, Workspace ws, double day)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        double temperature = prm[L.EscalationTemperature];
        bool any = false;
        for (int a = 0; a < model.Parties; a++)
        {
            if (!model.CanEscalate[a] || !model.HasOutsideOption[a]) continue;
            double o = OutsideOption(model, ws, prm, L.Ideal, a, day, ws.StatusQuo);
            if (OutsideOption(model, ws, prm, L.Ideal, a, model.EscalationDay, ws.StatusQuo) > o + 1e-12) continue;
            double u = Utility(model, ws, prm, L.Ideal, a, ws.StatusQuo);
            if (ws.EscalationUniform[a] < EscalationProbability(o, u, temperature)) { ws.Escalated[a] = true; any = true; }
        }
        return any;
    }

    /// <summary>
    /// Fills <c>ws.NoDealWar</c> with the probability that no deal in a negotiation on day <paramref name="day"/> leads to
    /// war (eq. 30), and <c>ws.TableOutsideOption</c> with every party's outside option at the table, both with the
    /// parties' bloc-adjusted ideals and the current status quo; <c>ws.TableUtility</c> gets each party's utility of
    /// the current status quo on the same terms.
    /// </summary>
    public static void AtTheTable(CompiledModel model, Workspace ws, double day)
    {
        var prm = ws.Parameters;
        double temperature = prm[model.Layout.EscalationTemperature];
        double peace = 1;
        for (int a = 0; a < model.Parties; a++)
        {
            double u = Utility(model, ws, ws.Ideal, 0, a, ws.StatusQuo);
            ws.TableUtility[a] = u;
            if (!model.HasOutsideOption[a]) continue;
            double o;
            if (model.FixedOutsideOption[a]) o = prm[model.Layout.OutsideOption + a];
            else
            {
                double lottery = Lottery(model, ws, ws.Ideal, 0, a, day, ws.StatusQuo);
                ws.TableLottery[a] = lottery;
                o = lottery - prm[model.Layout.WarCost + a];
            }
            ws.TableOutsideOption[a] = o;
            if (model.CanEscalate[a]) peace *= 1 - EscalationProbability(o, u, temperature);
        }
        ws.NoDealWar = 1 - peace;
        // §14: each party's own π0, against its beliefs about the initiators' types.
        if (model.HasTypes) Beliefs.AtTheTable(model, ws);
    }
}
