using NegotiationSim.Outcomes;
using ScottPlot;

namespace NegotiationSim.Plots;

public static partial class Charts
{
    /// <summary>The file name (without extension) of <see cref="Vetoes"/>.</summary>
    public const string VetoesName = "vetoes";

    /// <summary>The most parties <see cref="Vetoes"/> draws; the rest are counted in a note.</summary>
    public const int MaxVetoBars = 25;

    private static readonly Color VetoColor = Color.FromHex("#D55E00");

    /// <summary>
    /// Which parties block, and how often (docs/model.md §15.5): one horizontal bar per party that vetoed some offer in
    /// some replicate (its refusal alone kept the offer from agreement), the most frequent on top, with the probability
    /// that it vetoed some offer in the sequence and its 95% Wilson interval. Parties that never vetoed are left out
    /// (and counted in a note), as are those past the first <see cref="MaxVetoBars"/>. Null when vetoes were not
    /// recorded or no party vetoed.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under the title; by default taken from the summary.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The files written, or null without vetoes.</returns>
    public static ChartFiles? Vetoes(Summary summary, string dir, PlotCaption? caption = null, string name = VetoesName)
    {
        var (cap, file) = Prepare(summary, dir, caption, name);
        if (!summary.AnyVeto) return null;
        var parties = summary.Parties ?? [];
        var vetoing = parties.Where(p => p.Vetoed is { Count: > 0 } v && ChartStyle.Finite(v.Estimate))
            .OrderByDescending(p => p.Vetoed!.Estimate).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var shown = vetoing.Take(MaxVetoBars).ToList();
        int n = shown.Count;

        using var plt = ChartStyle.NewPlot("Which parties block, and how often", cap);
        var names = shown.Select(p => ChartStyle.Wrap(p.Name, 40, 2)).ToList();
        int lines = names.Sum(l => l.Count(c => c == '\n') + 1);
        var bars = new List<ScottPlot.Bar>();
        double top = 0;
        for (int i = 0; i < n; i++)
        {
            double y = n - 1 - i;
            var p = shown[i].Vetoed!;
            top = Math.Max(top, ChartStyle.ProportionBar(plt, bars, y, p, VetoColor));
        }
        ChartStyle.ProportionRows(plt, bars, names, "P(vetoed some offer: its refusal alone kept it from agreement) (0 = never, 1 = every replicate)");

        var legend = new List<LegendItem>
        {
            ChartStyle.FillEntry("estimated probability (share of replicates)", VetoColor),
            ChartStyle.LineEntry("95% Wilson interval", ChartStyle.Ink, 1.5f),
        };
        int hidden = vetoing.Count - n, never = parties.Count - vetoing.Count;
        var notes = new List<string>();
        if (hidden > 0) notes.Add($"{hidden} more {(hidden == 1 ? "party" : "parties")} vetoed less often (not drawn)");
        if (never > 0) notes.Add($"{never} {(never == 1 ? "party" : "parties")} never vetoed");
        if (notes.Count > 0) legend.Add(ChartStyle.FillEntry(string.Join("; ", notes), Colors.Transparent));
        ChartStyle.LegendBelow(plt, legend);
        return ChartStyle.Save(plt, dir, file, ChartStyle.Width, Math.Max(520, 200 + Math.Max(22 * lines, 38 * n)));
    }
}
