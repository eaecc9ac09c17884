using NegotiationSim.Peer;

namespace NegotiationSim.Tests.Conditions;

/// <summary>A theory about the peer scenario's eight-lane AVX-512 kernel; shown as skipped where the processor lacks AVX-512.</summary>
internal sealed class LaneKernelTheoryAttribute : TheoryAttribute
{
    public LaneKernelTheoryAttribute()
    {
        if (!PeerLaneKernel.IsSupported) Skip = "this processor lacks AVX-512; batches use the scalar kernel";
    }
}
