using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Tests;

/// <summary>Small scenarios built in code, so model tests state exactly what they assume.</summary>
internal static class TestScenarios
{
    public static Distribution F(double x) => Distribution.Fixed(x);

    /// <summary>
    /// The default scenario as it was before the shadow of war (experiments/nato-russia-2022-classic.json): the
    /// scenario whose identities docs/model.md §10.1 states, and the one the reference implementation can run.
    /// </summary>
    public static Scenario Classic { get; } = NegotiationSim.Experiments.ExperimentReader.Read(
        File.ReadAllText(Validation.Repository.File("experiments/nato-russia-2022-classic.json")), "nato-russia-2022-classic.json").Scenario;

    public static AgendaItem Item(string id, double statusQuo = 0.5) => new(id, id, "low", "high", F(statusQuo));

    public static Party Party(string id, IReadOnlyDictionary<string, PartyPosition> positions,
        double capability = 1, double reservation = 0, double exponent = 1, double initial = 0,
        double temperature = 0, double walkout = 0, Distribution? attendance = null, double trustSensitivity = 0,
        double hardening = 0, Distribution? outside = null, Distribution? exponentDistribution = null) =>
        new(id, id, positions, F(capability), F(reservation), new ConcessionStrategy(exponentDistribution ?? F(exponent), F(initial)),
            F(temperature), F(walkout), attendance ?? F(1), F(trustSensitivity), F(hardening), outside);

    public static PartyPosition At(double ideal, double salience = 1, RedLine? redLine = null) =>
        new(F(ideal), F(salience), redLine ?? RedLine.None);

    public static Dictionary<string, PartyPosition> Positions(params (string item, PartyPosition position)[] entries) =>
        entries.ToDictionary(e => e.item, e => e.position);

    public static Meeting Meeting(string id, string[] participants, string[] items, int rounds = 20, Settlement settlement = Settlement.Package) =>
        new(id, id, participants, items, rounds, settlement, ProtocolKind.AlternatingOffers);

    public static Scenario Scenario(AgendaItem[] items, Party[] parties, Meeting[] meetings, Bloc[]? blocs = null,
        TrustRules? trust = null, double escalationTemperature = 0.05, bool endOnDecline = true, bool endOnWalkout = true, int lossExponent = 1) =>
        new("test", "", items, parties, blocs ?? [], meetings,
            trust ?? new TrustRules(F(0.5), F(0.1), F(0.1), F(0.2)),
            new SequenceRules(endOnDecline, endOnWalkout, F(escalationTemperature)), lossExponent);

    /// <summary>
    /// Two parties, two items, one meeting. Party a cares most about x, b about y, and the status quo (0.5, 0.5)
    /// leaves room for a trade that both prefer: a bargaining range exists.
    /// </summary>
    public static Scenario Bilateral(double exponentA = 1, double exponentB = 1, double idealA = 0.1, double idealB = 0.9,
        RedLine? redA = null, RedLine? redB = null, int rounds = 20, Distribution? attendanceB = null, Distribution? outsideB = null,
        double reservation = 0, double temperature = 0, Distribution? exponentDistributionA = null, Distribution? exponentDistributionB = null,
        double walkoutB = 0)
    {
        var items = new[] { Item("x", 0.5), Item("y", 0.5) };
        var a = Party("a", Positions(("x", At(idealA, 1, redA)), ("y", At(0.2, 0.5))), exponent: exponentA, reservation: reservation,
            temperature: temperature, exponentDistribution: exponentDistributionA);
        var b = Party("b", Positions(("x", At(idealB, 0.5, redB)), ("y", At(0.8, 1))), exponent: exponentB, reservation: reservation,
            attendance: attendanceB, outside: outsideB, temperature: temperature, exponentDistribution: exponentDistributionB, walkout: walkoutB);
        return Scenario(items, [a, b], [Meeting("m", ["a", "b"], ["x", "y"], rounds)]);
    }
}
