namespace NegotiationSim.Inference;

/// <summary>
/// ABC found too few draws that reproduce the record to report a posterior (docs/validation.md, "Inference"): a user
/// matter (more draws, more replicates per draw, or a looser tolerance), which the CLI reports with exit code 2.
/// </summary>
public sealed class AbcRefusedException(string message) : Exception(message);
