using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Scenarios;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Engine.Replicate;

/// <summary>
/// The benchmarks of docs/model.md §7 on hand-computed cases: the compromise model (eq. 21), the Nash bargaining
/// solution by coordinate ascent (eq. 22, §7.2), the distance to it, the Nash product ratio and Pareto dominance (eqs.
/// 23–25). Each case's numbers are worked out in its comments; a sign flipped in the search changes them.
/// </summary>
public class BargainingSolutionsValueTests
{
    /// <summary>
    /// Runs replicate 0 of a scenario whose meeting never happens (the last party never attends), so the outcome is
    /// the status quo (0.5 on every item), and returns the worker's workspace with the benchmarks computed.
    /// </summary>
    private static Workspace Benchmarks(params Party[] parties)
    {
        var items = new[] { Item("x", 0.5), Item("y", 0.5) };
        var absent = parties[^1] with { Attendance = F(0) };
        var scenario = Scenario(items, [.. parties[..^1], absent], [Meeting("m", [.. parties.Select(p => p.Id)], ["x", "y"])]);
        var model = new CompiledModel(scenario);
        var ws = Run.Played(model, 1, 0);
        return ws;
    }

    // a cares for x (weights 0.8, 0.2 after eq. 1) and wants both at 0; b the mirror image, wanting both at 1.
    private static Party A => Party("a", Positions(("x", At(0, 1)), ("y", At(0, 0.25))));
    private static Party B => Party("b", Positions(("x", At(1, 0.25)), ("y", At(1, 1))));

    [Fact]
    public void Two_parties_with_a_logroll_the_Nash_point_is_each_getting_its_main_item()
    {
        var ws = Benchmarks(A, B);
        // Compromise (eq. 21): x = (0.8·0 + 0.2·1) / 1 = 0.2, y = (0.2·0 + 0.8·1) / 1 = 0.8.
        Assert.Equal(0.2, ws.Compromise[0], 12);
        Assert.Equal(0.8, ws.Compromise[1], 12);
        // Disagreement utilities at (0.5, 0.5): 0.5 each. From (0.2, 0.8) [product 0.18² = 0.0324] the first sweep moves
        // x to a's ideal 0 [u = (0.84, 0.64), product 0.0476], then y to b's ideal 1 [u = (0.8, 0.8), product 0.09];
        // the second sweep finds nothing better: the Nash point is (0, 1), a candidate.
        Assert.Equal(0, ws.Nash[0], 12);
        Assert.Equal(1, ws.Nash[1], 12);
        Assert.True(ws.NashFound);
        Assert.Equal(0.8, ws.NashUtility[0], 12);
        Assert.Equal(0.8, ws.NashUtility[1], 12);
        // The outcome is the status quo: distance (|0.5 − 0| + |0.5 − 1|) / 2 = 0.5 (eq. 23); its Nash product is 0, so
        // the ratio is 0 (eq. 24); the Nash point gives both 0.3 more: Pareto dominated, gap 0.3 (eq. 25).
        Assert.Equal(0.5, ws.NashDistance, 12);
        Assert.Equal(0, ws.NashProductRatio, 12);
        Assert.True(ws.ParetoDominated);
        Assert.Equal(0.3, ws.ParetoGap, 12);
        Assert.Equal(0.5, ws.StatusQuoUtility[0], 12);
    }

    [Fact]
    public void Opposed_parties_on_one_item_have_a_zero_Nash_product_and_fall_back_to_the_compromise_point()
    {
        // One item that matters (y carries no weight for either): a wants 0.2, b 0.8, status quo 0.5. Every x gives
        // (0.5 − x)(x − 0.5) ≤ 0: no point gives both a gain, the product is 0 everywhere, the Nash solution is not
        // defined and the benchmarks use the compromise point 0.5 (§7.2).
        var a = Party("a", Positions(("x", At(0.2, 1))));
        var b = Party("b", Positions(("x", At(0.8, 1))));
        var ws = Benchmarks(a, b);
        Assert.False(ws.NashFound);
        Assert.Equal(0.5, ws.Compromise[0], 12);
        Assert.Equal(0.5, ws.Nash[0], 12);
        Assert.Equal(-1, ws.NashProductRatio);
        Assert.False(ws.ParetoDominated);
        Assert.Equal(0, ws.ParetoGap, 12);
    }

    [Fact]
    public void A_third_party_content_with_the_status_quo_makes_the_Nash_product_zero_and_blocks_dominance()
    {
        // c wants (0.5, 0.5), the status quo itself, with weights 0.5 each: it can gain nothing, so every product is 0.
        var c = Party("c", Positions(("x", At(0.5, 1)), ("y", At(0.5, 1))));
        var ws = Benchmarks(A, B, c);
        // Compromise: x = (0.8·0 + 0.2·1 + 0.5·0.5) / 1.5 = 0.3, y = (0.2·0 + 0.8·1 + 0.5·0.5) / 1.5 = 0.7.
        Assert.Equal(0.3, ws.Compromise[0], 12);
        Assert.Equal(0.7, ws.Compromise[1], 12);
        Assert.False(ws.NashFound);
        Assert.Equal(0.3, ws.Nash[0], 12);
        Assert.Equal(0.7, ws.Nash[1], 12);
        // Distance to that point: (0.2 + 0.2) / 2 = 0.2. At it a and b get 0.62 (> 0.5) but c 0.8 (< 1): not dominated.
        Assert.Equal(0.2, ws.NashDistance, 12);
        Assert.False(ws.ParetoDominated);
        Assert.Equal(0, ws.ParetoGap, 12);
        Assert.Equal(-1, ws.NashProductRatio);
    }

    [Fact]
    public void Capability_weights_the_compromise_point()
    {
        // With b's capability 3, the compromise on x is (1·0.8·0 + 3·0.2·1) / (0.8 + 0.6) = 0.6/1.4 and on y
        // (1·0.2·0 + 3·0.8·1) / (0.2 + 2.4) = 2.4/2.6.
        var ws = Benchmarks(A, B with { Capability = F(3) });
        Assert.Equal(0.6 / 1.4, ws.Compromise[0], 12);
        Assert.Equal(2.4 / 2.6, ws.Compromise[1], 12);
    }
}
