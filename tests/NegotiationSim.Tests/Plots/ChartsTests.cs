using NegotiationSim.Outcomes;
using NegotiationSim.Plots;
using SkiaSharp;

namespace NegotiationSim.Tests.Plots;

public sealed class ChartsTests : IDisposable
{
    private const string Caption = "nato-russia-2022 · seed 20220120 · 100,000 runs";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "negsim-plots-" + Guid.NewGuid().ToString("N"));
    private readonly Summary _summary = SyntheticSummary.Realistic();

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void FontGuard_DejaVuSansIsInstalled()
    {
        // Without it ScottPlot still writes every file, silently without any text (README.md, "Install and first run": the DejaVu fonts).
        Assert.True(SKFontManager.Default.FontFamilies.Contains("DejaVu Sans"),
            "The font 'DejaVu Sans' is not installed, so every chart would be drawn without text. " +
            "Install it: apt-get install fonts-dejavu-core");
    }

    [Fact]
    public void FontGuard_MissingFontFailsLoudlyWithTheFix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChartStyle.RequireFont(_ => false));

        Assert.Contains("DejaVu Sans", error.Message);
        Assert.Contains("fonts-dejavu-core", error.Message);
        ChartStyle.RequireFont(family => family == "DejaVu Sans");
    }

    [Fact]
    public void FontGuard_ChartsAreDrawnInDejaVuSans()
    {
        var files = Charts.Endings(_summary, _dir);

        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.Default);
        string svg = File.ReadAllText(files.Svg);
        Assert.Contains("font-family=\"DejaVu Sans\"", svg);
        Assert.DoesNotContain("font-family=\"DejaVu Serif\"", svg);
        Assert.NotEmpty(PlotAssert.SvgTexts(files.Svg));
    }

    [Fact]
    public void AgreementByItem_WritesBarsWithItemNamesAndCaption()
    {
        var files = Charts.AgreementByItem(_summary, _dir);

        Assert.Equal(Path.Combine(_dir, "agreement-by-item.png"), files.Png);
        var (width, height) = PlotAssert.Valid(files);
        Assert.Equal((1000, 600), (width, height));
        PlotAssert.HasText(files, "Probability of agreement per agenda item");
        PlotAssert.HasText(files, Caption);
        PlotAssert.HasText(files, "NATO enlargement");
        PlotAssert.HasTextContaining(files, "P(agreement)");
        PlotAssert.HasText(files, "95% Wilson interval");
        PlotAssert.HasText(files, "63%");
    }

    [Fact]
    public void AgreedValues_ShowsEndLabelsAndNeverAgreedItems()
    {
        var files = Charts.AgreedValues(_summary, _dir);

        PlotAssert.Valid(files);
        PlotAssert.HasText(files, "Where agreements landed, per agenda item");
        PlotAssert.HasText(files, Caption);
        PlotAssert.HasTextContaining(files, "no further enlargement");
        PlotAssert.HasTextContaining(files, "open door for Ukraine and Georgia");
        PlotAssert.HasText(files, "Donbas settlement (Minsk)");
        PlotAssert.HasText(files, "never agreed");
        PlotAssert.HasText(files, "median agreed value");
    }

    [Fact]
    public void ItemNames_AreWholeOnEveryChartThatNamesItems()
    {
        // Names as long as the default scenario's (30-40 characters), which the charts used to cut mid-word.
        string[] names = ["NATO posture in states bordering Russia", "Ukraine's NATO membership prospects",
            "Intermediate-range missiles in Europe", "Transparency of military activities", "Mutual limits on nuclear weapons"];
        var summary = _summary with { Items = _summary.Items.Select((item, i) => item with { Name = names[i] }).ToList() };

        // Wrapped names come out of the SVG one line per text element; joined with spaces they read whole again.
        foreach (var files in new[] { Charts.AgreementByItem(summary, _dir), Charts.AgreedValues(summary, _dir), Charts.OfferFan(summary, 1, _dir) })
        {
            string texts = string.Join(" ", PlotAssert.SvgTexts(files.Svg));
            var shown = files.Png.Contains("offers-", StringComparison.Ordinal) ? summary.Meetings[1].Items : summary.Items.Select(i => i.Id).ToList();
            foreach (var item in summary.Items.Where(i => shown.Contains(i.Id)))
                Assert.Contains(item.Name, texts, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UtilityByParty_HasOneLegendEntryPerPartyAndTheStatusQuoMarker()
    {
        var files = Charts.UtilityByParty(_summary, _dir);

        PlotAssert.Valid(files);
        PlotAssert.HasText(files, "Each party's utility of the final outcome");
        PlotAssert.HasText(files, Caption);
        // One panel per party, named inside it, so that allies with the same curve do not hide each other.
        foreach (var party in _summary.Parties) PlotAssert.HasTextContaining(files, party.Name + ": median ");
        PlotAssert.HasText(files, "median utility of the status quo");
        PlotAssert.HasText(files, "utility of the final outcome (0 = worst possible, 1 = own ideal everywhere)");
    }

    [Fact]
    public void Endings_ShowsTheThreeEndingsAndEscalation()
    {
        var files = Charts.Endings(_summary, _dir);

        PlotAssert.Valid(files);
        PlotAssert.HasText(files, "How the meeting sequence ended");
        PlotAssert.HasText(files, Caption);
        foreach (string tick in new[] { "completed", "declined", "walkout", "escalation" }) PlotAssert.HasText(files, tick);
        PlotAssert.HasText(files, "46%");
        PlotAssert.HasText(files, "29%");
    }

    [Fact]
    public void OfferFan_DrawsOneMeeting()
    {
        var files = Charts.OfferFan(_summary, 1, _dir);

        Assert.Equal(Path.Combine(_dir, "offers-nrc.png"), files.Png);
        PlotAssert.Valid(files);
        PlotAssert.HasText(files, "Offers on the table, round by round: NATO–Russia Council, Brussels");
        PlotAssert.HasText(files, Caption);
        // One panel per item, titled with its full name and what its ends mean.
        PlotAssert.HasText(files, "NATO enlargement");
        PlotAssert.HasText(files, "Forces in Eastern Europe");
        PlotAssert.HasText(files, "0 = no further enlargement");
        PlotAssert.HasText(files, "1 = open door for Ukraine and Georgia");
        PlotAssert.HasText(files, "offer on the table (0 … 1)");
        PlotAssert.HasText(files, "middle half of the replicates (q25–q75)");
    }

    private static OfferBand[] Bands(Func<int, double> median, int rounds = 20) =>
        Enumerable.Range(1, rounds).Select(t => new OfferBand(t, 1000, median(t) - 0.1, median(t) - 0.05, median(t), median(t) + 0.05, median(t) + 0.1)).ToArray();

    [Fact]
    public void OfferFan_TellsTheProposingSidesApartFromTheBands()
    {
        // Two sides alternate between their own concession paths: the offer on the table zig-zags every round.
        var alternating = Bands(t => t % 2 == 1 ? 0.9 - 0.01 * t : 0.1 + 0.01 * t);
        var smooth = Bands(t => 0.9 - 0.02 * t);
        var threeSides = Bands(t => (t % 3) switch { 1 => 0.8, 2 => 0.5, _ => 0.2 } + 0.001 * t);

        Assert.Equal(2, Charts.ProposerPeriod([alternating, alternating]));
        Assert.Equal(1, Charts.ProposerPeriod([smooth]));
        Assert.Equal(3, Charts.ProposerPeriod([threeSides]));
        Assert.Equal(1, Charts.ProposerPeriod([Bands(_ => 0.5, rounds: 2)]));
        Assert.Equal(1, Charts.ProposerPeriod([]));
    }

    [Fact]
    public void OfferFan_DrawsOneLinePerProposingSideInEveryItemsPanel()
    {
        var summary = SyntheticSummary.Realistic();
        var meeting = summary.Meetings[1];
        var alternating = Bands(t => t % 2 == 1 ? 0.9 - 0.01 * t : 0.1 + 0.01 * t);
        summary = summary with { Meetings = [summary.Meetings[0], meeting with { OfferBands = meeting.Items.Select(_ => (IReadOnlyList<OfferBand>)alternating).ToList() }, summary.Meetings[2]] };

        var files = Charts.OfferFan(summary, 1, _dir);

        PlotAssert.Valid(files);
        PlotAssert.HasText(files, "median offer in rounds 1, 3, 5, … (the side listed first proposes)");
        PlotAssert.HasText(files, "median offer in rounds 2, 4, 6, … (side 2 proposes)");
    }

    [Fact]
    public void OfferFan_RejectsAMeetingIndexOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Charts.OfferFan(_summary, 3, _dir));
        Assert.Throws<ArgumentOutOfRangeException>(() => Charts.OfferFan(_summary, -1, _dir));
    }

    [Fact]
    public void OfferFans_WritesOneFilePerMeetingNamedByItsId()
    {
        var files = Charts.OfferFans(_summary, _dir);

        Assert.Equal(["offers-geneva", "offers-nrc", "offers-osce"], files.Select(f => Path.GetFileNameWithoutExtension(f.Png)));
        foreach (var f in files) PlotAssert.Valid(f);
    }

    [Fact]
    public void OfferFans_MakesMeetingIdsSafeAndDistinctAsFileNames()
    {
        var files = Charts.OfferFans(SyntheticSummary.EmptyBands(), _dir);

        Assert.Equal(["offers-no-bands", "offers-empty-lists", "offers-zero-count", "offers-no-items", "offers-unknown-item"],
            files.Select(f => Path.GetFileNameWithoutExtension(f.Png)));
        Assert.All(files, f => Assert.Equal(_dir, Path.GetDirectoryName(f.Png)));
    }

    [Fact]
    public void All_WritesEveryChartAndReturnsTheirPaths()
    {
        var paths = Charts.All(_summary, _dir, new PlotCaption("custom caption run", 7, 1));

        Assert.Equal(2 * (4 + _summary.Meetings.Count), paths.Count);
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.All(paths, p => Assert.True(File.Exists(p), p));
        Assert.Equal(paths.Order(), Directory.GetFiles(_dir).Order());
        foreach (string png in paths.Where(p => p.EndsWith(".png")))
        {
            var files = new ChartFiles(png, Path.ChangeExtension(png, ".svg"));
            PlotAssert.Valid(files);
            PlotAssert.HasText(files, "custom caption run · seed 7 · 1 run");
        }
    }

    [Fact]
    public void ThirtyItems_GetMoreRoomSoThatLabelsStayReadable()
    {
        var summary = SyntheticSummary.ThirtyItems();

        var bars = Charts.AgreementByItem(summary, _dir);
        var (_, barsHeight) = PlotAssert.Valid(bars);
        var (_, rowsHeight) = PlotAssert.Valid(Charts.AgreedValues(summary, _dir));

        // More than MaxColumnItems items are rows, each name whole (wrapped) beside its bar.
        Assert.True(barsHeight >= 30 * 38, $"bars chart only {barsHeight} px tall for 30 items");
        string texts = string.Join(" ", PlotAssert.SvgTexts(bars.Svg));
        foreach (var item in summary.Items) Assert.Contains(item.Name.Split(' ')[^1], texts, StringComparison.Ordinal);
        Assert.DoesNotContain("…", texts, StringComparison.Ordinal);
        Assert.True(rowsHeight >= 30 * 50, $"rows chart only {rowsHeight} px tall for 30 items");
    }

    public static TheoryData<string, string> EdgeCases()
    {
        var data = new TheoryData<string, string>();
        foreach (string summary in SyntheticSummary.Names)
            foreach (string chart in ChartNames)
                data.Add(summary, chart);
        return data;
    }

    private static readonly string[] ChartNames = ["AgreementByItem", "AgreedValues", "UtilityByParty", "Endings", "OfferFans"];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void EdgeCases_AreDrawnWithoutThrowing(string summaryName, string chart)
    {
        var summary = SyntheticSummary.ByName(summaryName);

        IReadOnlyList<ChartFiles> files = chart switch
        {
            "AgreementByItem" => [Charts.AgreementByItem(summary, _dir)],
            "AgreedValues" => [Charts.AgreedValues(summary, _dir)],
            "UtilityByParty" => [Charts.UtilityByParty(summary, _dir)],
            "Endings" => [Charts.Endings(summary, _dir)],
            "OfferFans" => Charts.OfferFans(summary, _dir),
            _ => throw new ArgumentOutOfRangeException(nameof(chart)),
        };

        Assert.Equal(chart == "OfferFans" ? summary.Meetings.Count : 1, files.Count);
        foreach (var f in files)
        {
            PlotAssert.Valid(f);
            Assert.True(PlotAssert.SvgTexts(f.Svg).Count >= 3, "title, caption and axis labels expected");
        }
    }

    [Fact]
    public void EdgeCases_SayWhatIsMissingInsteadOfDrawingNothing()
    {
        PlotAssert.HasText(Charts.AgreedValues(SyntheticSummary.ZeroAgreements(), _dir), "never agreed");
        PlotAssert.HasText(Charts.AgreedValues(SyntheticSummary.NaNs(), _dir), "no data");
        PlotAssert.HasText(Charts.AgreementByItem(SyntheticSummary.NaNs(), _dir), "no data");
        PlotAssert.HasText(Charts.AgreementByItem(SyntheticSummary.Nothing(), _dir), "no agenda items");
        PlotAssert.HasText(Charts.UtilityByParty(SyntheticSummary.Nothing(), _dir), "no parties");
        PlotAssert.HasText(Charts.OfferFan(SyntheticSummary.EmptyBands(), 0, _dir), "no rounds were played in this meeting");
        PlotAssert.HasText(Charts.OfferFan(SyntheticSummary.EmptyBands(), 3, _dir), "no agenda items in this meeting");
        var thirty = PlotAssert.SvgTexts(Charts.OfferFan(SyntheticSummary.ThirtyItems(), 0, _dir).Svg);
        for (int i = 1; i <= 30; i++) Assert.Contains($"Item {i}: confidence-building measure", thirty);
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => Charts.Endings(null!, _dir));
        Assert.Throws<ArgumentException>(() => Charts.Endings(_summary, " "));
        Assert.Throws<ArgumentNullException>(() => Charts.All(null!, _dir));
    }
}
