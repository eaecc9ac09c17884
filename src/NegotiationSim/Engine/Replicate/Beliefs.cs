using System.Runtime.CompilerServices;
using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Sampling;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// Private information and learning (docs/model.md §14): each typed initiator is resolute or irresolute (two costs of
/// war), every other party holds a belief — the probability that it is resolute — and updates it by Bayes' rule, in
/// closed form, after every observable event whose likelihood differs by type: the mobilisation signal, each decision
/// point at which no war began, and the initiator's responses to offers (eq. 15 per type's floor). Decisions at the
/// table use each party's own π0 (eq. 30 averaged over its belief). Static and allocation-free.
/// </summary>
internal static class Beliefs
{
    /// <summary>
    /// Draws each typed initiator's type and signal (two uniforms from its stream <c>war.types.&lt;id&gt;</c>, always
    /// both), sets its true cost of war (eq. 34), starts every observer at its prior and updates it on the signal (eq. 36).
    /// </summary>
    public static void Start(CompiledModel model, Workspace ws, ulong seed, long replicate, double trust0)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        int p = model.Parties;
        ws.MisperceivedSoFar = false;
        for (int k = 0; k < p; k++)
        {
            ws.EscalationSoFar[2 * k] = ws.EscalationSoFar[2 * k + 1] = 0;
            ws.Resolute[k] = false;
            ws.Mobilised[k] = false;
            if (!model.Typed[k]) continue;
            var rng = RandomStream.For(seed, replicate, model.TypeKey[k]);
            double type = rng.NextDouble(), signal = rng.NextDouble();
            bool resolute = type < prm[L.TypePrior + k];
            ws.Resolute[k] = resolute;
            double cost = prm[L.WarCost + k];
            ws.TypeCost[2 * k] = cost;
            ws.TypeCost[2 * k + 1] = cost + prm[L.TypeExtraCost + k];
            prm[L.WarCost + k] = ws.TypeCost[resolute ? 2 * k : 2 * k + 1];
            for (int a = 0; a < p; a++)
                if (a != k)
                    ws.Belief[a * p + k] = model.TypeKnown[k] ? (resolute ? 1 : 0)
                        : model.BeliefFromTrust[a * p + k] ? 1 - trust0
                        : model.BeliefFromPrior[a * p + k] ? prm[L.TypePrior + k] : prm[L.BeliefPrior + a * p + k];
            if (!model.HasSignal[k]) continue;
            double ifResolute = prm[L.MobilisesIfResolute + k], ifIrresolute = prm[L.MobilisesIfIrresolute + k];
            bool mobilised = signal < (resolute ? ifResolute : ifIrresolute);
            ws.Mobilised[k] = mobilised;
            double lr = mobilised ? ifResolute : 1 - ifResolute, li = mobilised ? ifIrresolute : 1 - ifIrresolute;
            for (int a = 0; a < p; a++)
                if (a != k) ws.Belief[a * p + k] = Update(ws.Belief[a * p + k], lr, li);
        }
    }

    /// <summary>
    /// Bayes' rule for two types (eq. 35): the posterior that the initiator is resolute after an event with likelihood
    /// <paramref name="resolute"/> under the resolute type and <paramref name="irresolute"/> under the irresolute one.
    /// An event impossible under every type the observer allows leaves the belief unchanged. A degenerate belief (0 or 1)
    /// stays exactly where it is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Update(double belief, double resolute, double irresolute)
    {
        double num = belief * resolute, den = num + (1 - belief) * irresolute;
        return den > 0 ? num / den : belief;
    }

    /// <summary>
    /// Before meeting <paramref name="meeting"/>, no war began (eq. 33 was not met): with one resolve uniform per
    /// replicate, type θ has kept the peace so far with probability 1 − max of its escalation probabilities at the
    /// decisions so far, so this decision's likelihood is the ratio of the new to the old survival (eq. 37). Every
    /// party observes it. A decision skipped because the rising power waits tells nothing.
    /// </summary>
    public static void ObserveNoWar(CompiledModel model, Workspace ws, double day)
    {
        var prm = ws.Parameters;
        var L = model.Layout;
        int p = model.Parties;
        double temperature = prm[L.EscalationTemperature];
        for (int k = 0; k < p; k++)
        {
            if (!model.Typed[k] || !model.CanEscalate[k] || !model.HasOutsideOption[k] || model.FixedOutsideOption[k]) continue;
            double lottery = ShadowOfWar.Lottery(model, ws, prm, L.Ideal, k, day, ws.StatusQuo);
            double later = ShadowOfWar.Lottery(model, ws, prm, L.Ideal, k, model.EscalationDay, ws.StatusQuo);
            double cost = prm[L.WarCost + k];
            // The same test as ShadowOfWar.Decide: the rising power waits, whatever its type.
            if (later - cost > lottery - cost + 1e-12) continue;
            double u = ShadowOfWar.Utility(model, ws, prm, L.Ideal, k, ws.StatusQuo);
            double lr = Survival(ws, 2 * k, ShadowOfWar.EscalationProbability(lottery - ws.TypeCost[2 * k], u, temperature));
            double li = Survival(ws, 2 * k + 1, ShadowOfWar.EscalationProbability(lottery - ws.TypeCost[2 * k + 1], u, temperature));
            for (int a = 0; a < p; a++)
                if (a != k) ws.Belief[a * p + k] = Update(ws.Belief[a * p + k], lr, li);
        }
    }

    /// <summary>The likelihood that type slot <paramref name="slot"/> keeps the peace at a decision with escalation probability <paramref name="now"/>, given that it has so far.</summary>
    private static double Survival(Workspace ws, int slot, double now)
    {
        double before = ws.EscalationSoFar[slot];
        double after = Math.Max(before, now);
        ws.EscalationSoFar[slot] = after;
        return before < 1 ? (1 - after) / (1 - before) : 0;
    }

    /// <summary>
    /// At the table (eq. 38): each typed initiator's escalation probability under each type, and every party's own
    /// π0 — the chance it believes that no deal leads to war: its belief-weighted mixture for a typed initiator other
    /// than itself, the truth for itself and for untyped initiators. With degenerate beliefs equal to the truth this is
    /// eq. 30 to the last bit.
    /// </summary>
    public static void AtTheTable(CompiledModel model, Workspace ws)
    {
        var prm = ws.Parameters;
        int p = model.Parties;
        double temperature = prm[model.Layout.EscalationTemperature];
        for (int k = 0; k < p; k++)
        {
            if (!model.Typed[k] || !model.CanEscalate[k] || !model.HasOutsideOption[k]) continue;
            double u = ws.TableUtility[k];
            if (model.FixedOutsideOption[k])
            {
                ws.TypeEscalation[2 * k] = ws.TypeEscalation[2 * k + 1] = ShadowOfWar.EscalationProbability(ws.TableOutsideOption[k], u, temperature);
                continue;
            }
            ws.TypeEscalation[2 * k] = ShadowOfWar.EscalationProbability(ws.TableLottery[k] - ws.TypeCost[2 * k], u, temperature);
            ws.TypeEscalation[2 * k + 1] = ShadowOfWar.EscalationProbability(ws.TableLottery[k] - ws.TypeCost[2 * k + 1], u, temperature);
        }
        for (int a = 0; a < p; a++)
        {
            double peace = 1, others = 1;
            for (int k = 0; k < p; k++)
            {
                if (!model.HasOutsideOption[k] || !model.CanEscalate[k]) continue;
                double escalates;
                if (!model.Typed[k] || k == a)
                    escalates = ShadowOfWar.EscalationProbability(ws.TableOutsideOption[k], ws.TableUtility[k], temperature);
                else
                {
                    double b = ws.Belief[a * p + k];
                    escalates = b * ws.TypeEscalation[2 * k] + (1 - b) * ws.TypeEscalation[2 * k + 1];
                }
                peace *= 1 - escalates;
                if (k != a) others *= 1 - escalates;
            }
            ws.NoDealWarOf[a] = 1 - peace;
            ws.PeaceFromOthers[a] = others;
        }
        // §14.5: decisions at this table were taken under a misperception if some belief favours the wrong type.
        if (!ws.MisperceivedSoFar) ws.MisperceivedSoFar = Misperceived(model, ws);
    }

    /// <summary>
    /// A typed initiator's floor under type <paramref name="type"/> (eq. 31 with that type's outside option and its own
    /// π0), what an observer needs to judge its responses; <paramref name="total"/> is its weight on the unit.
    /// </summary>
    public static double TypeFloor(CompiledModel model, Workspace ws, int a, int type, double reservation, double disagreement, double total)
    {
        double now = ws.TableUtility[a];
        double outside = model.FixedOutsideOption[a] ? ws.TableOutsideOption[a] : ws.TableLottery[a] - ws.TypeCost[2 * a + type];
        double noWar = model.CanEscalate[a] ? 1 - ws.TypeEscalation[2 * a + type] : 1;
        double war = 1 - noWar * ws.PeaceFromOthers[a];
        double noDeal = war * outside + (1 - war) * now;
        double floor = Math.Max(reservation, disagreement + (noDeal - now) / total);
        floor = Math.Max(floor, disagreement + (outside - now) / total);
        return Math.Min(floor, 1);
    }

    /// <summary>Starts the record of participant <paramref name="j"/>'s responses for a new negotiation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ResetResponses(Workspace ws, int j)
    {
        ws.Observed[j] = false;
        ws.TypeLikelihood[2 * j] = ws.TypeLikelihood[2 * j + 1] = 1;
        ws.TypeRejectedMax[2 * j] = ws.TypeRejectedMax[2 * j + 1] = double.NegativeInfinity;
        ws.TypeAcceptedMin[2 * j] = ws.TypeAcceptedMin[2 * j + 1] = double.PositiveInfinity;
    }

    /// <summary>
    /// Records a typed initiator's response to an offer worth <paramref name="utility"/> to it, inside its red lines
    /// (outside them every type refuses, which tells nothing): under each type, how far the offer lies above that type's
    /// aspiration, x_θ = U − α_θ(τ) (eq. 15). With one threshold per negotiation only the largest x_θ rejected and the
    /// smallest accepted matter (eq. 39); with a fresh coin per offer each response multiplies the likelihood.
    /// </summary>
    public static void Observe(Workspace ws, int j, double utility, double fraction, double temperature, bool accepted, bool perNegotiation)
    {
        ws.Observed[j] = true;
        for (int type = 0; type < 2; type++)
        {
            int at = 2 * j + type;
            double x = utility - ConcessionCurve.Aspiration(ws.TypeFloor[at], fraction);
            if (temperature <= 0)
            {
                // Strict acceptance: the response is certain under each type.
                if (accepted != (x >= 0)) ws.TypeLikelihood[at] = 0;
            }
            else if (perNegotiation)
            {
                if (accepted) ws.TypeAcceptedMin[at] = Math.Min(ws.TypeAcceptedMin[at], x);
                else ws.TypeRejectedMax[at] = Math.Max(ws.TypeRejectedMax[at], x);
            }
            else
            {
                double chance = 1 / (1 + Math.Exp(-x / temperature));
                ws.TypeLikelihood[at] *= accepted ? chance : 1 - chance;
            }
        }
    }

    /// <summary>
    /// After a negotiation of meeting <paramref name="meeting"/>: every participant updates its belief about each typed
    /// initiator whose responses it saw, with the likelihood of all of them (eq. 39).
    /// </summary>
    public static void AfterNegotiation(CompiledModel model, Workspace ws, int meeting)
    {
        var prm = ws.Parameters;
        int first = model.ParticipantStart[meeting], np = model.ParticipantStart[meeting + 1] - first, p = model.Parties;
        for (int j = 0; j < np; j++)
        {
            if (!ws.Observed[j]) continue;
            int k = model.Participants[first + j];
            double temperature = prm[model.Layout.AcceptanceTemperature + k];
            double lr = ws.TypeLikelihood[2 * j], li = ws.TypeLikelihood[2 * j + 1];
            if (model.AcceptancePerNegotiation && temperature > 0)
            {
                lr *= Math.Max(0, Sigmoid(ws.TypeAcceptedMin[2 * j] / temperature) - Sigmoid(ws.TypeRejectedMax[2 * j] / temperature));
                li *= Math.Max(0, Sigmoid(ws.TypeAcceptedMin[2 * j + 1] / temperature) - Sigmoid(ws.TypeRejectedMax[2 * j + 1] / temperature));
            }
            // Absent stakeholders (§15.3) come last and see nothing.
            for (int q = 0; q < model.SilentStart[meeting] - first; q++)
            {
                int a = model.Participants[first + q];
                if (a != k) ws.Belief[a * p + k] = Update(ws.Belief[a * p + k], lr, li);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Whether some observer's belief about some typed initiator favours the wrong type: |b − 1[resolute]| &gt; ½ (§14.5).</summary>
    public static bool Misperceived(CompiledModel model, Workspace ws)
    {
        int p = model.Parties;
        for (int n = 0; n < model.PairObserver.Length; n++)
        {
            int a = model.PairObserver[n], k = model.PairInitiator[n];
            double truth = ws.Resolute[k] ? 1 : 0;
            if (Math.Abs(ws.Belief[a * p + k] - truth) > 0.5) return true;
        }
        return false;
    }

    /// <summary>Writes every pair's current belief into the row's slot <paramref name="slot"/> (0: after the signal; m + 1: after meeting m).</summary>
    public static void Record(CompiledModel model, Workspace ws, OutcomeRowLayout R, Span<double> row, int slot)
    {
        int p = model.Parties, slots = model.Meetings + 1;
        for (int n = 0; n < model.PairObserver.Length; n++)
            row[R.Beliefs + n * slots + slot] = ws.Belief[model.PairObserver[n] * p + model.PairInitiator[n]];
    }
}
