using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;


namespace NegotiationSim.Outcomes;

/// <summary>
/// The outcomes of a run of consecutive replicates (one chunk), column by column: what an <see cref="IReplicateSink"/>
/// receives. Row <c>i</c> is replicate <see cref="FirstReplicate"/> + <c>i</c>. Per-party, per-item and per-parameter
/// columns are separate spans of <see cref="Count"/> values each, ready to be written as table columns.
/// </summary>
/// <remarks>
/// The runner reuses batches: a sink must copy what it keeps before <see cref="IReplicateSink.Write"/> returns.
/// </remarks>
public sealed class ReplicateBatch
{
    private readonly int _capacity;
    private readonly Ending[] _ending;
    private readonly int[] _meetingsHeld;
    private readonly bool[] _escalation;
    private readonly double[] _utility;
    private readonly bool[] _walkedOut;
    private readonly bool[] _escalated;
    private readonly bool[] _vetoed;
    private readonly double[] _parameter;
    private readonly bool[] _agreed;
    private readonly double[] _value;
    private readonly int[] _meeting;
    private readonly int[] _round;

    /// <summary>An empty batch with room for <paramref name="capacity"/> replicates of <paramref name="model"/>.</summary>
    /// <param name="model">The compiled experiment whose replicates the batch holds.</param>
    /// <param name="capacity">Replicates it can hold, ≥ 1.</param>
    public ReplicateBatch(CompiledModel model, int capacity)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        Parties = model.Parties;
        Items = model.Items;
        Parameters = model.UncertainParameters;
        _ending = new Ending[capacity];
        _meetingsHeld = new int[capacity];
        _escalation = new bool[capacity];
        _utility = new double[Parties * capacity];
        _walkedOut = new bool[Parties * capacity];
        _escalated = new bool[Parties * capacity];
        TracksVetoes = model.TracksVetoes;
        _vetoed = new bool[(TracksVetoes ? Parties : 0) * capacity];
        _parameter = new double[Parameters * capacity];
        _agreed = new bool[Items * capacity];
        _value = new double[Items * capacity];
        _meeting = new int[Items * capacity];
        _round = new int[Items * capacity];
    }

    /// <summary>Index of the replicate in row 0.</summary>
    public long FirstReplicate { get; private set; }

    /// <summary>Number of replicates (rows) in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Number of parties (the model's party order).</summary>
    public int Parties { get; }

    /// <summary>Whether the replicates record vetoes (acceptance per negotiation, docs/model.md §15.5), so that <see cref="Vetoed"/> holds them.</summary>
    public bool TracksVetoes { get; }

    /// <summary>Whether replicates of <paramref name="model"/> record vetoes (docs/model.md §15.5): what <see cref="TracksVetoes"/> of their batches says.</summary>
    public static bool RecordsVetoes(CompiledModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.TracksVetoes;
    }

    /// <summary>Number of agenda items (the model's item order).</summary>
    public int Items { get; }

    /// <summary>Number of uncertain parameters (the order of <see cref="CompiledModel.UncertainParameterPaths"/>).</summary>
    public int Parameters { get; }

    /// <summary>How each replicate's meeting sequence ended.</summary>
    public ReadOnlySpan<Ending> Ending => _ending.AsSpan(0, Count);

    /// <summary>Meetings held in each replicate.</summary>
    public ReadOnlySpan<int> MeetingsHeld => _meetingsHeld.AsSpan(0, Count);

    /// <summary>Whether some party took its outside option in each replicate.</summary>
    public ReadOnlySpan<bool> Escalation => _escalation.AsSpan(0, Count);

    /// <summary>Party <paramref name="party"/>'s utility of the final outcome, on [0, 1].</summary>
    public ReadOnlySpan<double> Utility(int party) => Column(_utility, party, Parties);

    /// <summary>Whether party <paramref name="party"/> walked out of some meeting.</summary>
    public ReadOnlySpan<bool> WalkedOut(int party) => Column(_walkedOut, party, Parties);

    /// <summary>Whether party <paramref name="party"/> took its outside option.</summary>
    public ReadOnlySpan<bool> Escalated(int party) => Column(_escalated, party, Parties);

    /// <summary>Whether party <paramref name="party"/> vetoed some offer (docs/model.md §15.5); only when <see cref="TracksVetoes"/>.</summary>
    /// <exception cref="InvalidOperationException">The replicates do not record vetoes.</exception>
    public ReadOnlySpan<bool> Vetoed(int party) =>
        TracksVetoes ? Column(_vetoed, party, Parties) : throw new InvalidOperationException("these replicates do not record vetoes (acceptance per offer)");

    /// <summary>The value drawn for uncertain parameter <paramref name="slot"/> (after clamping to its valid range).</summary>
    public ReadOnlySpan<double> Parameter(int slot) => Column(_parameter, slot, Parameters);

    /// <summary>Whether item <paramref name="item"/> was agreed.</summary>
    public ReadOnlySpan<bool> Agreed(int item) => Column(_agreed, item, Items);

    /// <summary>Item <paramref name="item"/>'s value in force at the end on its [0, 1] scale: the agreed value, or the status quo.</summary>
    public ReadOnlySpan<double> Value(int item) => Column(_value, item, Items);

    /// <summary>Index of the meeting that agreed item <paramref name="item"/>, or −1 when it was not agreed.</summary>
    public ReadOnlySpan<int> Meeting(int item) => Column(_meeting, item, Items);

    /// <summary>The round (1-based) in which item <paramref name="item"/> was agreed, or 0 when it was not agreed.</summary>
    public ReadOnlySpan<int> Round(int item) => Column(_round, item, Items);

    private ReadOnlySpan<T> Column<T>(T[] data, int index, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, columns);
        return data.AsSpan(index * _capacity, Count);
    }

    /// <summary>Empties the batch for the chunk that starts at <paramref name="firstReplicate"/>.</summary>
    internal void Reset(long firstReplicate)
    {
        FirstReplicate = firstReplicate;
        Count = 0;
    }

    /// <summary>Appends the j-th replicate of <paramref name="block"/> (its outcome row and its draws) as the next row.</summary>
    internal void Capture(ReplicateBlock block, int j)
    {
        var R = block.Rows;
        ReadOnlySpan<double> outcome = block.Row(j);
        int row = Count++, cap = _capacity;
        _ending[row] = (Ending)(int)outcome[R.Ending];
        _meetingsHeld[row] = (int)outcome[R.MeetingsHeld];
        bool escalation = false;
        for (int a = 0; a < Parties; a++)
        {
            bool escalated = outcome[R.PartyEscalated + a] != 0;
            _utility[a * cap + row] = outcome[R.PartyUtility + a];
            _walkedOut[a * cap + row] = outcome[R.PartyWalkedOut + a] != 0;
            _escalated[a * cap + row] = escalated;
            if (TracksVetoes) _vetoed[a * cap + row] = outcome[R.PartyVetoed + a] != 0;
            escalation |= escalated;
        }
        _escalation[row] = escalation;
        for (int s = 0; s < Parameters; s++) _parameter[s * cap + row] = block.Draw(s, j);
        for (int i = 0; i < Items; i++)
        {
            _agreed[i * cap + row] = outcome[R.ItemAgreed + i] != 0;
            _value[i * cap + row] = outcome[R.ItemValue + i];
            _meeting[i * cap + row] = (int)outcome[R.ItemMeeting + i];
            _round[i * cap + row] = (int)outcome[R.ItemRound + i];
        }
    }
}
