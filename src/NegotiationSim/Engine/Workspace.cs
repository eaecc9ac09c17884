namespace NegotiationSim.Engine;

/// <summary>
/// Scratch memory for one worker thread, sized once from a <see cref="CompiledModel"/> and reused for every
/// replicate the worker runs: the kernel allocates nothing. Arrays of primitives only.
/// </summary>
public sealed class Workspace
{
    /// <summary>Scratch shaped for <paramref name="model"/>.</summary>
    public Workspace(CompiledModel model)
    {
        int p = model.Parties, n = model.Items, mp = model.MaxParticipants, ma = model.MaxAgenda;
        Parameters = new double[model.Layout.Count];
        Weight = new double[p * n];
        Ideal = new double[p * n];
        StatusQuo = new double[n];
        InitialStatusQuo = new double[n];
        Reservation = new double[p];
        Agreed = new bool[n];
        AgreedRound = new int[n];
        AgreedMeeting = new int[n];
        Utility = new double[p];
        StatusQuoUtility = new double[p];
        WalkedOut = new bool[p];
        Escalated = new bool[p];
        Compromise = new double[n];
        Nash = new double[n];
        NashUtility = new double[p];
        MeetingHeld = new bool[model.Meetings];

        Unit = new int[ma];
        UnitSlot = new int[ma];
        LocalWeight = new double[mp * ma];
        LocalIdeal = new double[mp * ma];
        LocalRedLineMin = new double[mp * ma];
        LocalRedLineMax = new double[mp * ma];
        Floor = new double[mp];
        Indifferent = new bool[mp];
        Disagreement = new double[mp];
        InverseExponent = new double[mp];
        InitialConcession = new double[mp];
        ResponderUtility = new double[mp];
        Gap = new double[mp * ma];
        FullLoss = new double[mp * ma];
        ConcessionOrder = new int[mp * ma];
        Offer = new double[ma];

        // The expected-utility protocol's scratch, only for scenarios that use it.
        if (model.ExpectedUtility.Any(x => x))
        {
            int rows = model.MaxRounds + 1;
            EuWorkspace = new Protocols.ExpectedUtility.ExpectedUtilityWorkspace(mp);
            EuCapability = new double[mp];
            EuPosition = new double[mp];
            EuSalience = new double[mp];
            EuPositions = new double[rows * mp];
            EuMedianVoter = new double[rows];
            EuWeightedMean = new double[rows];
            EuWeightedMedian = new double[rows];
        }
    }

    internal Protocols.ExpectedUtility.ExpectedUtilityWorkspace? EuWorkspace { get; }
    internal double[] EuCapability { get; } = [];
    internal double[] EuPosition { get; } = [];
    internal double[] EuSalience { get; } = [];
    internal double[] EuPositions { get; } = [];
    internal double[] EuMedianVoter { get; } = [];
    internal double[] EuWeightedMean { get; } = [];
    internal double[] EuWeightedMedian { get; } = [];

    private ulong[]? _slotKeyBases;
    private ulong _slotKeyBasesSeed;

    /// <summary>Each uncertain parameter's per-run stream half for <paramref name="seed"/>, computed once per seed.</summary>
    internal ulong[] SlotKeyBases(CompiledModel model, ulong seed)
    {
        if (_slotKeyBases is null || _slotKeyBasesSeed != seed)
        {
            _slotKeyBases ??= new ulong[model.SlotKey.Length];
            for (int s = 0; s < _slotKeyBases.Length; s++) _slotKeyBases[s] = RandomStream.KeyBase(seed, model.SlotKey[s]);
            _slotKeyBasesSeed = seed;
        }
        return _slotKeyBases;
    }

    // Replicate state.
    internal double[] Parameters { get; }
    internal double[] Weight { get; }
    internal double[] Ideal { get; }
    internal double[] StatusQuo { get; }
    internal double[] InitialStatusQuo { get; }
    internal double[] Reservation { get; }
    internal bool[] Agreed { get; }
    internal int[] AgreedRound { get; }
    internal int[] AgreedMeeting { get; }
    internal double[] Utility { get; }
    internal double[] StatusQuoUtility { get; }
    internal bool[] WalkedOut { get; }
    internal bool[] Escalated { get; }
    internal double[] Compromise { get; }
    internal double[] Nash { get; }
    internal double[] NashUtility { get; }
    internal double NashDistance { get; set; }
    internal double NashProductRatio { get; set; }
    internal bool NashFound { get; set; }
    internal Outcomes.Ending Ending { get; set; }
    internal int MeetingsHeld { get; set; }
    /// <summary>Per meeting: whether it was held in the last replicate (read by the paired runner).</summary>
    internal bool[] MeetingHeld { get; }
    internal bool ParetoDominated { get; set; }
    internal double ParetoGap { get; set; }

    // One negotiation (a package, or one item), indexed [participant, unit item] or [side, unit item].
    internal int[] Unit { get; }
    internal int[] UnitSlot { get; }
    internal double[] LocalWeight { get; }
    internal double[] LocalIdeal { get; }
    internal double[] LocalRedLineMin { get; }
    internal double[] LocalRedLineMax { get; }
    internal double[] Floor { get; }
    internal bool[] Indifferent { get; }
    internal double[] Disagreement { get; }
    internal double[] InverseExponent { get; }
    internal double[] InitialConcession { get; }
    internal double[] ResponderUtility { get; }
    internal double[] Gap { get; }
    internal double[] FullLoss { get; }
    internal int[] ConcessionOrder { get; }
    internal double[] Offer { get; }
}
