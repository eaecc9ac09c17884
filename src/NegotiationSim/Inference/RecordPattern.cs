namespace NegotiationSim.Inference;

/// <summary>
/// One observed pattern of the historical record: a conjunction of conditions on a replicate's outcome, with its date
/// and source (docs/validation.md, "Patterns files").
/// </summary>
/// <param name="Id">Short name, unique in its file; a column name in the outputs.</param>
/// <param name="Statement">What was observed, in words.</param>
/// <param name="Date">When (free text, e.g. "2022-01-10" or "2022-01-26/2022-02-17").</param>
/// <param name="Source">Where in the public record it is reported.</param>
/// <param name="Input">True when the calibration of the experiment already used this fact, so that reproducing it is not evidence the model earned.</param>
/// <param name="Conditions">Every condition must hold for the pattern to hold.</param>
public sealed record RecordPattern(string Id, string Statement, string Date, string Source, bool Input, IReadOnlyList<PatternCondition> Conditions);
