namespace NegotiationSim.Experiments;

/// <summary>
/// The one exception type for mistakes in an experiment file. It carries every error found, not just the first,
/// so a researcher can fix a file in one pass; the CLI catches it once and turns it into exit code 2.
/// </summary>
public sealed class ExperimentException : Exception
{
    /// <summary>Creates the exception from at least one error; the message lists them all, one per line.</summary>
    /// <param name="errors">The errors, in file order.</param>
    public ExperimentException(IReadOnlyList<ExperimentError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in file order; never empty.</summary>
    public IReadOnlyList<ExperimentError> Errors { get; }

    private static string Format(IReadOnlyList<ExperimentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("An ExperimentException needs at least one error.", nameof(errors));
        return string.Join(Environment.NewLine, errors);
    }
}
