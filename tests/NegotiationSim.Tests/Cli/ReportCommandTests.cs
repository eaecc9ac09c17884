using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Cli;

/// <summary>`negsim report DIR`: plots redrawn from summary.json alone, and one self-contained page that renders offline.</summary>
public sealed partial class ReportCommandTests : IClassFixture<ReportCommandTests.Folder>
{
    /// <summary>One results folder without plots, and its report, shared by the tests.</summary>
    public sealed class Folder : IDisposable
    {
        private readonly TemporaryFolder _temp = new();
        public string Temp => _temp.Path;
        public string Results => System.IO.Path.Combine(_temp.Path, "results");
        public string Report => System.IO.Path.Combine(Results, "report.html");
        public string Output { get; }

        public Folder()
        {
            var error = new StringWriter();
            var code = RunCommand.Execute(new RunOptions(null, 4_000, 3, Results, 2, Force: false, NoPlots: true), TextWriter.Null, error, CancellationToken.None);
            Assert.True(code == ExitCode.Success, error.ToString());
            Assert.False(Directory.Exists(System.IO.Path.Combine(Results, "plots")));
            var output = new StringWriter();
            code = ReportCommand.Execute(Results, output, error);
            Assert.True(code == ExitCode.Success, error.ToString());
            Output = output.ToString();
        }

        public void Dispose() => _temp.Dispose();
    }

    private readonly Folder _folder;

    public ReportCommandTests(Folder folder) => _folder = folder;

    private const int Charts = 14;   // 4 summary charts, one offer fan per meeting of the default experiment (eight meetings), the beliefs (docs/model.md §14) and who vetoes (§15.5: acceptance per negotiation records vetoes, and Russia refusing is one)

    [Fact]
    public void The_plots_are_redrawn_from_the_summary_alone()
    {
        var plots = System.IO.Path.Combine(_folder.Results, "plots");
        Assert.Equal(Charts, Directory.GetFiles(plots, "*.png").Length);
        Assert.Equal(Charts, Directory.GetFiles(plots, "*.svg").Length);
        Assert.Contains("Report: " + _folder.Report, _folder.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_holds_every_chart_the_tables_and_the_manifest_and_nothing_from_outside()
    {
        string html = File.ReadAllText(_folder.Report);
        Assert.Equal(Charts, Regex.Matches(html, "<img src=\"data:image/svg\\+xml;base64,").Count);
        foreach (var id in new[] { "headline", "items", "meetings", "endings", "parties", "efficiency", "manifest" })
            Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Diplomatic channels", html, StringComparison.Ordinal);
        Assert.Contains("negsim run experiment.json --seed 3 --runs 4000", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tables/items.csv\"", html, StringComparison.Ordinal);

        // Offline: no scripts, no fonts or style sheets fetched, no resource from any host.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
    }

    [Fact]
    public void A_folder_without_a_summary_is_refused()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCode.UsageError, ReportCommand.Execute(_folder.Temp, TextWriter.Null, error));
        Assert.Contains("is not a results folder", error.ToString(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Headless_Chromium_renders_every_chart_and_table()
    {
        // The same page with a probe appended that reports, once everything has loaded, what the browser made of it.
        string probe = System.IO.Path.Combine(_folder.Results, "probe.html");
        File.WriteAllText(probe, File.ReadAllText(_folder.Report).Replace("</body>", """
            <script>
            window.addEventListener('load', () => {
              const images = [...document.images].map(i => ({ w: i.naturalWidth, h: i.naturalHeight, shown: i.getBoundingClientRect().width }));
              const tables = [...document.querySelectorAll('table')].map(t => t.querySelectorAll('tbody tr, tr').length);
              document.body.setAttribute('data-probe', JSON.stringify({ images, tables }));
            });
            </script>
            </body>
            """));
        try
        {
            string dom = HeadlessChromium.Run(probe, _folder.Temp, "--dump-dom");
            var match = Regex.Match(dom, "data-probe=\"([^\"]*)\"");
            Assert.True(match.Success, "the page did not finish loading in Chromium");
            using var result = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value));
            var images = result.RootElement.GetProperty("images").EnumerateArray().ToList();
            Assert.Equal(Charts, images.Count);
            foreach (var image in images)
            {
                Assert.Equal(1000, image.GetProperty("w").GetInt32());    // the SVG decoded at its own size: not a broken image
                Assert.True(image.GetProperty("h").GetInt32() > 500);
                Assert.True(image.GetProperty("shown").GetDouble() > 600); // laid out across the page
            }
            var tables = result.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetInt32()).ToList();
            Assert.Equal(6, tables.Count);   // items, meetings, endings, parties, efficiency, manifest
            Assert.All(tables, rows => Assert.True(rows >= 3));
        }
        finally
        {
            File.Delete(probe);
        }

        // And it draws them: a screenshot of the first screen, headline and first chart, is far from blank.
        string shot = System.IO.Path.Combine(_folder.Temp, "report.png");
        HeadlessChromium.Run(_folder.Report, _folder.Temp, "--window-size=1200,1600", "--screenshot=" + shot);
        using var bitmap = SkiaSharp.SKBitmap.Decode(shot);
        Assert.Equal(1200, bitmap.Width);
        var colours = new HashSet<uint>();
        int dark = 0;
        for (int y = 0; y < bitmap.Height; y += 3)
            for (int x = 0; x < bitmap.Width; x += 3)
            {
                var c = bitmap.GetPixel(x, y);
                colours.Add((uint)c);
                if (c.Red < 100 && c.Green < 100 && c.Blue < 100) dark++;
            }
        Assert.True(colours.Count > 100, $"the screenshot looks blank ({colours.Count} colours)");
        Assert.True(dark > 500, $"the screenshot has almost no text or lines ({dark} dark samples)");
        // The chart's blue bars (Okabe-Ito #0072B2) are drawn.
        Assert.Contains(colours, c => Math.Abs((int)((c >> 16) & 0xFF) - 0x00) < 12 && Math.Abs((int)((c >> 8) & 0xFF) - 0x72) < 12 && Math.Abs((int)(c & 0xFF) - 0xB2) < 12);
    }

    [GeneratedRegex("(src|href|action)\\s*=\\s*\"(https?:|//|ftp:)|url\\(\\s*['\"]?(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
