using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Sampling;

namespace NegotiationSim.Engine.Replicate;

/// <summary>
/// One worker's engine for a block of up to <see cref="Size"/> consecutive replicates: the sample phase draws their
/// parameters into a <c>[slot][replicate]</c> block, then the play phase runs each replicate and writes one outcome row
/// (<see cref="OutcomeRowLayout"/>). What the rows are reduced into is the caller's business (docs/architecture.md,
/// "Three phases"). Sized once; running a block allocates nothing.
/// </summary>
internal sealed class ReplicateBlock
{
    /// <summary>Replicates per block: enough for one slot's sampler to serve many draws, few enough that a worker's rows stay small and an interrupt is seen promptly.</summary>
    public const int Size = 64;

    private readonly double[] _draws;
    private readonly double[] _rows;
    private readonly ulong[] _keyBases;
    private readonly ulong[] _replicateMix = new ulong[Size];
    private ulong _keyBasesSeed;
    private bool _hasKeyBases;

    /// <summary>A block for <paramref name="model"/>'s replicates.</summary>
    public ReplicateBlock(CompiledModel model)
    {
        Model = model;
        Workspace = new Workspace(model);
        Rows = new OutcomeRowLayout(model);
        _draws = new double[model.Slots.Length * Size];
        _rows = new double[Rows.Width * Size];
        _keyBases = new ulong[model.Slots.Length];
    }

    /// <summary>The compiled experiment.</summary>
    public CompiledModel Model { get; }

    /// <summary>The play phase's scratch.</summary>
    public Workspace Workspace { get; }

    /// <summary>The layout of the rows.</summary>
    public OutcomeRowLayout Rows { get; }

    /// <summary>The first replicate of the block last run.</summary>
    public long First { get; private set; }

    /// <summary>Replicates in the block last run.</summary>
    public int Count { get; private set; }

    /// <summary>Samples and plays replicates <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 of the run seeded by <paramref name="seed"/>.</summary>
    public void Run(ulong seed, long first, int count)
    {
        Sample(seed, first, count);
        Play(seed);
    }

    /// <summary>The sample phase alone: draws the block's parameters (<see cref="Run"/> is this, then <see cref="Play"/>).</summary>
    public void Sample(ulong seed, long first, int count)
    {
        if ((uint)count > Size) throw new ArgumentOutOfRangeException(nameof(count), count, $"a block holds 1 to {Size} replicates");
        if (!_hasKeyBases || _keyBasesSeed != seed)
        {
            ParameterSampler.KeyBases(Model.SlotKey, seed, _keyBases);
            _keyBasesSeed = seed;
            _hasKeyBases = true;
        }
        First = first;
        Count = count;
        ParameterSampler.SampleBlock(Model.Slots, Model.SlotMin, Model.SlotMax, Model.LookupTable, _keyBases, first, count, _draws, Size, _replicateMix);
    }

    /// <summary>The play phase alone: plays every replicate of the block last sampled and writes its row.</summary>
    public void Play(ulong seed)
    {
        var parameters = Workspace.Parameters;
        for (int j = 0; j < Count; j++)
        {
            ParameterSampler.Fill(Model.BaseParameters, Model.SlotTarget, _draws, Size, j, parameters);
            ReplicateKernel.Play(Model, Workspace, Rows, Row(j), seed, First + j);
        }
    }

    /// <summary>Replicate <paramref name="replicate"/>'s parameter vector, sampled on its own (allocates: for tests and inspection).</summary>
    public static double[] SampleOne(CompiledModel model, ulong seed, long replicate)
    {
        var block = new ReplicateBlock(model);
        block.Sample(seed, replicate, 1);
        var parameters = new double[model.Layout.Count];
        ParameterSampler.Fill(model.BaseParameters, model.SlotTarget, block._draws, Size, 0, parameters);
        return parameters;
    }

    /// <summary>The outcome row of the j-th replicate of the block.</summary>
    public Span<double> Row(int j) => _rows.AsSpan(j * Rows.Width, Rows.Width);

    /// <summary>The value drawn for uncertain parameter <paramref name="slot"/> in the j-th replicate (after clamping).</summary>
    public double Draw(int slot, int j) => _draws[slot * Size + j];
}
