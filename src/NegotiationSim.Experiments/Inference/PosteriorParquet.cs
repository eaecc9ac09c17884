using Parquet;
using Parquet.Schema;

namespace NegotiationSim.Experiments.Inference;

/// <summary>
/// The posterior and prior samples of <c>negsim infer</c> as Parquet (docs/outputs.md, "Score and infer folders"): one
/// row per particle, a <c>weight</c> column (normalised; 1/n for the prior), then one double column per parameter named
/// by its setting path.
/// </summary>
public static class PosteriorParquet
{
    /// <summary>Writes row-major <paramref name="sample"/> (n × paths) with its weights (null: equal).</summary>
    public static void Write(string path, IReadOnlyList<string> paths, double[] sample, double[]? weights)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(sample);
        int d = paths.Count, n = sample.Length / d;
        var fields = new List<DataField> { new DataField<int>("particle"), new DataField<double>("weight") };
        fields.AddRange(paths.Select(p => new DataField<double>(p)));
        var schema = new ParquetSchema(fields.Cast<Field>().ToArray());
        using var stream = File.Create(path);
        WriteAsync(stream, schema, d, n, sample, weights).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(Stream stream, ParquetSchema schema, int d, int n, double[] sample, double[]? weights)
    {
        await using var writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(schema.DataFields[0], Enumerable.Range(0, n).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<double>(schema.DataFields[1], weights ?? Enumerable.Repeat(1.0 / n, n).ToArray()).ConfigureAwait(false);
        var column = new double[n];
        for (int p = 0; p < d; p++)
        {
            for (int i = 0; i < n; i++) column[i] = sample[i * d + p];
            await group.WriteAsync<double>(schema.DataFields[2 + p], column).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a file written by <see cref="Write"/>: the column names after <c>weight</c>, the weights, and the sample row-major.</summary>
    public static (IReadOnlyList<string> Paths, double[] Weights, double[] Sample) Read(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadAsync(stream).GetAwaiter().GetResult();
    }

    private static async Task<(IReadOnlyList<string>, double[], double[])> ReadAsync(Stream stream)
    {
        await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        var fields = reader.Schema.DataFields;
        using var group = reader.OpenRowGroupReader(0);
        int n = (int)group.RowCount, d = fields.Length - 2;
        var weights = new double[n];
        await group.ReadAsync<double>(fields[1], weights).ConfigureAwait(false);
        var sample = new double[n * d];
        var column = new double[n];
        for (int p = 0; p < d; p++)
        {
            await group.ReadAsync<double>(fields[2 + p], column).ConfigureAwait(false);
            for (int i = 0; i < n; i++) sample[i * d + p] = column[i];
        }
        return (fields.Skip(2).Select(f => f.Name).ToArray(), weights, sample);
    }
}
