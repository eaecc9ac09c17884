using NegotiationSim.Experiments.Backtest;
using NegotiationSim.Forecasting;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Experiments.Backtest;

/// <summary>
/// The DEU development split (docs/validation.md §1) against the baseline figures docs/validation.md §5 quotes from the
/// data set's own documentation: the reader's reading of blanks and the baselines must reproduce them to the printed precision.
/// </summary>
public class DeuDevelopmentSplitTests
{
    /// <summary>
    /// The split's file, where docs/validation.md §1 says it lives (the project's data folder beside the repository), or
    /// in a copy of that folder inside a checkout. Missing data fail the test: the §5 figures must be checked.
    /// </summary>
    internal static string DevelopmentSplit
    {
        get
        {
            string[] candidates =
            [
                Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data", "deu", "deu-1996-2000.csv")),
                Path.GetFullPath(Path.Combine(Repository.Root, "shared", "data", "deu", "deu-1996-2000.csv")),
            ];
            string? path = candidates.FirstOrDefault(File.Exists);
            Assert.True(path is not null, $"The DEU development split is expected at {string.Join(" or ", candidates)}.");
            return path!;
        }
    }

    private static (int Issues, double Mae) Score(IReadOnlyList<NegotiationCase> cases, Func<NegotiationCase, double> model)
    {
        var score = ForecastScoring.Score("m", cases.Select(c => new CaseForecast(c.Id, c.Proposal, "m", model(c), c.Outcome, null)));
        return (score.Issues, Math.Round(score.Mae, 2));
    }

    [Fact]
    public void Baselines_reproduce_the_figures_docs_validation_quotes()
    {
        var table = CaseTableCsv.Load(DevelopmentSplit, CapabilityRule.Equal);
        Assert.Equal(173, table.Cases.Count);
        Assert.Equal(172, table.Cases.Count(c => c.HasOutcome));
        Assert.Equal((172, 29.04), Score(table.Cases, PointForecasts.Constant50));
        Assert.Equal((172, 23.72), Score(table.Cases, PointForecasts.Mean));
        Assert.Equal((172, 23.87), Score(table.Cases, PointForecasts.Compromise));
        Assert.Equal((172, 28.62), Score(table.Cases, PointForecasts.Median));
        Assert.Equal((168, 36.32), Score(table.Cases, PointForecasts.Commission));
    }

    [Fact]
    public void Council_votes_are_known_for_every_actor_of_the_split()
    {
        var table = CaseTableCsv.Load(DevelopmentSplit, CapabilityRule.CouncilVotes);
        Assert.All(table.Cases.SelectMany(c => c.Actors), a => Assert.True(a.Capability >= 0));
        Assert.Contains(table.Cases.SelectMany(c => c.Actors), a => a.Name == "de" && a.Capability == 10);
    }
}
