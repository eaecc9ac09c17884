using NegotiationSim.Inference;
using ScottPlot;
using ScottPlot.Plottables;

namespace NegotiationSim.Plots;

/// <summary>
/// The charts of <c>negsim score</c> and <c>negsim infer</c> (docs/validation.md): each pattern's probability under the
/// model and its baselines; the prior and posterior of the parameters the record informs most, one by one and in pairs.
/// </summary>
public static class InferenceCharts
{
    /// <summary>File name of <see cref="PatternProbabilities"/>.</summary>
    public const string PatternsName = "pattern-probabilities";

    /// <summary>File name prefix of the marginal charts; the rank of the parameter follows.</summary>
    public const string MarginalPrefix = "posterior-marginal-";

    /// <summary>File name prefix of the pair charts.</summary>
    public const string PairPrefix = "posterior-pair-";

    /// <summary>
    /// One row per pattern and one for the whole record: the model's probability with its 95% Wilson interval (filled),
    /// the flat baseline (hollow), and the uninformed 0.5 (dashed line); inputs of the calibration marked.
    /// </summary>
    public static ChartFiles PatternProbabilities(IReadOnlyList<PatternScore> scores, string dir, string caption)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var plt = ChartStyle.NewPlot("Probability of each pattern of the record", caption);
        int n = scores.Count;
        for (int r = 0; r < n; r++)
        {
            double y = n - 1 - r;
            var model = scores[r].Forecasts[0].Probability;
            var flat = scores[r].Forecasts[1].Probability;
            if (ChartStyle.Finite(flat.Estimate)) plt.Add.Marker(flat.Estimate, y, MarkerShape.OpenCircle, 10, ChartStyle.Faint);
            if (!ChartStyle.Finite(model.Estimate)) continue;
            plt.Add.Marker(model.Estimate, y, MarkerShape.FilledCircle, 9, ChartStyle.Primary);
            plt.PlottableList.Add(new ErrorBar([model.Estimate], [y], [model.Upper - model.Estimate], [model.Estimate - model.Lower], null, null)
            {
                Color = ChartStyle.Primary, LineWidth = 2, CapSize = 6,
            });
        }
        var half = plt.Add.VerticalLine(0.5, 1.5f, ChartStyle.Ink, LinePattern.Dashed);
        half.ExcludeFromLegend = true;
        plt.Axes.Left.TickGenerator = ChartStyle.Ticks(scores.Select((s, r) =>
            ((double)(n - 1 - r), s.Pattern is null ? "ALL (the record jointly)" : s.Id + (s.Pattern.Input ? " (input)" : ""))));
        plt.Axes.Left.MinimumSize = 220;
        plt.Axes.SetLimits(-0.02, 1.02, -0.6, n - 0.4);
        plt.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks();
        plt.XLabel("probability that the pattern occurs (what happened)");
        plt.YLabel("");
        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.MarkerEntry("the experiment, with 95% Wilson interval", MarkerShape.FilledCircle, ChartStyle.Primary),
            ChartStyle.MarkerEntry("flat priors on the same supports (base rate)", MarkerShape.OpenCircle, ChartStyle.Faint),
            ChartStyle.LineEntry("uninformed (0.5)", ChartStyle.Ink, 1.5f, LinePattern.Dashed),
        ]);
        return ChartStyle.Save(plt, dir, PatternsName, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>
    /// Prior and posterior histograms of parameter <paramref name="p"/> (the posterior weighted), on the prior's range.
    /// </summary>
    public static ChartFiles Marginal(AbcResult result, int p, int rank, string dir, string caption)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var plt = ChartStyle.NewPlot($"Prior and posterior: {result.Paths[p]}", caption);
        var prior = result.Column(result.Prior, p);
        var post = result.Column(result.Theta, p);
        double lo = Math.Min(prior.Min(), post.Min()), hi = Math.Max(prior.Max(), post.Max());
        if (!(hi > lo)) hi = lo + 1;
        const int bins = 30;
        double width = (hi - lo) / bins;
        var priorDensity = Histogram(prior, null, lo, width, bins);
        var postDensity = Histogram(post, result.Weights, lo, width, bins);
        var xs = Enumerable.Range(0, bins).Select(b => lo + (b + 0.5) * width).ToArray();
        var priorLine = plt.Add.ScatterLine(xs, priorDensity);
        priorLine.Color = ChartStyle.Ink; priorLine.LineWidth = 2; priorLine.MarkerSize = 0;
        var bars = plt.Add.Bars(xs, postDensity);
        foreach (var bar in bars.Bars) { bar.Size = width * 0.95; bar.FillColor = ChartStyle.Primary.WithAlpha(0.6); bar.LineWidth = 0; }
        plt.XLabel(result.Paths[p]);
        plt.YLabel("density");
        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.FillEntry($"posterior (ESS {result.Ess:0})", ChartStyle.Primary.WithAlpha(0.6)),
            ChartStyle.LineEntry("prior (the experiment file)", ChartStyle.Ink, 2),
        ]);
        return ChartStyle.Save(plt, dir, $"{MarginalPrefix}{rank:000}", ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>The posterior particles of two parameters (size by weight) over the prior sample.</summary>
    public static ChartFiles Pair(AbcResult result, int a, int b, int rank, string dir, string caption)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var plt = ChartStyle.NewPlot($"{result.Paths[a]} × {result.Paths[b]}", caption);
        var prior = plt.Add.ScatterPoints(result.Column(result.Prior, a), result.Column(result.Prior, b));
        prior.Color = ChartStyle.Faint.WithAlpha(0.35); prior.MarkerSize = 3;
        var pa = result.Column(result.Theta, a);
        var pb = result.Column(result.Theta, b);
        double max = result.Weights.Max();
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < pa.Length; i++)
            if (result.Weights[i] > 0.2 * max) { xs.Add(pa[i]); ys.Add(pb[i]); }
        var post = plt.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
        post.Color = ChartStyle.Primary.WithAlpha(0.7); post.MarkerSize = 5;
        plt.XLabel(result.Paths[a]);
        plt.YLabel(result.Paths[b]);
        ChartStyle.LegendBelow(plt,
        [
            ChartStyle.MarkerEntry("prior sample", MarkerShape.FilledCircle, ChartStyle.Faint),
            ChartStyle.MarkerEntry("posterior particles (weight above a fifth of the largest)", MarkerShape.FilledCircle, ChartStyle.Primary),
        ]);
        return ChartStyle.Save(plt, dir, $"{PairPrefix}{rank:00}", ChartStyle.Width, ChartStyle.Height);
    }

    private static double[] Histogram(double[] x, double[]? w, double lo, double width, int bins)
    {
        var h = new double[bins];
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double weight = w?[i] ?? 1;
            int b = Math.Clamp((int)((x[i] - lo) / width), 0, bins - 1);
            h[b] += weight;
            total += weight;
        }
        for (int b = 0; b < bins; b++) h[b] /= total * width;
        return h;
    }
}
