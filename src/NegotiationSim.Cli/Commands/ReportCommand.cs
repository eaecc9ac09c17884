using System.CommandLine;
using System.Text;
using System.Text.Json;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Outcomes;
using NegotiationSim.Plots;

namespace NegotiationSim.Cli.Commands;

/// <summary>`negsim report`: redraw a results folder's plots from its summary.json and write report.html, without rerunning.</summary>
public static class ReportCommand
{
    /// <summary>The command-line shape of `negsim report`.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Results folder (one holding summary.json)" };
        var style = SharedOptions.Style();
        var command = new Command("report",
            "Redraw every plot of a results folder from its summary.json (nothing is rerun) and write report.html: one " +
            "self-contained page with the plots, the key tables with their intervals and the manifest, readable offline.\n\n" +
            "Examples:\n  negsim report results/baseline\n  negsim report results/baseline --style paper")
        {
            folder, style,
        };
        command.SetAction(parse => (int)Execute(parse.GetValue(folder)!, Console.Out, Console.Error, SharedOptions.StyleOf(parse.GetValue(style))));
        return command;
    }

    /// <summary>Writes DIR/plots/* and DIR/report.html from DIR/summary.json.</summary>
    /// <param name="folder">The results folder.</param>
    /// <param name="output">Where the report's path is printed.</param>
    /// <param name="error">Where problems are reported.</param>
    /// <param name="style">How the plots are redrawn.</param>
    /// <returns>Success; a usage error when the folder is not a results folder; a runtime failure when writing fails.</returns>
    public static ExitCode Execute(string folder, TextWriter output, TextWriter error, PlotStyle style = PlotStyle.Screen) =>
        CommandErrors.Run(error, () => Report(folder, output, error, style));

    private static ExitCode Report(string folder, TextWriter output, TextWriter error, PlotStyle style)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        folder = Path.GetFullPath(folder);
        string summaryPath = Path.Combine(folder, ResultsLayout.SummaryFile);
        if (!File.Exists(summaryPath))
            throw new ResultsFolderException($"'{folder}' is not a results folder: it has no {ResultsLayout.SummaryFile}");

        Manifest manifest;
        Summary summary;
        try
        {
            (manifest, summary) = SummaryJson.ReadFile(summaryPath);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new ResultsFolderException($"'{summaryPath}' is not a negsim summary.json: {e.Message}");
        }

        string reportPath = Path.Combine(folder, ResultsLayout.ReportFile);
        string staging = Path.Combine(folder, $".{ResultsLayout.ReportFile}.partial-{Environment.ProcessId}");
        try
        {
            var caption = new PlotCaption(manifest.Experiment, manifest.Seed, manifest.Runs);
            IReadOnlyList<string> written;
            using (Charts.UseStyle(style)) written = Charts.All(summary, Path.Combine(folder, ResultsLayout.PlotsFolder), caption);
            var figures = written.Where(p => p.EndsWith(".svg", StringComparison.Ordinal))
                .Select(p => new ReportFigure(Path.GetFileNameWithoutExtension(p), Title(Path.GetFileNameWithoutExtension(p), summary), File.ReadAllText(p)))
                .ToList();
            var html = ReportPage.Render(manifest, summary, figures, FilesToLink(folder));
            File.WriteAllText(staging, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(staging, reportPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write the report into '{folder}': {e.Message}");
            return ExitCode.RuntimeFailure;
        }
        finally
        {
            try { if (File.Exists(staging)) File.Delete(staging); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort: hidden and marked partial */ }
        }

        output.WriteLine($"Report: {reportPath}");
        return ExitCode.Success;
    }

    /// <summary>A chart's title in words, from its file name.</summary>
    internal static string Title(string name, Summary summary)
    {
        switch (name)
        {
            case Charts.AgreementByItemName: return "Probability of agreement by agenda item";
            case Charts.AgreedValuesName: return "Agreed values by agenda item";
            case Charts.UtilityByPartyName: return "Final utility by party";
            case Charts.EndingsName: return "How the meeting sequence ended, and escalation";
            case Charts.VetoesName: return "Which parties block, and how often";
        }
        if (name.StartsWith(Charts.OfferFanPrefix, StringComparison.Ordinal))
        {
            string id = name[Charts.OfferFanPrefix.Length..];
            var meeting = summary.Meetings.FirstOrDefault(m => m.Id == id);
            return $"Offers round by round: {meeting?.Name ?? id}";
        }
        return name;
    }

    /// <summary>The folder's data files worth a link from the report: summary.json, experiment.json and the tables.</summary>
    private static List<string> FilesToLink(string folder)
    {
        var files = new List<string>();
        foreach (var name in new[] { ResultsLayout.SummaryFile, ResultsLayout.ExperimentFile })
            if (File.Exists(Path.Combine(folder, name))) files.Add(name);
        string tables = Path.Combine(folder, ResultsLayout.TablesFolder);
        if (Directory.Exists(tables))
            files.AddRange(Directory.GetFiles(tables).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        return files;
    }
}
