namespace NegotiationSim.Outcomes;

/// <summary>
/// How far outcomes fall from the bargaining-theory benchmarks (docs/model.md §7), computed per replicate on the whole agenda.
/// </summary>
/// <param name="DistanceToNash">Mean absolute difference, over items, between the final outcome and the Nash bargaining solution.</param>
/// <param name="NashProductRatio">Nash product Π(u − d)⁺ of the final outcome divided by that of the Nash solution (1 = as efficient and fair as Nash).</param>
/// <param name="ParetoDominated">Probability that the Nash solution gives every party strictly more than the final outcome, i.e. the outcome is not Pareto optimal.</param>
/// <param name="NashFound">Probability that some outcome gives every party more than the status quo, so that the Nash solution is defined; where it is not, the benchmarks fall back to the compromise point.</param>
/// <param name="ParetoGap">Smallest gain, over parties, from moving to the Nash solution (0 when some party would lose): a lower bound on the distance to the Pareto frontier in utility units.</param>
public sealed record EfficiencySummary(Distribution01 DistanceToNash, Distribution01 NashProductRatio, Proportion ParetoDominated, Distribution01 ParetoGap, Proportion NashFound);
