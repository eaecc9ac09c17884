using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;
using static NegotiationSim.Tests.TestScenarios;

namespace NegotiationSim.Tests.Reference;

/// <summary>
/// Scenarios for comparing the engine with the reference model. Almost every parameter is uncertain, with every sampler
/// family and some draws that the engine's ranges clamp, so that replicates differ and every branch of the model is
/// taken in some of them.
/// </summary>
internal static class ReferenceScenarios
{
    public static IReadOnlyDictionary<string, Scenario> All { get; } = new Dictionary<string, Scenario>
    {
        ["default"] = TestScenarios.Classic,
        ["bilateral-strict"] = Bilateral(reservation: 0.2, redA: new RedLine(0, 0.6), outsideB: Distribution.Triangular(0.4, 0.6, 0.9),
            exponentDistributionA: Distribution.Pert(0.2, 0.5, 2), exponentDistributionB: Distribution.Uniform(0.3, 3)),
        ["bilateral-logistic"] = Bilateral(temperature: 0.03, attendanceB: Distribution.Beta(6, 4), outsideB: Distribution.Triangular(0.4, 0.6, 0.9),
            exponentDistributionA: Distribution.Pert(0.2, 0.5, 2), exponentDistributionB: Distribution.Uniform(0.3, 3), walkoutB: 0.05),
        ["bloc-consensus"] = ThreeParties(BlocRule.Consensus, lossExponent: 1, endOnDecline: false, endOnWalkout: false),
        ["bloc-leader-quadratic"] = ThreeParties(BlocRule.Leader, lossExponent: 2, endOnDecline: true, endOnWalkout: false),
        ["two-blocs-quadratic"] = FourParties(),
    };

    public static Party P(string id, Dictionary<string, PartyPosition> positions, Distribution? capability = null, Distribution? reservation = null,
        Distribution? exponent = null, Distribution? initial = null, Distribution? temperature = null, Distribution? walkout = null,
        Distribution? attendance = null, Distribution? sensitivity = null, Distribution? hardening = null, Distribution? outside = null) =>
        new(id, id, positions, capability ?? F(1), reservation ?? F(0), new ConcessionStrategy(exponent ?? F(1), initial ?? F(0)),
            temperature ?? F(0), walkout ?? F(0), attendance ?? F(1), sensitivity ?? F(0), hardening ?? F(0), outside);

    public static PartyPosition Pos(Distribution ideal, Distribution salience, RedLine? redLine = null) => new(ideal, salience, redLine ?? RedLine.None);

    /// <summary>
    /// a and b form a bloc (consensus or leader rule; equal mean capabilities, so a, listed first, leads), c is alone and
    /// has no stance on w. Four meetings: a package, an item-by-item meeting, a package that is empty when the first one
    /// agreed, and an item-by-item meeting where only one bloc member takes part.
    /// </summary>
    private static Scenario ThreeParties(BlocRule rule, int lossExponent, bool endOnDecline, bool endOnWalkout)
    {
        var items = new[]
        {
            new AgendaItem("x", "x", "low", "high", Distribution.Uniform(0.3, 0.6)),
            Item("y", 0.4),
            new AgendaItem("z", "z", "low", "high", Distribution.Beta(2, 5)),
            Item("w", 0.5),
        };
        var a = P("a", Positions(
                ("x", Pos(Distribution.Pert(0.05, 0.15, 0.3), Distribution.Uniform(0.5, 1.5))),
                ("y", Pos(F(0.3), F(0.4), new RedLine(0, 0.6))),
                ("z", Pos(Distribution.Triangular(0.6, 0.8, 0.9), F(0.6))),
                ("w", Pos(F(0.2), Distribution.Beta(2, 2)))),
            capability: Distribution.Pert(0.8, 1, 1.2), reservation: Distribution.Uniform(0, 0.3), exponent: Distribution.Pert(0.2, 0.6, 2),
            initial: Distribution.Uniform(0, 0.2), temperature: Distribution.Pert(0, 0.01, 0.04), walkout: F(0.01),
            hardening: Distribution.Uniform(-0.1, 0.1));
        var b = P("b", Positions(
                ("x", Pos(F(0.3), F(1))),
                ("y", Pos(Distribution.Uniform(0.1, 0.5), F(1))),
                ("z", Pos(F(0.7), F(0.2))),
                ("w", Pos(F(0.4), F(0.3), new RedLine(0.2, 0.7)))),
            capability: Distribution.Uniform(0.5, 1.5), exponent: Distribution.Choice([0.5, 1, 2], [1, 2, 1]),
            walkout: Distribution.Uniform(0, 0.1), hardening: F(0.05));
        var c = P("c", Positions(
                ("x", Pos(Distribution.Pert(0.6, 0.8, 0.95), F(1))),
                ("y", Pos(F(0.8), Distribution.Uniform(0.5, 1))),
                ("z", Pos(F(0.2), F(1), new RedLine(0, 0.5)))),
            capability: F(2), reservation: F(0.1), temperature: Distribution.Uniform(0.01, 0.05), walkout: Distribution.Pert(0, 0.05, 0.15),
            attendance: Distribution.Beta(8, 2), sensitivity: Distribution.Pert(1, 4, 8), hardening: Distribution.Pert(0, 0.05, 0.2),
            outside: Distribution.Pert(0.3, 0.5, 0.7));
        var meetings = new[]
        {
            Meeting("m1", ["a", "c", "b"], ["x", "y"], 12),
            Meeting("m2", ["c", "a", "b"], ["z", "w", "x"], 8, Settlement.ItemByItem),
            Meeting("m3", ["a", "b", "c"], ["x", "y"], 5),
            Meeting("m4", ["b", "c"], ["w", "y", "z"], 6, Settlement.ItemByItem),
        };
        var blocs = new[] { new Bloc("west", ["a", "b"], Distribution.Beta(8, 2), rule) };
        var trust = new TrustRules(Distribution.Uniform(0.3, 0.7), Distribution.Pert(0, 0.1, 0.2), F(0.1), F(0.2));
        return new Scenario("three", "", items, [a, b, c], blocs, meetings, trust,
            new SequenceRules(endOnDecline, endOnWalkout, Distribution.Pert(0.02, 0.05, 0.1)), lossExponent);
    }

    /// <summary>
    /// Two blocs (a+b, leader rule, b leads by mean capability; c+d, consensus, no cohesion), quadratic loss, normal and
    /// truncated-normal draws that the engine clamps, choice distributions (salience 0, attendance exactly 0 or 1), a
    /// one-round meeting and a meeting where one bloc has a single member present.
    /// </summary>
    private static Scenario FourParties()
    {
        var items = new[] { Item("p", 0.5), new AgendaItem("q", "q", "low", "high", Distribution.TruncatedNormal(0.3, 0.2, 0, 1)), Item("r", 0.2) };
        var a = P("a", Positions(
                ("p", Pos(Distribution.Normal(0.2, 0.3), Distribution.Choice([0, 1, 2], [1, 2, 2]))),
                ("q", Pos(F(0.1), F(1))),
                ("r", Pos(F(0.9), F(0.5), new RedLine(0.5, 1)))),
            capability: Distribution.Normal(1, 0.6), exponent: Distribution.Beta(2, 2, 0.2, 3), temperature: F(0),
            walkout: F(0.05), hardening: Distribution.Normal(0, 0.5), outside: Distribution.Uniform(0.2, 0.8));
        var b = P("b", Positions(
                ("p", Pos(F(0.3), F(1))),
                ("q", Pos(Distribution.TruncatedNormal(0.7, 0.2, 0.4, 1), F(0.5)))),
            capability: F(1.5), reservation: Distribution.Uniform(0, 0.5), temperature: Distribution.Pert(0, 0.02, 0.05),
            attendance: Distribution.Uniform(0.7, 1), sensitivity: F(3), initial: Distribution.Beta(0.5, 3));
        var c = P("c", Positions(
                ("p", Pos(F(0.8), F(1))),
                ("q", Pos(F(0.9), Distribution.Choice([0, 0.5], [1, 1]))),
                ("r", Pos(Distribution.Uniform(0, 0.4), F(1), new RedLine(0, 0.45)))),
            capability: Distribution.Uniform(0.5, 2), temperature: Distribution.Uniform(0, 0.02), walkout: Distribution.Uniform(0, 0.2),
            exponent: Distribution.Pert(0.1, 1, 5), hardening: F(-0.05));
        var d = P("d", Positions(
                ("p", Pos(F(0.6), F(0.3))),
                ("q", Pos(F(0.7), F(0.3))),
                ("r", Pos(F(0.1), F(2)))),
            capability: F(0.5), attendance: Distribution.Choice([0, 1], [1, 9]), walkout: F(0.1), reservation: F(0.3),
            hardening: F(0.2), outside: F(0.6));
        var meetings = new[]
        {
            Meeting("m1", ["c", "a", "d"], ["p", "q", "r"], 10),
            Meeting("m2", ["a", "b", "c", "d"], ["p", "q", "r"], 1),
            Meeting("m3", ["d", "b"], ["r", "p", "q"], 2, Settlement.ItemByItem),
            Meeting("m4", ["a", "b", "c", "d"], ["q", "r"], 3, Settlement.ItemByItem),
        };
        var blocs = new[]
        {
            new Bloc("ab", ["b", "a"], Distribution.Uniform(0, 1), BlocRule.Leader),
            new Bloc("cd", ["c", "d"], F(0), BlocRule.Consensus),
        };
        var trust = new TrustRules(F(0.5), F(0.1), Distribution.Uniform(0, 0.3), F(0.2));
        return new Scenario("four", "", items, [a, b, c, d], blocs, meetings, trust,
            new SequenceRules(false, true, F(0.05)), 2);
    }
}
