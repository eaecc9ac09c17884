using System.Runtime.CompilerServices;

namespace NegotiationSim.Peer;

/// <summary>Running totals of one chunk of replicates, added in replicate order.</summary>
internal struct PeerTally
{
    private long _replicates;
    private long _agreements;
    private long _rounds;
    private double _utility0;
    private double _utility1;
    private double _utility2;

    /// <summary>Counts <paramref name="outcome"/>; its utilities are added when it is an agreement.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in PeerOutcome outcome)
    {
        _replicates++;
        _rounds += outcome.Rounds;
        if (outcome.Agreed)
        {
            _agreements++;
            _utility0 += outcome.Utility0;
            _utility1 += outcome.Utility1;
            _utility2 += outcome.Utility2;
        }
    }

    /// <summary>The totals so far.</summary>
    public readonly PeerBatchResult Result =>
        new(_replicates, _agreements, _rounds, _utility0, _utility1, _utility2);
}
