using NegotiationSim.Diagnostics;

namespace NegotiationSim.Experiments;

/// <summary>
/// Mistakes in an experiment file (or a <c>--set</c>, <c>--variant</c> or sweep parameter applied to one), every one
/// found rather than just the first, so a researcher can fix a file in one pass.
/// </summary>
/// <param name="errors">The errors, in file order; at least one.</param>
public sealed class ExperimentException(IReadOnlyList<UserError> errors) : UserErrorException(errors);
