using System.Globalization;
using System.Net;
using System.Text;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Experiments.Results;

/// <summary>
/// report.html: one self-contained page with an experiment's headline numbers, its charts, the key tables with their
/// intervals and the manifest. Everything is inside the file (the charts as SVG data URIs, the style sheet inline; no
/// scripts, fonts or links to the network), so it reads the same offline, attached to an e-mail or archived.
/// </summary>
public static class ReportPage
{
    /// <summary>The page for <paramref name="summary"/> and <paramref name="manifest"/>.</summary>
    /// <param name="manifest">How the results were made.</param>
    /// <param name="summary">The results.</param>
    /// <param name="figures">The charts, in the order to show them.</param>
    /// <param name="files">Files of the results folder to link to, as paths relative to it (e.g. "tables/items.csv").</param>
    /// <returns>The HTML text (UTF-8 when written).</returns>
    public static string Render(Manifest manifest, Summary summary, IReadOnlyList<ReportFigure> figures, IReadOnlyList<string>? files = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(figures);
        var html = new StringBuilder(1 << 16);
        string title = $"{summary.Scenario}: negsim results";

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"").Append(E($"{manifest.Tool} {manifest.Version}")).Append("\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<h1>").Append(E(summary.Scenario)).Append("</h1>\n<p class=\"sub\">")
            .Append(E($"seed {summary.Seed} · {summary.Replicates.ToString("N0", CultureInfo.InvariantCulture)} replicates · {manifest.Tool} {manifest.Version} ({Short(manifest.Commit)}) · {manifest.StartedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC"))
            .Append("</p>\n</header>\n");

        Headline(html, summary);
        Contents(html, figures);
        Figures(html, figures);
        Items(html, summary);
        Meetings(html, summary);
        Endings(html, summary);
        Parties(html, summary);
        Efficiency(html, summary);
        ManifestTable(html, manifest, files);

        html.Append("<footer>Written by <code>negsim report</code> from <code>summary.json</code>; probabilities are shown with 95% Wilson score intervals, means with 95% normal intervals. Column definitions: docs/outputs.md.</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Headline(StringBuilder html, Summary s)
    {
        html.Append("<section id=\"headline\" class=\"cards\">\n");
        Card(html, "Escalation", s.Escalation, "some party took its outside option");
        Card(html, "At least one agreement", s.AnyAgreement, "some agenda item was agreed");
        Card(html, "Sequence completed", s.Completed, "every meeting held, no walkout");
        html.Append("<div class=\"card\"><div class=\"label\">Meetings held</div><div class=\"value\">")
            .Append(E(Number(s.MeanMeetingsHeld, "0.00"))).Append("</div><div class=\"note\">mean of ")
            .Append(s.Meetings.Count.ToString(CultureInfo.InvariantCulture)).Append(" planned</div></div>\n");
        html.Append("</section>\n");
    }

    private static void Card(StringBuilder html, string label, Proportion p, string note)
    {
        html.Append("<div class=\"card\"><div class=\"label\">").Append(E(label)).Append("</div><div class=\"value\">")
            .Append(E(Percent(p.Estimate))).Append("</div><div class=\"note\">95% ").Append(E(Interval(p))).Append(" · ")
            .Append(E(note)).Append("</div></div>\n");
    }

    private static void Contents(StringBuilder html, IReadOnlyList<ReportFigure> figures)
    {
        html.Append("<nav><strong>Contents:</strong> ");
        var links = figures.Select(f => $"<a href=\"#fig-{Anchor(f.Name)}\">{E(f.Title)}</a>")
            .Concat(["<a href=\"#items\">Agenda items</a>", "<a href=\"#meetings\">Meetings</a>", "<a href=\"#endings\">Endings</a>",
                     "<a href=\"#parties\">Parties</a>", "<a href=\"#efficiency\">Efficiency</a>", "<a href=\"#manifest\">Manifest</a>"]);
        html.Append(string.Join(" · ", links)).Append("</nav>\n");
    }

    private static void Figures(StringBuilder html, IReadOnlyList<ReportFigure> figures)
    {
        html.Append("<section id=\"plots\">\n<h2>Charts</h2>\n");
        foreach (var figure in figures)
        {
            string data = Convert.ToBase64String(Encoding.UTF8.GetBytes(figure.Svg));
            html.Append("<figure id=\"fig-").Append(Anchor(figure.Name)).Append("\" class=\"plot\">\n<img src=\"data:image/svg+xml;base64,")
                .Append(data).Append("\" alt=\"").Append(E(figure.Title)).Append("\">\n<figcaption>").Append(E(figure.Title))
                .Append(" <span class=\"file\">plots/").Append(E(figure.Name)).Append(".svg</span></figcaption>\n</figure>\n");
        }
        html.Append("</section>\n");
    }

    private static void Items(StringBuilder html, Summary s)
    {
        var t = new Table(html, "items", "Agenda items",
            "Probability that some meeting agreed the item, and where the agreed value lies on the item's scale (0 = the low end, 1 = the high end).",
            "item", "P(agreement)", "95% interval", "agreed value: median", "q25–q75", "q05–q95", "mean round", "final value: mean");
        foreach (var item in s.Items)
        {
            var v = item.AgreedValue;
            t.Row(Name(item.Name, item.Id), Percent(item.Agreement.Estimate), Interval(item.Agreement),
                Number(v.Median), Range(v.Q25, v.Q75), Range(v.Q05, v.Q95), Number(item.MeanAgreementRound, "0.0"), Number(item.FinalValue.Mean));
        }
        t.End();
    }

    private static void Meetings(StringBuilder html, Summary s)
    {
        var t = new Table(html, "meetings", "Meetings", "In sequence order; each probability is over all replicates.",
            "meeting", "P(held)", "95% interval", "P(declined)", "P(walkout)", "P(agreement)", "95% interval", "mean rounds");
        foreach (var m in s.Meetings)
            t.Row(Name(m.Name, m.Id), Percent(m.Held.Estimate), Interval(m.Held), Percent(m.Declined.Estimate), Percent(m.Walkout.Estimate),
                Percent(m.AnyAgreement.Estimate), Interval(m.AnyAgreement), Number(m.MeanRounds, "0.0"));
        t.End();
    }

    private static void Endings(StringBuilder html, Summary s)
    {
        var t = new Table(html, "endings", "How the sequence ended",
            "Completed, declined and walkout add up to 100%; escalation and agreement can follow any ending.",
            "outcome", "replicates", "probability", "95% interval");
        foreach (var (name, p) in new[]
        {
            ("completed: every meeting held, no walkout", s.Completed), ("declined: a party stayed away", s.Declined),
            ("walkout: a party left a meeting", s.Walkout), ("escalation: a party took its outside option", s.Escalation),
            ("at least one item agreed", s.AnyAgreement),
        })
            t.Row(name, p.Count.ToString("N0", CultureInfo.InvariantCulture), Percent(p.Estimate), Interval(p));
        t.End();
    }

    private static void Parties(StringBuilder html, Summary s)
    {
        // When vetoes are recorded (docs/model.md §15.5): P(the party vetoed some offer) with its interval.
        bool vetoes = s.TracksVetoes;
        string[] header = ["party", "mean utility", "95% interval", "q05–q95", "status quo utility", "P(walked out)", "P(escalated)"];
        var t = new Table(html, "parties", "Parties",
            "Utility of the final outcome on [0, 1] (1 = every item at the party's ideal), and of the initial status quo."
                + (vetoes ? " P(vetoed): the party's refusal alone kept some offer from agreement (docs/model.md §15.5)." : ""),
            vetoes ? [.. header, "P(vetoed)", "95% interval"] : header);
        foreach (var p in s.Parties)
        {
            var (lower, upper) = SummaryTables.MeanInterval(p.FinalUtility);
            string[] row = [Name(p.Name, p.Id), Number(p.FinalUtility.Mean), Range(lower, upper), Range(p.FinalUtility.Q05, p.FinalUtility.Q95),
                Number(p.StatusQuoUtility.Mean), Percent(p.WalkedOut.Estimate), p.HasOutsideOption ? Percent(p.Escalated.Estimate) : "no outside option"];
            if (vetoes) row = p.Vetoed is { } v ? [.. row, Percent(v.Estimate), Interval(v)] : [.. row, "n/a", "n/a"];
            t.Row(row);
        }
        t.End();
    }

    private static void Efficiency(StringBuilder html, Summary s)
    {
        var e = s.Efficiency;
        var t = new Table(html, "efficiency", "Efficiency", "How far the outcomes fall from the Nash bargaining solution and the Pareto frontier.",
            "measure", "estimate", "95% interval");
        t.Row("distance to the Nash solution (mean |x − Nash| over items)", Number(e.DistanceToNash.Mean), Range(SummaryTables.MeanInterval(e.DistanceToNash)));
        t.Row("Nash product ratio (1 = as good as Nash)", Number(e.NashProductRatio.Mean), Range(SummaryTables.MeanInterval(e.NashProductRatio)));
        t.Row("P(outcome Pareto-dominated by Nash)", Percent(e.ParetoDominated.Estimate), Interval(e.ParetoDominated));
        t.Row("Pareto gap (utility)", Number(e.ParetoGap.Mean), Range(SummaryTables.MeanInterval(e.ParetoGap)));
        t.Row("P(Nash solution defined)", Percent(e.NashFound.Estimate), Interval(e.NashFound));
        t.End();
    }

    private static void ManifestTable(StringBuilder html, Manifest m, IReadOnlyList<string>? files)
    {
        html.Append("<section id=\"manifest\">\n<h2>Manifest</h2>\n<p>How these results were made. To make them again: <code>")
            .Append(E(m.Reproduce)).Append("</code> inside this folder, or <code>negsim run --reproduce FOLDER</code>.</p>\n<table class=\"kv\">\n");
        foreach (var (key, value) in new (string, string)[]
        {
            ("tool", $"{m.Tool} {m.Version}"), ("commit", m.Commit), ("experiment", m.Experiment), ("source", m.Source),
            ("experiment SHA-256", m.ExperimentSha256), ("seed", m.Seed.ToString(CultureInfo.InvariantCulture)),
            ("runs", m.Runs.ToString("N0", CultureInfo.InvariantCulture)), ("completed runs", m.CompletedRuns.ToString("N0", CultureInfo.InvariantCulture)),
            ("threads", m.Threads.ToString(CultureInfo.InvariantCulture)), ("wall time", Number(m.WallSeconds, "0.00") + " s"),
            ("started", m.StartedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC"), ("reproduce", m.Reproduce),
        })
            html.Append("<tr><th>").Append(E(key)).Append("</th><td><code>").Append(E(value)).Append("</code></td></tr>\n");
        html.Append("</table>\n");
        if (files is { Count: > 0 })
        {
            html.Append("<p>Files in this folder:</p>\n<ul class=\"files\">\n");
            foreach (var f in files)
            {
                string href = string.Join('/', f.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
                html.Append("<li><a href=\"").Append(E(href)).Append("\">").Append(E(f)).Append("</a></li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private sealed class Table
    {
        private readonly StringBuilder _html;
        private readonly int _columns;

        public Table(StringBuilder html, string id, string heading, string note, params string[] header)
        {
            _html = html;
            _columns = header.Length;
            html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(E(heading)).Append("</h2>\n<p class=\"note\">")
                .Append(E(note)).Append("</p>\n<div class=\"scroll\"><table>\n<thead><tr>");
            foreach (var h in header) html.Append("<th>").Append(E(h)).Append("</th>");
            html.Append("</tr></thead>\n<tbody>\n");
        }

        public void Row(params string[] cells)
        {
            if (cells.Length != _columns) throw new InvalidOperationException($"a row of {cells.Length} cells in a table of {_columns} columns");
            _html.Append("<tr>");
            for (int c = 0; c < cells.Length; c++)
                _html.Append(c == 0 ? "<th scope=\"row\">" : "<td>").Append(E(cells[c])).Append(c == 0 ? "</th>" : "</td>");
            _html.Append("</tr>\n");
        }

        public void End() => _html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Anchor(string name)
    {
        var sb = new StringBuilder();
        foreach (char c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return sb.ToString();
    }

    private static string Name(string name, string id) =>
        string.IsNullOrWhiteSpace(name) || name == id ? id : $"{name} ({id})";

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

    private static string Percent(double p) => double.IsFinite(p) ? Pct(p) + "%" : "n/a";

    private static string Interval(Proportion p) => double.IsFinite(p.Estimate) ? $"{Pct(p.Lower)}–{Pct(p.Upper)}%" : "n/a";

    /// <summary>A share as a percentage: one decimal, two below 1% so that a small upper bound does not read as 0.0.</summary>
    private static string Pct(double p)
    {
        double pct = 100 * p;
        if (pct == 0 || pct >= 1) return pct.ToString("0.0", CultureInfo.InvariantCulture);
        return pct < 0.01 ? "<0.01" : pct.ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static string Number(double x, string format = "0.000") =>
        double.IsFinite(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Range(double lo, double hi) =>
        double.IsFinite(lo) && double.IsFinite(hi) ? $"{Number(lo)}–{Number(hi)}" : "n/a";

    private static string Range((double Lower, double Upper) interval) => Range(interval.Lower, interval.Upper);

    private const string Style = """
        :root { color-scheme: light; --ink: #222; --muted: #666; --rule: #e3e3e3; --accent: #0072B2; --alarm: #A4161A; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fafafa; color: var(--ink); font: 15px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
        h1 { margin: 0 0 4px; font-size: 28px; }
        h2 { margin: 36px 0 8px; font-size: 20px; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
        .sub, .note, figcaption, footer { color: var(--muted); }
        .note { margin: 0 0 10px; font-size: 13px; }
        nav { margin: 18px 0 0; font-size: 13px; line-height: 1.8; }
        nav a, .files a { color: var(--accent); text-decoration: none; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; margin-top: 20px; }
        .card { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 14px; }
        .card .label { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .card .value { font-size: 30px; font-weight: bold; }
        .card:first-child .value { color: var(--alarm); }
        .card .note { margin: 0; }
        figure.plot { margin: 18px 0 28px; }
        figure.plot img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
        figcaption { font-size: 13px; margin-top: 4px; }
        figcaption .file { float: right; font-family: monospace; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { padding: 5px 8px; border-bottom: 1px solid var(--rule); text-align: right; white-space: nowrap; }
        thead th { border-bottom: 2px solid #bbb; font-weight: 600; }
        th:first-child, td:first-child { text-align: left; white-space: normal; }
        tbody th { font-weight: normal; }
        table:not(.kv) tbody th { min-width: 12em; }
        thead th { white-space: normal; vertical-align: bottom; }
        .scroll { overflow-x: auto; }
        tbody tr:nth-child(even) { background: #f6f8fa; }
        table.kv { width: auto; }
        table.kv th { text-align: left; color: var(--muted); font-weight: normal; }
        table.kv td { text-align: left; white-space: normal; word-break: break-all; }
        code { font-size: 13px; }
        footer { margin-top: 40px; font-size: 12px; border-top: 1px solid var(--rule); padding-top: 8px; }
        @media print { body { background: #fff; } main { max-width: none; } figure.plot { break-inside: avoid; } }

        """;
}
