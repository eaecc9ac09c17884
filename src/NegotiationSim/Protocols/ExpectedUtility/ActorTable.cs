namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// The input of the expected-utility model on one issue: per actor a name, a capability, a position and a salience.
/// Immutable and validated; the spans are views of arrays the table owns.
/// </summary>
public sealed class ActorTable
{
    private readonly string[] _names;
    private readonly double[] _capability;
    private readonly double[] _position;
    private readonly double[] _salience;

    /// <summary>A table of the given actors (copied). Throws <see cref="ArgumentException"/> on invalid values.</summary>
    /// <param name="names">Distinct, non-empty actor names.</param>
    /// <param name="capability">c ≥ 0, finite.</param>
    /// <param name="position">x, finite.</param>
    /// <param name="salience">s in [0, 1] (a fraction, not a percentage).</param>
    public ActorTable(IReadOnlyList<string> names, ReadOnlySpan<double> capability, ReadOnlySpan<double> position, ReadOnlySpan<double> salience)
    {
        ArgumentNullException.ThrowIfNull(names);
        int n = names.Count;
        if (capability.Length != n || position.Length != n || salience.Length != n)
            throw new ArgumentException($"names ({n}), capability ({capability.Length}), position ({position.Length}) and salience ({salience.Length}) must have the same length.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i])) throw new ArgumentException($"Actor {i + 1} has no name.", nameof(names));
            if (!seen.Add(names[i])) throw new ArgumentException($"Actor name '{names[i]}' appears twice.", nameof(names));
            if (!(capability[i] >= 0) || double.IsInfinity(capability[i])) throw new ArgumentException($"Capability of '{names[i]}' must be finite and ≥ 0 (was {capability[i]}).", nameof(capability));
            if (!double.IsFinite(position[i])) throw new ArgumentException($"Position of '{names[i]}' must be finite (was {position[i]}).", nameof(position));
            if (!(salience[i] >= 0 && salience[i] <= 1)) throw new ArgumentException($"Salience of '{names[i]}' must be in [0, 1] (was {salience[i]}).", nameof(salience));
            total += capability[i] * salience[i];
        }
        if (n > 0 && !(total > 0)) throw new ArgumentException("At least one actor needs capability × salience > 0.", nameof(capability));
        _names = [.. names];
        _capability = capability.ToArray();
        _position = position.ToArray();
        _salience = salience.ToArray();
    }

    /// <summary>Number of actors.</summary>
    public int Count => _names.Length;

    /// <summary>Actor names, in file order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Capabilities c ≥ 0.</summary>
    public ReadOnlySpan<double> Capability => _capability;

    /// <summary>Initial positions x.</summary>
    public ReadOnlySpan<double> Position => _position;

    /// <summary>Saliences s in [0, 1].</summary>
    public ReadOnlySpan<double> Salience => _salience;

    /// <summary>The spread of the positions, max − min (Scholz et al.'s R); 0 when all actors stand at one position.</summary>
    public double PositionRange
    {
        get
        {
            if (_position.Length == 0) return 0;
            double min = _position[0], max = _position[0];
            foreach (double x in _position)
            {
                min = Math.Min(min, x);
                max = Math.Max(max, x);
            }
            return max - min;
        }
    }
}
