using NegotiationSim.Diagnostics;

namespace NegotiationSim.Inference;

/// <summary>
/// ABC found too few draws that reproduce the record to report a posterior (docs/validation.md, "Inference"): a user
/// matter (more draws, more replicates per draw, or a looser tolerance), not a bug.
/// </summary>
public sealed class AbcRefusedException(string message) : UserErrorException(message);
