namespace NegotiationSim.Peer;

/// <summary>
/// One party of a sampled peer scenario, with everything the protocol derives from it precomputed once per replicate.
/// Every derived value is computed by the operations the scenario's formula names, in its order, so precomputing it
/// changes no bit of the result.
/// </summary>
internal readonly struct PeerParty
{
    /// <summary>Issue weights w_pk = raw_k / Σ raw (sum 1).</summary>
    public readonly IssueVector Weight;

    /// <summary>Ideal value of each issue, in 0..10.</summary>
    public readonly PeerOffer Ideal;

    /// <summary>The ideal values as doubles (for the offer formula).</summary>
    public readonly IssueVector IdealValue;

    /// <summary>Reserved value r_p = 0.30 + 0.30 · U[0,1), in [0.3, 0.6).</summary>
    public readonly double ReservedValue;

    /// <summary>u_min_p = 1 − (Σ_k w_pk max(ideal_pk, 10 − ideal_pk)) / 10: the utility of the worst outcome.</summary>
    public readonly double MinUtility;

    /// <summary>m_p = max(r_p, u_min_p): the threshold the party concedes to at the deadline.</summary>
    public readonly double Floor;

    /// <summary>1 − m_p.</summary>
    public readonly double Room;

    /// <summary>target_k − ideal_pk, where target_k is the mean of the other two parties' ideals (a multiple of 0.5).</summary>
    public readonly IssueVector Step;

    /// <summary>D_p = (Σ_k w_pk |target_k − ideal_pk|) / 10: the utility the party gives up by offering the target.</summary>
    public readonly double Distance;

    public PeerParty(IssueVector weight, PeerOffer ideal, double reservedValue, PeerOffer otherIdealA, PeerOffer otherIdealB)
    {
        Weight = weight;
        Ideal = ideal;
        ReservedValue = reservedValue;
        IdealValue = new IssueVector(
            ideal.Issue0, ideal.Issue1, ideal.Issue2, ideal.Issue3, ideal.Issue4, ideal.Issue5, ideal.Issue6, ideal.Issue7);
        MinUtility = 1.0 - IssueVector.Sum(
            weight.E0 * Worst(ideal.Issue0), weight.E1 * Worst(ideal.Issue1),
            weight.E2 * Worst(ideal.Issue2), weight.E3 * Worst(ideal.Issue3),
            weight.E4 * Worst(ideal.Issue4), weight.E5 * Worst(ideal.Issue5),
            weight.E6 * Worst(ideal.Issue6), weight.E7 * Worst(ideal.Issue7)) / 10.0;
        Floor = Math.Max(reservedValue, MinUtility);
        Room = 1.0 - Floor;
        Step = new IssueVector(
            Target(otherIdealA.Issue0, otherIdealB.Issue0) - ideal.Issue0,
            Target(otherIdealA.Issue1, otherIdealB.Issue1) - ideal.Issue1,
            Target(otherIdealA.Issue2, otherIdealB.Issue2) - ideal.Issue2,
            Target(otherIdealA.Issue3, otherIdealB.Issue3) - ideal.Issue3,
            Target(otherIdealA.Issue4, otherIdealB.Issue4) - ideal.Issue4,
            Target(otherIdealA.Issue5, otherIdealB.Issue5) - ideal.Issue5,
            Target(otherIdealA.Issue6, otherIdealB.Issue6) - ideal.Issue6,
            Target(otherIdealA.Issue7, otherIdealB.Issue7) - ideal.Issue7);
        Distance = IssueVector.Sum(
            weight.E0 * Math.Abs(Step.E0), weight.E1 * Math.Abs(Step.E1),
            weight.E2 * Math.Abs(Step.E2), weight.E3 * Math.Abs(Step.E3),
            weight.E4 * Math.Abs(Step.E4), weight.E5 * Math.Abs(Step.E5),
            weight.E6 * Math.Abs(Step.E6), weight.E7 * Math.Abs(Step.E7)) / 10.0;
    }

    /// <summary>max(ideal, 10 − ideal): the largest distance an outcome can have from the ideal on one issue.</summary>
    private static double Worst(int ideal) => Math.Max(ideal, PeerScenario.MaxIssueValue - ideal);

    /// <summary>Mean of two ideals (exact: a multiple of 0.5).</summary>
    private static double Target(int a, int b) => (a + b) / 2.0;
}
