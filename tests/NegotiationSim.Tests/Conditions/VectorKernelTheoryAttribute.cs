using NegotiationSim.Peer;

namespace NegotiationSim.Tests.Conditions;

/// <summary>A theory about the peer scenario's vector kernel; shown as skipped where the processor lacks the instructions it needs.</summary>
internal sealed class VectorKernelTheoryAttribute : TheoryAttribute
{
    public VectorKernelTheoryAttribute()
    {
        if (!PeerVectorKernel.IsSupported) Skip = "this processor lacks the vector instructions of PeerVectorKernel; the scalar kernel is the one in use";
    }
}
