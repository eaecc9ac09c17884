using System.Runtime.CompilerServices;

namespace NegotiationSim.Peer;

/// <summary>
/// Eight doubles, one per issue, as eight fields (no array), so that a kernel keeps them in registers or on the
/// stack and compiles for a GPU unchanged.
/// </summary>
internal readonly struct IssueVector
{
    public readonly double E0, E1, E2, E3, E4, E5, E6, E7;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public IssueVector(double e0, double e1, double e2, double e3, double e4, double e5, double e6, double e7)
    {
        E0 = e0;
        E1 = e1;
        E2 = e2;
        E3 = e3;
        E4 = e4;
        E5 = e5;
        E6 = e6;
        E7 = e7;
    }

    /// <summary>Element <paramref name="issue"/> (0..7); for tests, not for the hot path.</summary>
    public double this[int issue] => issue switch
    {
        0 => E0,
        1 => E1,
        2 => E2,
        3 => E3,
        4 => E4,
        5 => E5,
        6 => E6,
        7 => E7,
        _ => throw new ArgumentOutOfRangeException(nameof(issue), issue, "An issue index is in 0..7."),
    };

    /// <summary>
    /// The sum of the eight elements in numpy's pairwise order for a contiguous row of 8:
    /// ((e0 + e1) + (e2 + e3)) + ((e4 + e5) + (e6 + e7)). Every Σ_k of the scenario uses this order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(double e0, double e1, double e2, double e3, double e4, double e5, double e6, double e7) =>
        ((e0 + e1) + (e2 + e3)) + ((e4 + e5) + (e6 + e7));
}
