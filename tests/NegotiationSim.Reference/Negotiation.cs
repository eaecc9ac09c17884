using NegotiationSim.Scenarios;

namespace NegotiationSim.Reference;

/// <summary>How one negotiation ended (§4.6–4.8).</summary>
/// <param name="Agreed">Every counting responder accepted the offer on the table.</param>
/// <param name="RoundsPlayed">Rounds played, 1-based; an agreement came in the last of them.</param>
/// <param name="WalkedOut">The party that walked out, or null.</param>
/// <param name="Offer">The last offer on the table, per unit item; on agreement, the agreed values.</param>
internal sealed record NegotiationOutcome(bool Agreed, int RoundsPlayed, PartyState? WalkedOut, IReadOnlyList<double> Offer);

/// <summary>
/// The alternating-offers protocol (docs/model.md §4) for one unit U: the open items of a package meeting, or one item of
/// an item-by-item meeting. Written for reading, not speed; where the engine evaluates an expression in a particular
/// (mathematically equivalent) order, the comment says so and this code does the same, so that results are bit-identical.
/// </summary>
internal sealed class Negotiation
{
    private readonly IReadOnlyList<Side> _sides;
    private readonly IReadOnlyList<ProposalPlan> _plans;
    private readonly int _rounds, _k;
    private readonly Dice _dice;

    private Negotiation(IReadOnlyList<PartyState> participants, IReadOnlyList<Side> sides, IReadOnlyList<int> unit, int rounds, int k,
        IReadOnlyList<double> statusQuo, Dice dice)
    {
        _sides = sides;
        _rounds = rounds;
        _k = k;
        _dice = dice;
        var negotiators = participants
            .Select(p => new Negotiator(p, sides.Single(s => s.Members.Contains(p)), unit, statusQuo, k))
            .ToList();
        _plans = sides.Select(s => new ProposalPlan(s, negotiators, unit, k)).ToList();
    }

    /// <summary>Negotiates <paramref name="unit"/> (item indices, agenda order) for at most <paramref name="rounds"/> rounds.</summary>
    public static NegotiationOutcome Run(IReadOnlyList<PartyState> participants, IReadOnlyList<Side> sides, IReadOnlyList<int> unit,
        int rounds, int k, IReadOnlyList<double> statusQuo, Dice dice) =>
        new Negotiation(participants, sides, unit, rounds, k, statusQuo, dice).Play();

    private NegotiationOutcome Play()
    {
        double[] offer = [];
        for (int t = 0; t < _rounds; t++)
        {
            double lnTau = LogTime(t);
            var plan = _plans[t % _sides.Count];   // §3.2: side t mod S proposes, through its leader
            var proposer = plan.Proposer;
            offer = BuildOffer(plan, proposer, budget: 1 - proposer.Aspiration(lnTau));

            // §4.6: counting responders are asked in participant order; the first refusal ends the asking.
            bool agreed = true;
            foreach (var responder in plan.Responders)
            {
                if (!responder.Side.Counts(responder.Party)) continue;
                if (!Accepts(responder, offer, lnTau)) { agreed = false; break; }
            }
            if (agreed) return new NegotiationOutcome(true, t + 1, null, offer);

            // §4.7: every responder, counting or not, in participant order, may walk out while the offer is worse than no deal.
            foreach (var responder in plan.Responders)
            {
                double hazard = responder.Party.WalkoutHazard;
                if (hazard > 0 && responder.Utility(offer) < responder.Disagreement - 1e-12 && _dice.Next() < hazard)
                    return new NegotiationOutcome(false, t + 1, responder.Party, offer);
            }
        }
        // §4.8: deadline.
        return new NegotiationOutcome(false, _rounds, null, offer);
    }

    /// <summary>
    /// ln τ_t, eq. 7: τ = t/(T − 1), or 1 when T = 1. The engine evaluates τ^(1/e) as exp(ln τ · (1/e)) (ln 0 = −∞ gives
    /// exactly 0); so does this code (see <see cref="Negotiator.Aspiration"/>).
    /// </summary>
    private double LogTime(int t) => _rounds > 1 ? Math.Log((double)t / (_rounds - 1)) : 0;

    /// <summary>
    /// Eqs. 13–14: the proposer starts at its effective ideal and concedes item by item, least salient first, toward its
    /// side's target, spending a utility budget of 1 − α; each value is clamped into the proposer's own red lines.
    /// </summary>
    private double[] BuildOffer(ProposalPlan plan, Negotiator proposer, double budget)
    {
        var offer = new double[plan.Gap.Length];
        foreach (int u in plan.ConcessionOrder)
        {
            double ideal = proposer.Ideal[u], gap = plan.Gap[u], cost = plan.FullCost[u];
            var redLine = proposer.RedLines[u];
            double Clamp(double z) => Math.Clamp(z, redLine.Min, redLine.Max);

            if (cost <= 0)
            {
                // Nothing to lose: the target y. The engine writes y as ideal + gap (gap = y − ideal); so does this code.
                offer[u] = Clamp(ideal + gap);
                continue;
            }
            if (budget <= 0)
            {
                offer[u] = Clamp(ideal);
                continue;
            }
            bool whole = cost <= budget;
            // Whole step (share 1), or the part of the gap whose cost is exactly the budget left: (B/C)^(1/k).
            double share = whole ? 1 : _k == 1 ? budget / cost : Math.Sqrt(budget / cost);
            double x = Clamp(ideal + share * gap);
            offer[u] = x;
            budget -= proposer.Weight[u] * Loss.Of(x - ideal, _k);   // eq. 13: what the (clamped) move actually cost
        }
        return offer;
    }

    /// <summary>Eq. 15 with red lines (§4.6). Draws from the meeting's stream only under the logistic rule and inside the red lines.</summary>
    private bool Accepts(Negotiator responder, double[] offer, double lnTau)
    {
        if (!responder.RespectsRedLines(offer)) return false;
        if (responder.Indifferent) return true;   // zero weight on every unit item: accepts inside its red lines, no draw
        double utility = responder.Utility(offer), aspiration = responder.Aspiration(lnTau);
        double temperature = responder.Party.AcceptanceTemperature;
        if (temperature <= 0) return utility >= aspiration;
        // σ((U − α)/θ), written as the engine writes it.
        return _dice.Next() < 1 / (1 + Math.Exp(-(utility - aspiration) / temperature));
    }

    /// <summary>One participant's view of the unit (§2.2, §4.2): renormalised weights, effective ideals, red lines, floor.</summary>
    private sealed class Negotiator
    {
        private readonly int _k;

        public Negotiator(PartyState party, Side side, IReadOnlyList<int> unit, IReadOnlyList<double> statusQuo, int k)
        {
            Party = party;
            Side = side;
            _k = k;
            // Eq. 3: w^U = w / Σ_{j∈U} w_j, evaluated as the engine does: w · (1 / Σ), the sum in unit order.
            double total = Loss.SumInOrder(unit.Select(i => party.Weight[i]));
            double scale = total > 0 ? 1 / total : 0;
            Weight = unit.Select(i => party.Weight[i] * scale).ToArray();
            Ideal = unit.Select(i => party.EffectiveIdeal[i]).ToArray();
            RedLines = unit.Select(i => party.RedLines[i]).ToArray();
            Indifferent = total <= 0;
            Disagreement = Utility(unit.Select(i => statusQuo[i]).ToArray());   // eq. 4
            Floor = Math.Max(party.ReservationUtility, Disagreement);           // eq. 9
        }

        public PartyState Party { get; }
        public Side Side { get; }
        /// <summary>w^U per unit item.</summary>
        public double[] Weight { get; }
        /// <summary>x̃ per unit item.</summary>
        public double[] Ideal { get; }
        public RedLine[] RedLines { get; }
        /// <summary>Zero weight on every item of the unit.</summary>
        public bool Indifferent { get; }
        /// <summary>d^U, eq. 4.</summary>
        public double Disagreement { get; }
        /// <summary>φ, eq. 9.</summary>
        public double Floor { get; }

        /// <summary>Eq. 3: u^U(x) = 1 − Σ_{i∈U} w^U_i |x_i − x̃_i|^k, summed in unit order.</summary>
        public double Utility(IReadOnlyList<double> x)
        {
            double loss = 0;
            for (int u = 0; u < Weight.Length; u++) loss += Weight[u] * Loss.Of(x[u] - Ideal[u], _k);
            return 1 - loss;
        }

        public bool RespectsRedLines(IReadOnlyList<double> x)
        {
            for (int u = 0; u < RedLines.Length; u++) if (!RedLines[u].Allows(x[u])) return false;
            return true;
        }

        /// <summary>
        /// Eqs. 8 and 10: α = 1 − (1 − φ)·F(τ), F(τ) = κ + (1 − κ)·τ^(1/e). τ^(1/e) is evaluated as the engine does,
        /// exp(ln τ · (1/e)), not with Math.Pow, which can differ in the last bit.
        /// </summary>
        public double Aspiration(double lnTau)
        {
            double kappa = Party.InitialConcession, inverseExponent = 1 / Party.ConcessionExponent;
            double fraction = kappa + (1 - kappa) * Math.Exp(lnTau * inverseExponent);
            return 1 - (1 - Floor) * fraction;
        }
    }

    /// <summary>
    /// What a side's proposer aims at in this negotiation (§4.3): per unit item the target y (eq. 11), the gap y − x̃ of its
    /// leader, the full cost C (eq. 12), and the concession order (increasing w^U of the leader, ties in agenda order).
    /// </summary>
    private sealed class ProposalPlan
    {
        public ProposalPlan(Side side, IReadOnlyList<Negotiator> negotiators, IReadOnlyList<int> unit, int k)
        {
            Side = side;
            var leader = negotiators.Single(n => n.Party == side.Leader);
            Proposer = leader;
            Responders = negotiators.Where(n => n != leader).ToList();       // participant order
            var others = negotiators.Where(n => n.Side != side).ToList();   // participant order
            int length = unit.Count;
            Gap = new double[length];
            FullCost = new double[length];
            for (int u = 0; u < length; u++)
            {
                int item = unit[u];
                double num = 0, den = 0;
                foreach (var other in others)
                {
                    var p = other.Party;
                    double weight = p.Capability * p.Weight[item];   // eq. 11: capability × normalised salience
                    num += weight * other.Ideal[u];
                    den += weight;
                }
                double target = den > 0 ? num / den : leader.Ideal[u];
                Gap[u] = target - leader.Ideal[u];
                FullCost[u] = leader.Weight[u] * Loss.Of(Gap[u], k);
            }
            // OrderBy is a stable sort: ties keep agenda order.
            ConcessionOrder = Enumerable.Range(0, length).OrderBy(u => leader.Weight[u]).ToArray();
        }

        public Side Side { get; }
        /// <summary>The side's leader, who makes its offers.</summary>
        public Negotiator Proposer { get; }
        /// <summary>Every other participant, in participant order (the proposer's bloc partners included).</summary>
        public IReadOnlyList<Negotiator> Responders { get; }
        public double[] Gap { get; }
        public double[] FullCost { get; }
        public int[] ConcessionOrder { get; }
    }
}
