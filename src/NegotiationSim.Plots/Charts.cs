using NegotiationSim.Outcomes;

namespace NegotiationSim.Plots;

/// <summary>
/// The charts of an experiment, drawn from its <see cref="Summary"/>: one method per chart, each writing
/// <c>&lt;dir&gt;/&lt;name&gt;.png</c> and <c>&lt;dir&gt;/&lt;name&gt;.svg</c> and returning their paths.
/// Every chart has a title, axis labels that say what both ends of the scale mean, a legend where it shows more than
/// one kind of mark, and the <see cref="PlotCaption"/> (experiment · seed · runs) under the title.
/// </summary>
/// <remarks>
/// The charts never rerun the engine and never throw on thin data: items that were never agreed, NaN means, a single
/// item or thirty, and meetings without offer bands are all drawn (as notes where there is nothing to show).
/// They do throw <see cref="InvalidOperationException"/> when the font "DejaVu Sans" is missing, because the charts
/// would otherwise be written without any text.
/// </remarks>
public static partial class Charts
{
    /// <summary>The file name (without extension) of <see cref="AgreementByItem"/>.</summary>
    public const string AgreementByItemName = "agreement-by-item";

    /// <summary>The file name (without extension) of <see cref="AgreedValues"/>.</summary>
    public const string AgreedValuesName = "agreed-values";

    /// <summary>The file name (without extension) of <see cref="UtilityByParty"/>.</summary>
    public const string UtilityByPartyName = "utility-by-party";

    /// <summary>The file name (without extension) of <see cref="Endings"/>.</summary>
    public const string EndingsName = "endings";

    /// <summary>The file-name prefix of <see cref="OfferFan"/>; the meeting id follows it.</summary>
    public const string OfferFanPrefix = "offers-";

    /// <summary>
    /// Writes every chart of the summary into <paramref name="dir"/>: agreement by item, agreed values, utility by party,
    /// endings, one offer fan per meeting, with private types the beliefs over the sequence, and, when vetoes were
    /// recorded and some party vetoed (docs/model.md §15.5), which parties block.
    /// </summary>
    /// <param name="summary">The experiment's results.</param>
    /// <param name="dir">Output folder; created if missing.</param>
    /// <param name="caption">The line under each title; by default taken from the summary.</param>
    /// <returns>The paths of all files written, PNG and SVG of each chart in turn.</returns>
    public static IReadOnlyList<string> All(Summary summary, string dir, PlotCaption? caption = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        caption ??= PlotCaption.From(summary);

        var charts = new List<ChartFiles>
        {
            AgreementByItem(summary, dir, caption),
            AgreedValues(summary, dir, caption),
            UtilityByParty(summary, dir, caption),
            Endings(summary, dir, caption),
        };
        charts.AddRange(OfferFans(summary, dir, caption));
        // Learning over the sequence, only for scenarios with private types (docs/model.md §14).
        if (Beliefs(summary, dir, caption) is { } beliefs) charts.Add(beliefs);
        // Who blocks, only when vetoes were recorded and some party vetoed (§15.5).
        if (Vetoes(summary, dir, caption) is { } vetoes) charts.Add(vetoes);
        return charts.SelectMany(c => c.Paths).ToList();
    }

    private static (PlotCaption Caption, string Name) Prepare(Summary summary, string dir, PlotCaption? caption, string name)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentException.ThrowIfNullOrWhiteSpace(dir);
        return (caption ?? PlotCaption.From(summary), ChartStyle.FileSafe(name));
    }
}
