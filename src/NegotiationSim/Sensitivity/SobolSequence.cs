namespace NegotiationSim.Sensitivity;

/// <summary>
/// The Sobol' low-discrepancy sequence in up to <see cref="MaxDimensions"/> dimensions, with the direction numbers
/// of Joe &amp; Kuo (2008), set D(6) ("new-joe-kuo-6.21201"), generated in Gray-code order with 32-bit precision.
/// Unscrambled and deterministic: point 0 is the origin, which <see cref="Points"/> skips by default.
/// </summary>
/// <remarks>
/// Joe, S. and Kuo, F. Y. (2008), Constructing Sobol sequences with better two-dimensional projections,
/// SIAM Journal on Scientific Computing 30, 2635–2654; direction numbers from https://web.maths.unsw.edu.au/~fkuo/sobol/.
/// </remarks>
public sealed class SobolSequence
{
    /// <summary>Dimensions supported by the table below (dimension 1 plus rows 2–31 of Joe &amp; Kuo's file).</summary>
    public const int MaxDimensions = 31;

    private const int Bits = 32;

    // Joe & Kuo new-joe-kuo-6.21201, dimensions 2..31: degree s, coefficient code a, initial direction numbers m_1..m_s.
    private static readonly (int S, uint A, uint[] M)[] Table =
    [
        (1, 0, [1]),
        (2, 1, [1, 3]),
        (3, 1, [1, 3, 1]),
        (3, 2, [1, 1, 1]),
        (4, 1, [1, 1, 3, 3]),
        (4, 4, [1, 3, 5, 13]),
        (5, 2, [1, 1, 5, 5, 17]),
        (5, 4, [1, 1, 5, 5, 5]),
        (5, 7, [1, 1, 7, 11, 19]),
        (5, 11, [1, 1, 5, 1, 1]),
        (5, 13, [1, 1, 1, 3, 11]),
        (5, 14, [1, 3, 5, 5, 31]),
        (6, 1, [1, 3, 3, 9, 7, 49]),
        (6, 13, [1, 1, 1, 15, 21, 21]),
        (6, 16, [1, 3, 1, 13, 27, 49]),
        (6, 19, [1, 1, 1, 15, 7, 5]),
        (6, 22, [1, 3, 1, 15, 13, 25]),
        (6, 25, [1, 1, 5, 5, 19, 61]),
        (7, 1, [1, 3, 7, 11, 23, 15, 103]),
        (7, 4, [1, 3, 7, 13, 13, 15, 69]),
        (7, 7, [1, 1, 3, 13, 7, 35, 63]),
        (7, 8, [1, 3, 5, 9, 1, 25, 53]),
        (7, 14, [1, 3, 1, 13, 9, 35, 107]),
        (7, 19, [1, 3, 1, 5, 27, 61, 31]),
        (7, 21, [1, 1, 5, 11, 19, 41, 61]),
        (7, 28, [1, 3, 5, 3, 3, 13, 69]),
        (7, 31, [1, 1, 7, 13, 1, 19, 1]),
        (7, 32, [1, 3, 7, 5, 13, 19, 59]),
        (7, 37, [1, 1, 3, 9, 25, 29, 41]),
        (7, 41, [1, 3, 5, 13, 23, 1, 55]),
    ];

    private readonly uint[][] _direction;
    private readonly uint[] _state;
    private long _index;

    /// <summary>A sequence in <paramref name="dimensions"/> dimensions, 1 to <see cref="MaxDimensions"/>, positioned at point 0.</summary>
    public SobolSequence(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        Dimensions = dimensions;
        _direction = new uint[dimensions][];
        _state = new uint[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            var v = new uint[Bits + 1];
            if (d == 0)
            {
                for (int i = 1; i <= Bits; i++) v[i] = 1u << (Bits - i);
            }
            else
            {
                var (s, a, m) = Table[d - 1];
                for (int i = 1; i <= Math.Min(s, Bits); i++) v[i] = m[i - 1] << (Bits - i);
                for (int i = s + 1; i <= Bits; i++)
                {
                    v[i] = v[i - s] ^ (v[i - s] >> s);
                    for (int j = 1; j < s; j++) v[i] ^= ((a >> (s - 1 - j)) & 1) * v[i - j];
                }
            }
            _direction[d] = v;
        }
    }

    /// <summary>Number of coordinates per point.</summary>
    public int Dimensions { get; }

    /// <summary>Writes the next point (the first call gives point 0, the origin) into <paramref name="point"/>, each coordinate in [0, 1).</summary>
    public void Next(Span<double> point)
    {
        if (point.Length < Dimensions) throw new ArgumentException($"need room for {Dimensions} coordinates", nameof(point));
        if (_index > 0)
        {
            // Gray-code step: flip the direction number of the lowest zero bit of index − 1.
            long c = 1, value = _index - 1;
            while ((value & 1) == 1) { value >>= 1; c++; }
            if (c > Bits) throw new InvalidOperationException("the sequence is exhausted (2^32 points)");
            for (int d = 0; d < Dimensions; d++) _state[d] ^= _direction[d][c];
        }
        for (int d = 0; d < Dimensions; d++) point[d] = _state[d] / 4294967296.0;
        _index++;
    }

    /// <summary>The first <paramref name="count"/> points after skipping <paramref name="skip"/> (by default the origin).</summary>
    public static double[][] Points(int count, int dimensions, int skip = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        var sequence = new SobolSequence(dimensions);
        var scratch = new double[dimensions];
        for (int i = 0; i < skip; i++) sequence.Next(scratch);
        var points = new double[count][];
        for (int i = 0; i < count; i++)
        {
            points[i] = new double[dimensions];
            sequence.Next(points[i]);
        }
        return points;
    }
}
