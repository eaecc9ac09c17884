using NegotiationSim.Uncertainty;

namespace NegotiationSim.Forecasting;

/// <summary>A named setting of the protocol's distributions, one point of the calibration grid.</summary>
/// <param name="Name">Short name for tables, e.g. "boulware/warm".</param>
/// <param name="Protocol">The distributions.</param>
public sealed record ProtocolCandidate(string Name, ProtocolDistributions Protocol)
{
    /// <summary>
    /// The calibration grid: three concession-exponent distributions (Boulware PERT(0.1, 0.3, 1), the default
    /// PERT(0.25, 1, 4), Conceder PERT(1, 3, 10)) × three acceptance temperatures (cool PERT(0, 0.02, 0.1), the
    /// default; warm PERT(0, 0.1, 0.5); hot PERT(0, 0.5, 2.5)); the rest as in <see cref="ProtocolDistributions.Default"/>.
    /// </summary>
    public static IReadOnlyList<ProtocolCandidate> Grid { get; } = BuildGrid();

    private static List<ProtocolCandidate> BuildGrid()
    {
        (string, Distribution)[] exponents =
        [
            ("boulware", Distribution.Pert(0.1, 0.3, 1)), ("default", Distribution.Pert(0.25, 1, 4)), ("conceder", Distribution.Pert(1, 3, 10)),
        ];
        (string, Distribution)[] temperatures =
        [
            ("cool", Distribution.Pert(0, 0.02, 0.1)), ("warm", Distribution.Pert(0, 0.1, 0.5)), ("hot", Distribution.Pert(0, 0.5, 2.5)),
        ];
        var d = ProtocolDistributions.Default;
        var grid = new List<ProtocolCandidate>();
        foreach (var (e, exponent) in exponents)
            foreach (var (t, temperature) in temperatures)
                grid.Add(new ProtocolCandidate($"{e}/{t}", d with { ConcessionExponent = exponent, AcceptanceTemperature = temperature }));
        return grid;
    }
}
