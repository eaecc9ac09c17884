using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NegotiationSim.Peer;

/// <summary>
/// One complete outcome of the peer scenario: an integer value in 0..10 for each of its 8 issues.
/// Used for offers, agreements and ideal points. A plain value type with eight fields (no array), so the
/// kernel keeps it in registers or on the stack and it compiles for a GPU unchanged. The layout is fixed: 8 sequential
/// ints, 32 bytes (the AVX-512 kernel writes an offer as one 256-bit vector of ints).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct PeerOffer : IEquatable<PeerOffer>
{
    /// <summary>Value of issue 0, in 0..10.</summary>
    public readonly int Issue0;
    /// <summary>Value of issue 1, in 0..10.</summary>
    public readonly int Issue1;
    /// <summary>Value of issue 2, in 0..10.</summary>
    public readonly int Issue2;
    /// <summary>Value of issue 3, in 0..10.</summary>
    public readonly int Issue3;
    /// <summary>Value of issue 4, in 0..10.</summary>
    public readonly int Issue4;
    /// <summary>Value of issue 5, in 0..10.</summary>
    public readonly int Issue5;
    /// <summary>Value of issue 6, in 0..10.</summary>
    public readonly int Issue6;
    /// <summary>Value of issue 7, in 0..10.</summary>
    public readonly int Issue7;

    /// <summary>An offer from its eight issue values (each in 0..10; not checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PeerOffer(int issue0, int issue1, int issue2, int issue3, int issue4, int issue5, int issue6, int issue7)
    {
        Issue0 = issue0;
        Issue1 = issue1;
        Issue2 = issue2;
        Issue3 = issue3;
        Issue4 = issue4;
        Issue5 = issue5;
        Issue6 = issue6;
        Issue7 = issue7;
    }

    /// <summary>The value of issue <paramref name="issue"/> (0..7).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is not in 0..7.</exception>
    public int this[int issue] => issue switch
    {
        0 => Issue0,
        1 => Issue1,
        2 => Issue2,
        3 => Issue3,
        4 => Issue4,
        5 => Issue5,
        6 => Issue6,
        7 => Issue7,
        _ => throw new ArgumentOutOfRangeException(nameof(issue), issue, "An issue index is in 0..7."),
    };

    /// <summary>The eight values as a new array (for tests and reports; the kernel never calls it).</summary>
    public int[] ToArray() => [Issue0, Issue1, Issue2, Issue3, Issue4, Issue5, Issue6, Issue7];

    /// <inheritdoc />
    public bool Equals(PeerOffer other) =>
        Issue0 == other.Issue0 && Issue1 == other.Issue1 && Issue2 == other.Issue2 && Issue3 == other.Issue3 &&
        Issue4 == other.Issue4 && Issue5 == other.Issue5 && Issue6 == other.Issue6 && Issue7 == other.Issue7;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeerOffer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Issue0, Issue1, Issue2, Issue3), HashCode.Combine(Issue4, Issue5, Issue6, Issue7));

    /// <summary>Whether two offers have the same eight values.</summary>
    public static bool operator ==(PeerOffer left, PeerOffer right) => left.Equals(right);

    /// <summary>Whether two offers differ on some issue.</summary>
    public static bool operator !=(PeerOffer left, PeerOffer right) => !left.Equals(right);

    /// <summary>The values as <c>[v0,v1,...,v7]</c>.</summary>
    public override string ToString() =>
        $"[{Issue0},{Issue1},{Issue2},{Issue3},{Issue4},{Issue5},{Issue6},{Issue7}]";
}
