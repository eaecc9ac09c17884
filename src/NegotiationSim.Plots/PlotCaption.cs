using System.Globalization;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Plots;

/// <summary>
/// The provenance line drawn under every chart's title, e.g. "nato-russia-2022 · seed 20220120 · 100,000 runs",
/// so that a figure lifted out of its results folder still says where it came from.
/// </summary>
/// <param name="Experiment">Experiment (scenario) name; shown as given.</param>
/// <param name="Seed">Master seed of the run.</param>
/// <param name="Runs">Number of Monte Carlo replicates (0 or more).</param>
public sealed record PlotCaption(string Experiment, ulong Seed, long Runs)
{
    /// <summary>The caption of a summary: its scenario name, seed and number of replicates.</summary>
    public static PlotCaption From(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Scenario, summary.Seed, summary.Replicates);
    }

    /// <summary>The caption as one line: experiment · seed · runs (thousands separated, invariant culture).</summary>
    public string Text
    {
        get
        {
            string runs = Runs.ToString("N0", CultureInfo.InvariantCulture) + (Runs == 1 ? " run" : " runs");
            string name = string.IsNullOrWhiteSpace(Experiment) ? "(unnamed experiment)" : Experiment.Trim();
            return string.Create(CultureInfo.InvariantCulture, $"{name} · seed {Seed} · {runs}");
        }
    }

    /// <inheritdoc cref="Text"/>
    public override string ToString() => Text;
}
