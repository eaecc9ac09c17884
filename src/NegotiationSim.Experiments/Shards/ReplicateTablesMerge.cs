using NegotiationSim.Engine.Compilation;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;
using Parquet;
using Parquet.Schema;

namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// Joins the shards' per-replicate tables (replicates.parquet, items.parquet) into the run's, row group by row group
/// in shard order, that is in replicate order. Shards that save replicates are cut at row-group boundaries, so the
/// joined files have the single run's row groups, written with the same schema and options as
/// <see cref="ReplicateTables"/> writes them.
/// </summary>
public static class ReplicateTablesMerge
{
    /// <summary>Writes <paramref name="target"/>/replicates.parquet and items.parquet from the shards' tables folders.</summary>
    /// <param name="sources">Each shard's tables folder, in shard order.</param>
    /// <param name="target">The merged results' tables folder (created if missing).</param>
    /// <param name="model">The experiment, for the tables' schemas.</param>
    /// <exception cref="ShardException">A shard has no tables or they do not fit the experiment.</exception>
    public static void Concatenate(IReadOnlyList<string> sources, string target, CompiledModel model)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(target);
        var replicateSchema = ReplicateTables.ReplicateSchema(model.Scenario.Parties.Select(p => p.Id).ToList(), model.UncertainParameterPaths,
            ReplicateBatch.RecordsVetoes(model));
        Join(sources.Select(s => Path.Combine(s, ReplicateTables.ReplicatesFile)).ToList(), Path.Combine(target, ReplicateTables.ReplicatesFile), replicateSchema);
        Join(sources.Select(s => Path.Combine(s, ReplicateTables.ItemsFile)).ToList(), Path.Combine(target, ReplicateTables.ItemsFile), ReplicateTables.ItemSchema());
    }

    private static void Join(IReadOnlyList<string> files, string target, ParquetSchema schema)
    {
        foreach (var file in files)
            if (!File.Exists(file)) throw new ShardException($"'{file}' is missing: that shard was run without --save-replicates or its folder is damaged");
        using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var writer = Sync(ParquetWriter.CreateAsync(schema, stream, ReplicateTables.WriterOptions(schema)));
        try
        {
            foreach (var file in files)
            {
                using var input = File.OpenRead(file);
                var reader = Sync(ParquetReader.CreateAsync(input));
                try
                {
                    var fields = reader.Schema.DataFields;
                    if (fields.Length != schema.DataFields.Length)
                        throw new ShardException($"'{file}' has {fields.Length} columns, the experiment's table has {schema.DataFields.Length}");
                    for (int g = 0; g < reader.RowGroupCount; g++)
                    {
                        using var group = reader.OpenRowGroupReader(g);
                        int rows = checked((int)group.RowCount);
                        using var output = writer.CreateRowGroup();
                        for (int f = 0; f < fields.Length; f++) Copy(group, fields[f], output, schema.DataFields[f], rows);
                    }
                }
                finally
                {
                    Sync(reader.DisposeAsync());
                }
            }
        }
        finally
        {
            Sync(writer.DisposeAsync());
        }
    }

    // One column of one row group; the types are those ReplicateTables writes.
    private static void Copy(ParquetRowGroupReader from, DataField read, ParquetRowGroupWriter to, DataField write, int rows)
    {
        var type = write.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[rows];
            Sync(from.ReadAsync(read, values.AsMemory()));
            Sync(to.WriteAsync(write, new ArraySegment<string>(values!)));
        }
        else if (type == typeof(long)) Plain<long>(from, read, to, write, rows);
        else if (type == typeof(double)) Plain<double>(from, read, to, write, rows);
        else if (type == typeof(bool)) Plain<bool>(from, read, to, write, rows);
        else if (type == typeof(int) && write.IsNullable)
        {
            var values = new int?[rows];
            Sync(from.ReadAsync<int>(read, values.AsMemory()));
            Sync(to.WriteAsync<int>(write, values.AsMemory()));
        }
        else if (type == typeof(int)) Plain<int>(from, read, to, write, rows);
        else throw new NotSupportedException($"column {write.Name} of type {type}");
    }

    private static void Plain<T>(ParquetRowGroupReader from, DataField read, ParquetRowGroupWriter to, DataField write, int rows) where T : struct
    {
        var values = new T[rows];
        Sync(from.ReadAsync<T>(read, values.AsMemory()));
        Sync(to.WriteAsync<T>(write, values.AsMemory()));
    }

    // Parquet.Net's API is asynchronous; there is no synchronisation context here, so waiting is safe.
    private static void Sync(Task task) => task.GetAwaiter().GetResult();

    private static void Sync(ValueTask task) => task.GetAwaiter().GetResult();

    private static T Sync<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
