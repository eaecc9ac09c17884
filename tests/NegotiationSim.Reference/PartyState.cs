using NegotiationSim.Scenarios;

namespace NegotiationSim.Reference;

/// <summary>
/// One party during one replicate: its drawn parameters (docs/model.md §2.1, §9), the weights of eq. 1, its own and
/// effective ideals (eq. 6), and what changes during the sequence (reservation utility after hardening, walkout,
/// escalation, final utility). Arrays are indexed by item in the scenario's item order.
/// </summary>
internal sealed class PartyState
{
    public PartyState(Scenario scenario, int index, ParameterSampler sampler, ulong seed, long replicate)
    {
        Definition = scenario.Parties[index];
        Index = index;
        string at = $"parties.{Definition.Id}";
        double Draw(Uncertainty.Distribution d, string path, double min, double max) => sampler.Value(d, $"{at}.{path}", min, max, seed, replicate);

        int items = scenario.Items.Count;
        OwnIdeal = new double[items];
        Salience = new double[items];
        RedLines = new RedLine[items];
        for (int i = 0; i < items; i++)
        {
            var item = scenario.Items[i];
            if (Definition.Positions.TryGetValue(item.Id, out var position))
            {
                OwnIdeal[i] = Draw(position.Ideal, $"positions.{item.Id}.ideal", 0, 1);
                Salience[i] = Draw(position.Salience, $"positions.{item.Id}.salience", 0, double.MaxValue);
                RedLines[i] = position.RedLine;
            }
            else
            {
                // No stance (§2.1): indifferent to the item. The ideal is a placeholder, the item's base status quo.
                OwnIdeal[i] = ParameterSampler.BaseValue(item.StatusQuo, 0, 1);
                Salience[i] = 0;
                RedLines[i] = RedLine.None;
            }
        }

        Capability = Draw(Definition.Capability, "capability", 0, double.MaxValue);
        BaseCapability = ParameterSampler.BaseValue(Definition.Capability, 0, double.MaxValue);
        ReservationUtility = Draw(Definition.ReservationUtility, "reservationUtility", 0, 1);
        ConcessionExponent = Draw(Definition.Concession.Exponent, "concession.exponent", 1e-6, 1e6);
        InitialConcession = Draw(Definition.Concession.Initial, "concession.initial", 0, 1);
        AcceptanceTemperature = Draw(Definition.AcceptanceTemperature, "acceptanceTemperature", 0, double.MaxValue);
        WalkoutHazard = Draw(Definition.WalkoutHazard, "walkoutHazard", 0, 1);
        Attendance = Draw(Definition.Attendance, "attendance", 0, 1);
        TrustSensitivity = Draw(Definition.TrustSensitivity, "trustSensitivity", 0, double.MaxValue);
        Hardening = Draw(Definition.Hardening, "hardening", -1, 1);
        OutsideOption = Definition.OutsideOption is { } outside ? Draw(outside, "outsideOption", 0, 1) : null;

        Weight = NormalisedSaliences(Salience);
        EffectiveIdeal = (double[])OwnIdeal.Clone();
    }

    /// <summary>The scenario's description of the party.</summary>
    public Party Definition { get; }
    /// <summary>Position in the scenario's party list.</summary>
    public int Index { get; }
    /// <summary>The party's id.</summary>
    public string Id => Definition.Id;

    /// <summary>x̂: own ideals.</summary>
    public double[] OwnIdeal { get; }
    /// <summary>s: raw saliences.</summary>
    public double[] Salience { get; }
    /// <summary>w: saliences normalised over all items (eq. 1).</summary>
    public double[] Weight { get; }
    /// <summary>x̃: ideals after bloc cohesion (eq. 6); what the party negotiates for.</summary>
    public double[] EffectiveIdeal { get; }
    /// <summary>[ℓ, h] per item.</summary>
    public RedLine[] RedLines { get; }

    /// <summary>c, as drawn.</summary>
    public double Capability { get; }
    /// <summary>c's base value (the mean, clamped): decides side leaders (§3.2).</summary>
    public double BaseCapability { get; }
    /// <summary>r: the current reservation utility (moves by hardening, eq. 19).</summary>
    public double ReservationUtility { get; set; }
    /// <summary>e.</summary>
    public double ConcessionExponent { get; }
    /// <summary>κ.</summary>
    public double InitialConcession { get; }
    /// <summary>θ.</summary>
    public double AcceptanceTemperature { get; }
    /// <summary>λ.</summary>
    public double WalkoutHazard { get; }
    /// <summary>π.</summary>
    public double Attendance { get; }
    /// <summary>β.</summary>
    public double TrustSensitivity { get; }
    /// <summary>η.</summary>
    public double Hardening { get; }
    /// <summary>o, or null when the party has no outside option.</summary>
    public double? OutsideOption { get; }

    /// <summary>Walked out of some meeting.</summary>
    public bool WalkedOut { get; set; }
    /// <summary>Took its outside option.</summary>
    public bool Escalated { get; set; }
    /// <summary>U_a: utility of the final outcome (§6.1).</summary>
    public double FinalUtility { get; set; }

    /// <summary>Eq. 2: u_a(x) = 1 − Σ_i w_ai |x_i − x̂_ai|^k, with the party's own ideals, over all items in item order.</summary>
    public double OwnUtility(IReadOnlyList<double> outcome, int k)
    {
        double loss = 0;
        for (int i = 0; i < outcome.Count; i++) loss += Weight[i] * Loss.Of(outcome[i] - OwnIdeal[i], k);
        return 1 - loss;
    }

    /// <summary>
    /// Eq. 1, w_ai = s_ai / Σ_j s_aj (all 0 when the sum is 0). Evaluated as the engine does, s_ai · (1 / Σ_j s_aj), with
    /// the sum taken in item order, so that the weights are bit-identical to the engine's.
    /// </summary>
    private static double[] NormalisedSaliences(double[] salience)
    {
        double total = Loss.SumInOrder(salience);
        double scale = total > 0 ? 1 / total : 0;
        return salience.Select(s => s * scale).ToArray();
    }
}

/// <summary>A side of one meeting (§3.2): a bloc's members present there (two or more), or a single participant.</summary>
/// <param name="Number">0, 1, … in order of first appearance in the participant list; side t mod S proposes in round t.</param>
/// <param name="Members">Its participants, in participant order.</param>
/// <param name="Leader">The member with the highest base capability, the first listed on ties: the side's proposer.</param>
/// <param name="LeaderDecides">True when the side is a bloc with the leader rule: only the leader's answer counts.</param>
internal sealed record Side(int Number, IReadOnlyList<PartyState> Members, PartyState Leader, bool LeaderDecides)
{
    /// <summary>§4.5: whether <paramref name="member"/>'s answer to an offer counts.</summary>
    public bool Counts(PartyState member) => !LeaderDecides || member == Leader;

    /// <summary>The sides of a meeting whose participants, in order, are <paramref name="participants"/>.</summary>
    public static IReadOnlyList<Side> Of(Scenario scenario, IReadOnlyList<PartyState> participants)
    {
        Bloc? BlocOf(PartyState p) => scenario.Blocs.FirstOrDefault(b => b.Members.Contains(p.Id));
        // A bloc forms one side only where two or more of its members take part.
        Bloc? SideBloc(PartyState p) => BlocOf(p) is { } bloc && participants.Count(q => BlocOf(q) == bloc) >= 2 ? bloc : null;

        // GroupBy keeps the order of first appearance, which is the side numbering.
        return participants
            .GroupBy(p => SideBloc(p) is { } bloc ? "bloc:" + bloc.Id : "party:" + p.Id)
            .Select((group, number) =>
            {
                var members = group.ToList();
                var leader = members.Aggregate((best, p) => p.BaseCapability > best.BaseCapability ? p : best);
                bool leaderDecides = SideBloc(members[0]) is { Rule: BlocRule.Leader };
                return new Side(number, members, leader, leaderDecides);
            })
            .ToList();
    }
}

/// <summary>The loss term of the utilities, and an explicit left-to-right sum.</summary>
internal static class Loss
{
    /// <summary>|d|^k for k = 1; d² for any other k (§2.3: the code treats k ≠ 1 as 2).</summary>
    public static double Of(double difference, int k) => k == 1 ? Math.Abs(difference) : difference * difference;

    /// <summary>A plain left-to-right sum (no pairwise or vectorised reordering), as the engine adds.</summary>
    public static double SumInOrder(IEnumerable<double> values)
    {
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum;
    }
}

/// <summary>One named random stream of a replicate (§8.1), as a class so that it can be passed around and shared.</summary>
internal sealed class Dice(ulong seed, long replicate, string name)
{
    private Engine.Sampling.RandomStream _stream = Engine.Sampling.RandomStream.For(seed, replicate, Engine.Sampling.RandomStream.KeyOf(name));

    /// <summary>The next uniform on [0, 1).</summary>
    public double Next() => _stream.NextDouble();
}
