using NegotiationSim.Engine.Compilation;
using NegotiationSim.Outcomes;
using Parquet;
using Parquet.Schema;

namespace NegotiationSim.Experiments.Results;

/// <summary>
/// Writes every replicate of a run as two Parquet tables (docs/outputs.md): <c>replicates.parquet</c>, one row per
/// replicate (ending, meetings held, escalation, each party's utility, walkout and escalation, and every sampled
/// uncertain parameter), and <c>items.parquet</c>, one row per replicate × agenda item. Pass it to
/// <see cref="NegotiationSim.Engine.Running.MonteCarloRunner.Run"/> as the sink; it buffers one row group at a time, so memory does not grow with
/// the number of replicates, and writes rows in replicate order, so the files are byte-identical for any thread count.
/// </summary>
/// <remarks>Call <see cref="Complete"/> after the run to finish the files; disposing without it leaves them incomplete.</remarks>
public sealed class ReplicateTables : IReplicateSink, IDisposable
{
    /// <summary>File name of the per-replicate table.</summary>
    public const string ReplicatesFile = "replicates.parquet";

    /// <summary>File name of the per-replicate-and-item table.</summary>
    public const string ItemsFile = "items.parquet";

    /// <summary>Replicates per Parquet row group unless told otherwise (items.parquet holds that many × items rows per group).</summary>
    public const int DefaultRowGroupReplicates = 16_384;

    private static readonly string[] EndingNames = ["completed", "declined", "walkout", "war"];

    private readonly int _items;
    private readonly int _parties;
    private readonly int _parameters;
    private readonly int _capacity;
    private readonly string[] _itemIds;
    private readonly string[] _meetingIds;

    private readonly ParquetSchema _replicateSchema;
    private readonly ParquetSchema _itemSchema;
    private readonly FileStream _replicateStream;
    private readonly FileStream _itemStream;
    private readonly ParquetWriter _replicateWriter;
    private readonly ParquetWriter _itemWriter;

    // One row group's worth of columns; rows [0, _rows) are filled.
    private readonly long[] _replicate;
    private readonly string[] _ending;
    private readonly int[] _meetingsHeld;
    private readonly bool[] _escalation;
    private readonly double[][] _utility;
    private readonly bool[][] _walkedOut;
    private readonly bool[][] _escalated;
    private readonly bool[][] _vetoed;
    private readonly double[][] _parameter;
    private readonly long[] _itemReplicate;
    private readonly string[] _itemId;
    private readonly bool[] _agreed;
    private readonly double[] _value;
    private readonly string?[] _meeting;
    private readonly int?[] _round;
    private int _rows;
    private bool _completed;
    private bool _disposed;

    private readonly long _firstReplicate;
    private readonly bool _vetoes;

    private ReplicateTables(string folder, CompiledModel model, int rowGroupReplicates, long firstReplicate)
    {
        _firstReplicate = firstReplicate;
        var scenario = model.Scenario;
        _items = model.Items;
        _parties = model.Parties;
        _parameters = model.UncertainParameters;
        _capacity = rowGroupReplicates;
        _itemIds = scenario.Items.Select(i => i.Id).ToArray();
        _meetingIds = scenario.Meetings.Select(m => m.Id).ToArray();
        var partyIds = scenario.Parties.Select(p => p.Id).ToArray();

        _vetoes = ReplicateBatch.RecordsVetoes(model);
        _replicateSchema = ReplicateSchema(partyIds, model.UncertainParameterPaths, _vetoes);
        _itemSchema = ItemSchema();

        _replicate = new long[_capacity];
        _ending = new string[_capacity];
        _meetingsHeld = new int[_capacity];
        _escalation = new bool[_capacity];
        _utility = Columns<double>(_parties);
        _walkedOut = Columns<bool>(_parties);
        _escalated = Columns<bool>(_parties);
        _vetoed = Columns<bool>(_vetoes ? _parties : 0);
        _parameter = Columns<double>(_parameters);
        int itemRows = _capacity * _items;
        _itemReplicate = new long[itemRows];
        _itemId = new string[itemRows];
        _agreed = new bool[itemRows];
        _value = new double[itemRows];
        _meeting = new string?[itemRows];
        _round = new int?[itemRows];

        Directory.CreateDirectory(folder);
        _replicateStream = new FileStream(Path.Combine(folder, ReplicatesFile), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        try
        {
            _itemStream = new FileStream(Path.Combine(folder, ItemsFile), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            _replicateWriter = Sync(ParquetWriter.CreateAsync(_replicateSchema, _replicateStream, WriterOptions(_replicateSchema)));
            _itemWriter = Sync(ParquetWriter.CreateAsync(_itemSchema, _itemStream, WriterOptions(_itemSchema)));
        }
        catch
        {
            _itemStream?.Dispose();
            _replicateStream.Dispose();
            throw;
        }
    }

    /// <summary>Starts the two tables in <paramref name="folder"/> (created if missing) for replicates of <paramref name="model"/>.</summary>
    /// <param name="folder">Where <see cref="ReplicatesFile"/> and <see cref="ItemsFile"/> go; neither may exist yet.</param>
    /// <param name="model">The compiled experiment, for the parties, items, meetings and uncertain parameters.</param>
    /// <param name="rowGroupReplicates">Replicates per row group, ≥ 1: what is held in memory at once.</param>
    /// <param name="firstReplicate">The first replicate the run hands on: 0, or a shard's first (docs/outputs.md, partial folders).</param>
    /// <exception cref="IOException">A file exists already or cannot be created.</exception>
    public static ReplicateTables Create(string folder, CompiledModel model, int rowGroupReplicates = DefaultRowGroupReplicates, long firstReplicate = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupReplicates, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(firstReplicate);
        return new ReplicateTables(folder, model, rowGroupReplicates, firstReplicate);
    }

    /// <summary>The schema of <see cref="ReplicatesFile"/> for the given parties and uncertain parameters, in column order.</summary>
    /// <param name="partyIds">Party ids in the scenario's order.</param>
    /// <param name="parameterPaths">Setting paths of the uncertain parameters, in slot order.</param>
    /// <param name="vetoes">Whether the replicates record vetoes (docs/model.md §15.5): then a <c>vetoed.PARTY</c> column per party follows the escalations.</param>
    public static ParquetSchema ReplicateSchema(IReadOnlyList<string> partyIds, IReadOnlyList<string> parameterPaths, bool vetoes = false)
    {
        ArgumentNullException.ThrowIfNull(partyIds);
        ArgumentNullException.ThrowIfNull(parameterPaths);
        var fields = new List<Field>
        {
            new DataField<long>("replicate"),
            new DataField<string>("ending", nullable: false),
            new DataField<int>("meetingsHeld"),
            new DataField<bool>("escalation"),
        };
        fields.AddRange(partyIds.Select(id => new DataField<double>("utility." + id)));
        fields.AddRange(partyIds.Select(id => new DataField<bool>("walkedOut." + id)));
        fields.AddRange(partyIds.Select(id => new DataField<bool>("escalated." + id)));
        if (vetoes) fields.AddRange(partyIds.Select(id => new DataField<bool>("vetoed." + id)));
        fields.AddRange(parameterPaths.Select(path => new DataField<double>(path)));
        return new ParquetSchema(fields);
    }

    /// <summary>The schema of <see cref="ItemsFile"/>, in column order.</summary>
    public static ParquetSchema ItemSchema() => new(
        new DataField<long>("replicate"),
        new DataField<string>("item", nullable: false),
        new DataField<bool>("agreed"),
        new DataField<double>("value"),
        new DataField<string>("meeting", nullable: true),
        new DataField<int?>("round"));

    /// <summary>Replicates written so far (including those still buffered).</summary>
    public long Replicates { get; private set; }

    /// <inheritdoc />
    public void Write(ReplicateBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("the tables are complete");
        if (batch.Parties != _parties || batch.Items != _items || batch.Parameters != _parameters)
            throw new ArgumentException("the batch is of another experiment", nameof(batch));
        if (batch.FirstReplicate != _firstReplicate + Replicates)
            throw new ArgumentException($"expected replicate {_firstReplicate + Replicates} next, got a batch starting at {batch.FirstReplicate}", nameof(batch));

        int done = 0;
        while (done < batch.Count)
        {
            int take = Math.Min(batch.Count - done, _capacity - _rows);
            Copy(batch, done, take);
            done += take;
            Replicates += take;
            if (_rows == _capacity) Flush();
        }
    }

    /// <summary>Writes what is buffered and the files' footers: the tables are then complete and readable.</summary>
    /// <exception cref="IOException">Writing failed.</exception>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) return;
        if (_rows > 0) Flush();
        Sync(_replicateWriter.DisposeAsync());
        Sync(_itemWriter.DisposeAsync());
        _replicateStream.Dispose();
        _itemStream.Dispose();
        _completed = true;
    }

    /// <summary>Closes the files; without <see cref="Complete"/> first they are left incomplete (for the caller to delete).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_completed) return;
        // An unfinished table is of no use; close the streams without writing footers.
        _replicateStream.Dispose();
        _itemStream.Dispose();
    }

    private void Copy(ReplicateBatch batch, int from, int count)
    {
        int at = _rows;
        long first = batch.FirstReplicate + from;
        for (int r = 0; r < count; r++) _replicate[at + r] = first + r;
        var ending = batch.Ending.Slice(from, count);
        for (int r = 0; r < count; r++) _ending[at + r] = EndingNames[(int)ending[r]];
        batch.MeetingsHeld.Slice(from, count).CopyTo(_meetingsHeld.AsSpan(at));
        batch.Escalation.Slice(from, count).CopyTo(_escalation.AsSpan(at));
        for (int a = 0; a < _parties; a++)
        {
            batch.Utility(a).Slice(from, count).CopyTo(_utility[a].AsSpan(at));
            batch.WalkedOut(a).Slice(from, count).CopyTo(_walkedOut[a].AsSpan(at));
            batch.Escalated(a).Slice(from, count).CopyTo(_escalated[a].AsSpan(at));
            if (_vetoes) batch.Vetoed(a).Slice(from, count).CopyTo(_vetoed[a].AsSpan(at));
        }
        for (int s = 0; s < _parameters; s++) batch.Parameter(s).Slice(from, count).CopyTo(_parameter[s].AsSpan(at));

        // items.parquet rows go replicate by replicate, items in scenario order within each.
        for (int i = 0; i < _items; i++)
        {
            var agreed = batch.Agreed(i).Slice(from, count);
            var value = batch.Value(i).Slice(from, count);
            var meeting = batch.Meeting(i).Slice(from, count);
            var round = batch.Round(i).Slice(from, count);
            string id = _itemIds[i];
            for (int r = 0; r < count; r++)
            {
                int row = (at + r) * _items + i;
                _itemReplicate[row] = first + r;
                _itemId[row] = id;
                _agreed[row] = agreed[r];
                _value[row] = value[r];
                _meeting[row] = meeting[r] >= 0 ? _meetingIds[meeting[r]] : null;
                _round[row] = agreed[r] ? round[r] : null;
            }
        }
        _rows += count;
    }

    private void Flush()
    {
        int n = _rows, itemRows = n * _items;
        var fields = _replicateSchema.DataFields;
        using (var group = _replicateWriter.CreateRowGroup())
        {
            int f = 0;
            Sync(group.WriteAsync<long>(fields[f++], _replicate.AsMemory(0, n)));
            Sync(group.WriteAsync(fields[f++], new ArraySegment<string>(_ending, 0, n)));
            Sync(group.WriteAsync<int>(fields[f++], _meetingsHeld.AsMemory(0, n)));
            Sync(group.WriteAsync<bool>(fields[f++], _escalation.AsMemory(0, n)));
            foreach (var column in _utility) Sync(group.WriteAsync<double>(fields[f++], column.AsMemory(0, n)));
            foreach (var column in _walkedOut) Sync(group.WriteAsync<bool>(fields[f++], column.AsMemory(0, n)));
            foreach (var column in _escalated) Sync(group.WriteAsync<bool>(fields[f++], column.AsMemory(0, n)));
            foreach (var column in _vetoed) Sync(group.WriteAsync<bool>(fields[f++], column.AsMemory(0, n)));
            foreach (var column in _parameter) Sync(group.WriteAsync<double>(fields[f++], column.AsMemory(0, n)));
        }
        var itemFields = _itemSchema.DataFields;
        using (var group = _itemWriter.CreateRowGroup())
        {
            Sync(group.WriteAsync<long>(itemFields[0], _itemReplicate.AsMemory(0, itemRows)));
            Sync(group.WriteAsync(itemFields[1], new ArraySegment<string>(_itemId, 0, itemRows)));
            Sync(group.WriteAsync<bool>(itemFields[2], _agreed.AsMemory(0, itemRows)));
            Sync(group.WriteAsync<double>(itemFields[3], _value.AsMemory(0, itemRows)));
            Sync(group.WriteAsync(itemFields[4], new ArraySegment<string?>(_meeting, 0, itemRows)!));
            Sync(group.WriteAsync<int>(itemFields[5], _round.AsMemory(0, itemRows)));
        }
        _rows = 0;
    }

    /// <summary>
    /// Snappy, the Parquet default that every reader understands; text columns dictionary-encoded. Measured on the
    /// default scenario (docs/outputs.md): the sampled parameters are random doubles that no codec shrinks by more
    /// than ~14% (Zstd with byte-stream-split), at 1.5–10× the writing time, so the fast codec wins.
    /// </summary>
    internal static ParquetOptions WriterOptions(ParquetSchema schema)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (var field in schema.DataFields)
            if (field.ClrType == typeof(string)) options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        return options;
    }

    private T[][] Columns<T>(int count)
    {
        var columns = new T[count][];
        for (int c = 0; c < count; c++) columns[c] = new T[_capacity];
        return columns;
    }

    // Parquet.Net's API is asynchronous; the sink is called on a worker thread with no synchronisation context,
    // so waiting here is safe and keeps the engine's hand-off synchronous.
    private static void Sync(Task task) => task.GetAwaiter().GetResult();

    private static void Sync(ValueTask task) => task.GetAwaiter().GetResult();

    private static T Sync<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
