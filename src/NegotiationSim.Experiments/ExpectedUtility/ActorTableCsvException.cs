using NegotiationSim.Diagnostics;

namespace NegotiationSim.Experiments.ExpectedUtility;

/// <summary>
/// A mistake in an actor CSV file, with where it is (file, 1-based line and column, column name) and a hint on how to fix it.
/// Its message keeps the sentence form (<c>file, line 3, column 3 (Position): ...</c>); the CLI prints its
/// <see cref="UserErrorException.Errors"/> in the compiler form every user error shares.
/// </summary>
public sealed class ActorTableCsvException : UserErrorException
{
    /// <summary>Describes a mistake at <paramref name="line"/>, <paramref name="column"/> of <paramref name="source"/>.</summary>
    /// <param name="source">The file name or another label of the input.</param>
    /// <param name="line">1-based line; 0 when the mistake concerns the whole file.</param>
    /// <param name="column">1-based field number; 0 when the mistake concerns a whole line or the file.</param>
    /// <param name="columnName">The header name of the column, when known.</param>
    /// <param name="problem">What is wrong, one sentence.</param>
    /// <param name="hint">How to fix it, or null.</param>
    public ActorTableCsvException(string source, int line, int column, string? columnName, string problem, string? hint)
        : base([new UserError(source, line, column, columnName ?? "", problem, hint is null ? "" : "Hint: " + hint)],
            Compose(source, line, column, columnName, problem, hint))
    {
        SourceName = source;
        Line = line;
        Column = column;
        ColumnName = columnName;
        Problem = problem;
        Hint = hint;
    }

    /// <summary>The file name or another label of the input.</summary>
    public string SourceName { get; }

    /// <summary>1-based line; 0 when the mistake concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based field number; 0 when the mistake concerns a whole line or the file.</summary>
    public int Column { get; }

    /// <summary>The header name of the column, when known.</summary>
    public string? ColumnName { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>How to fix it, or null.</summary>
    public string? Hint { get; }

    private static string Compose(string source, int line, int column, string? columnName, string problem, string? hint)
    {
        string where = source;
        if (line > 0) where += $", line {line}";
        if (column > 0) where += $", column {column}";
        if (columnName is not null) where += $" ({columnName})";
        return hint is null ? $"{where}: {problem}" : $"{where}: {problem} Hint: {hint}";
    }
}
