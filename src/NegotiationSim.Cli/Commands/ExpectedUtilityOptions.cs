using NegotiationSim.Protocols.ExpectedUtility;

namespace NegotiationSim.Cli.Commands;

/// <summary>What `negsim eu` was asked to do.</summary>
/// <param name="File">The actor CSV (Actor,Capability,Position,Salience).</param>
/// <param name="Rounds">Rounds to run, ≥ 1.</param>
/// <param name="StatusQuoProbability">Q in [0, 1]: the probability that an unchallenged position stays put.</param>
/// <param name="Probability">How the probability of success is normalised.</param>
/// <param name="Out">Results folder, or null for results/eu-NAME-TIMESTAMP.</param>
/// <param name="Force">Replace an existing results folder.</param>
public sealed record ExpectedUtilityOptions(
    string File,
    int Rounds = ExpectedUtilityOptions.DefaultRounds,
    double StatusQuoProbability = 1.0,
    ProbabilityMode Probability = ProbabilityMode.AuthorsCode,
    string? Out = null,
    bool Force = false)
{
    /// <summary>The rounds run when none are asked for: the eight of Scholz et al.'s (2011) Table 2.</summary>
    public const int DefaultRounds = 8;

    /// <summary>The most rounds one run may ask for (the table and the chart stay readable well below it).</summary>
    public const int MaxRounds = 1000;

    /// <summary>How the positions chart is drawn (<c>--style</c>).</summary>
    public NegotiationSim.Plots.PlotStyle Style { get; init; }
}
