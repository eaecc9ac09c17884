namespace NegotiationSim.Experiments;

/// <summary>A named variant of an experiment, as listed under <c>"variants"</c> in its file.</summary>
/// <param name="Name">The variant's name, an identifier unique in the file, e.g. <c>russia-hardline</c>.</param>
/// <param name="Description">The question the variant answers or what it changes, as written in the file; may be empty.</param>
public sealed record ExperimentVariant(string Name, string Description);
