namespace NegotiationSim.Sensitivity;

/// <summary>
/// The sampling design of Saltelli et al. (2010) for first-order and total Sobol' indices of <see cref="Parameters"/>
/// inputs: two base matrices A and B of <see cref="BaseSamples"/> rows each, and for every input i the matrix
/// AB⁽ⁱ⁾ = A with column i taken from B; N(d + 2) model runs in all. A and B are the first d and the last d
/// coordinates of a 2d-dimensional <see cref="SobolSequence"/> (origin skipped), so the design is deterministic.
/// </summary>
/// <remarks>
/// Rows are ordered block by block: A (rows 0..N−1), B (N..2N−1), then AB⁽⁰⁾, AB⁽¹⁾, …, each N rows. Coordinates are
/// on the unit cube; map them to each input's range yourself.
/// Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. and Tarantola, S. (2010), Variance based
/// sensitivity analysis of model output. Design and estimator for the total sensitivity index, Computer Physics
/// Communications 181, 259–270.
/// </remarks>
public sealed class SaltelliDesign
{
    /// <summary>Inputs supported: the Sobol' table has 31 dimensions and the design needs 2d.</summary>
    public const int MaxParameters = SobolSequence.MaxDimensions / 2;

    /// <summary>The design for <paramref name="parameters"/> inputs with <paramref name="baseSamples"/> rows per base matrix (a power of 2 balances the Sobol' points best).</summary>
    public SaltelliDesign(int baseSamples, int parameters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(parameters, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parameters, MaxParameters);
        BaseSamples = baseSamples;
        Parameters = parameters;
        var sobol = SobolSequence.Points(baseSamples, 2 * parameters);
        var rows = new double[baseSamples * (parameters + 2)][];
        for (int j = 0; j < baseSamples; j++)
        {
            var a = sobol[j].AsSpan(0, parameters).ToArray();
            var b = sobol[j].AsSpan(parameters, parameters).ToArray();
            rows[RowA(j)] = a;
            rows[RowB(j)] = b;
            for (int i = 0; i < parameters; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                rows[RowAB(i, j)] = ab;
            }
        }
        Rows = rows;
    }

    /// <summary>N: rows of each base matrix.</summary>
    public int BaseSamples { get; }

    /// <summary>d: number of inputs.</summary>
    public int Parameters { get; }

    /// <summary>Every model run's inputs on the unit cube, N(d + 2) rows of d coordinates, block by block.</summary>
    public IReadOnlyList<double[]> Rows { get; }

    /// <summary>Row of A's j-th sample.</summary>
    public int RowA(int j) => j;

    /// <summary>Row of B's j-th sample.</summary>
    public int RowB(int j) => BaseSamples + j;

    /// <summary>Row of AB⁽ⁱ⁾'s j-th sample.</summary>
    public int RowAB(int i, int j) => (2 + i) * BaseSamples + j;

    /// <summary>"A", "B" or "AB" + i (0-based input) for a row.</summary>
    public string Block(int row) => (row / BaseSamples) switch
    {
        0 => "A",
        1 => "B",
        var block => "AB" + (block - 2),
    };

    /// <summary>The indices of every input from model outputs <paramref name="outputs"/>, one per row of <see cref="Rows"/>.</summary>
    /// <param name="outputs">Model output per row.</param>
    /// <param name="bootstrap">Bootstrap resamples of the N base rows for the 95% intervals; 0 for none.</param>
    /// <param name="seed">Seed of the bootstrap.</param>
    public IReadOnlyList<SobolIndex> Analyse(IReadOnlyList<double> outputs, int bootstrap = 1000, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count != Rows.Count) throw new ArgumentException($"expected {Rows.Count} outputs, got {outputs.Count}", nameof(outputs));
        int n = BaseSamples;
        var fA = new double[n];
        var fB = new double[n];
        var fAB = new double[Parameters][];
        for (int j = 0; j < n; j++) { fA[j] = outputs[RowA(j)]; fB[j] = outputs[RowB(j)]; }
        for (int i = 0; i < Parameters; i++)
        {
            fAB[i] = new double[n];
            for (int j = 0; j < n; j++) fAB[i][j] = outputs[RowAB(i, j)];
        }
        return SobolIndices.Estimate(fA, fB, fAB, bootstrap, seed);
    }
}
