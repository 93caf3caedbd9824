using ReportAutomation.TestKit;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportAutomation.Rendering.Pdf.Tests.Rendering;

public sealed class LayoutTests : IDisposable
{
    private readonly DeckRun _run = new();

    [Fact]
    public void Render_TableOf200Rows_PaginatesWithTheHeaderOnEveryPage()
    {
        // Given 200 investments and a table slide
        var pack = Some.Pack(investments: Enumerable.Range(1, 200).Select(i => Some.Investment(1_000_000m * i, $"Investor {i:000}", line: i + 1)));
        var template = _run.Template(Decks.Slide(Decks.InvestmentTable));

        // When the deck is drawn
        var pages = PdfText.Pages(_run.RenderOk(pack, template));

        // Then it continues over several slides titled "(cont.)", each with the header row, and every row appears once
        Assert.True(pages.Count >= 8, $"{pages.Count} pages");
        Assert.StartsWith("Investments ", pages[0]);
        Assert.All(pages.Skip(1), p => Assert.StartsWith("Investments (cont.) ", p));
        Assert.All(pages, p => Assert.Contains("Investor Amount", p));
        var all = string.Join(" ", pages);
        for (var i = 1; i <= 200; i++)
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, $"Investor {i:000} "));
        }
    }

    [Fact]
    public void Render_SummaryTooLongForItsCard_EndsInAnEllipsisInsideTheCard()
    {
        // Given an article whose summary is far longer than a card
        var words = string.Join(' ', Enumerable.Range(1, 600).Select(i => $"word{i}"));
        var pack = Some.Pack(articles: [Some.Article(summary: words + " lastword")]);
        var template = _run.Template(Decks.Slide("""
            { "layout": "articles", "title": "Coverage", "cards": "a in articles", "per_slide": 2, "card": { "title": "{{ a.title }}", "summary": "{{ a.summary }}" } }
            """));

        // When the deck is drawn
        var pdf = _run.RenderOk(pack, template);

        // Then the summary stops with "…" and no letter leaves the card (which ends above the footer)
        var text = PdfText.Pages(pdf).Single();
        Assert.Contains("word1 word2", text);
        Assert.Contains("…", text);
        Assert.DoesNotContain("lastword", text);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var summaryLetters = page.Letters.Where(l => l.FontSize < 12 && l.StartBaseLine.Y > 30).ToList();
        Assert.All(summaryLetters, l => Assert.True(l.BoundingBox.Bottom > 46 && l.BoundingBox.Right < (960 / 2.0) + 10, $"'{l.Value}' at {l.BoundingBox}"));
    }

    [Fact]
    public void Render_TitleInArabic_IsDrawnWithTheFallbackFont()
    {
        var pdffonts = ExternalTool.Require("pdffonts", "poppler-utils");
        var pack = Some.Pack(articles: [Some.Article(title: "Contoso في السوق — “quoted” café")]);
        var template = _run.Template(Decks.Slide(Decks.TitleCards));

        var pdf = _run.RenderOk(pack, template);

        var fonts = ExternalTool.Run(pdffonts, [pdf]).Output;
        Assert.Contains("NotoSansArabic-Regular", fonts);
        Assert.Contains("NotoSans-Bold", fonts);
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.Contains(letters, l => l.FontName != null && l.FontName.Contains("NotoSansArabic", StringComparison.Ordinal));
        var text = PdfText.Pages(pdf).Single();
        Assert.Contains("“quoted” café", text);
        Assert.Contains("—", text);
    }

    [Fact]
    public void Render_CharactersNoFontHas_AreNamedInOneWarning()
    {
        // Given a title in Chinese, which no shipped font covers, and no font added in the theme
        var pack = Some.Pack(articles: [Some.Article(title: "Contoso 在中国 expands")]);
        var template = _run.Template(Decks.Slide(Decks.TitleCards));
        var log = new ListLogger<PdfDeckRenderer>();

        // When the deck is drawn
        var pdf = _run.RenderOk(pack, template, logger: log);

        // Then it is still written, and one warning names each missing character and where to add a font
        Assert.True(File.Exists(pdf));
        var warning = Assert.Single(log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains("3 character(s)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("中 U+4E2D", warning.Message, StringComparison.Ordinal);
        Assert.Contains("theme.fonts", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextEveryFontCovers_WarnsOfNothing()
    {
        var log = new ListLogger<PdfDeckRenderer>();
        _run.RenderOk(Some.Pack(articles: [Some.Article(title: "Contoso في السوق — “quoted” café")]), _run.Template(Decks.Slide(Decks.TitleCards)), logger: log);
        Assert.DoesNotContain(log.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public void Render_SlideTitlesInAnyScript_AreTheOutlineEntriesAsWritten()
    {
        // Given one slide per article, titled by articles mixing Arabic, curly quotes, parentheses, a backslash and accents
        string[] titles = ["Contoso في السوق — “quoted” (café)", @"Fabrikam \ rises (again)"];
        var pack = Some.Pack(articles: [Some.Article(id: "a.html", title: titles[0]), Some.Article(id: "b.html", title: titles[1])]);
        var template = _run.Template("""
            { "slides": [ { "layout": "bullets", "title": "{{ a.title }}", "repeat": "a in articles", "bullets": ["{{ a.site }}"] } ] }
            """);

        // When the deck is drawn
        using var document = PdfDocument.Open(_run.RenderOk(pack, template));

        // Then each page has one outline entry whose title reads back exactly as the article's
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(titles.Order(StringComparer.Ordinal), bookmarks.GetNodes().Select(n => n.Title).Order(StringComparer.Ordinal));
        Assert.Equal(2, document.NumberOfPages);
    }

    [Fact]
    public void Render_WhenFalse_LeavesTheSlideOutAndRepeatMakesOnePerItem()
    {
        var pack = Some.Pack(sentiment: [Some.Sentiment("Contoso", 0.4), Some.Sentiment("Fabrikam", -0.1, line: 3)]);
        var template = _run.Template("""
            { "slides": [
              { "layout": "bullets", "title": "Issues found", "when": "totals.issues > 0", "bullets": ["{{ totals.issues }}"] },
              { "layout": "bullets", "title": "Company {{ e.entity }}", "repeat": "e in entity_sentiment", "bullets": ["Mean {{ e.mean | number: 2 }}"] }
            ] }
            """);

        var pages = PdfText.Pages(_run.RenderOk(pack, template));

        Assert.Equal(2, pages.Count);
        Assert.Contains(pages, p => p.StartsWith("Company Contoso", StringComparison.Ordinal) && p.Contains("Mean 0.40", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("Company Fabrikam", StringComparison.Ordinal) && p.Contains("Mean -0.10", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => p.Contains("Issues found", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_KpiTiles_ShowValueLabelAndSignedDelta()
    {
        var pack = Some.BusyWeek();
        var template = _run.Template(Decks.Slide("""
            { "layout": "kpis", "title": "KPIs", "tiles": [
              { "label": "Invested", "value": "{{ totals.investments | money }}", "delta": "0.25", "delta_text": "+25% vs prior week" },
              { "label": "Mood", "value": "{{ entity_sentiment.first.mean | number: 2 }}", "delta": "-0.1" } ] }
            """));

        var text = PdfText.Pages(_run.RenderOk(pack, template)).Single();

        Assert.Contains("$17.6B Invested +25% vs prior week", text);
        Assert.Contains("Mood -10.0%", text);
    }

    [Fact]
    public void Render_A4AndALogo_PagesAreA4LandscapeWithTheLogoImage()
    {
        using (var bitmap = new SKBitmap(120, 40))
        {
            bitmap.Erase(new SKColor(0x1F, 0x38, 0x64));
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            _run.Write("logo.png", data.ToArray());
        }

        var template = _run.Template(Decks.Slide("""{ "layout": "bullets", "title": "Hello", "bullets": ["one"] }""", """ "page": "a4-landscape", "theme": { "logo": "logo.png" }, """));

        var pdf = _run.RenderOk(Some.BusyWeek(), template);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal(841.89, page.Width, 1);
        Assert.InRange(page.Height, 595.0, 595.5);
        Assert.Single(page.GetImages());
    }

    [Fact]
    public void Render_EverySlideConditionalAndNoneApplies_StillWritesACover()
    {
        var template = _run.Template(Decks.Slide("""{ "layout": "bullets", "title": "x", "when": "totals.issues > 100" }"""));

        var pages = PdfText.Pages(_run.RenderOk(Some.BusyWeek(), template));

        Assert.Single(pages);
        Assert.Contains("weekly-ir 2026-W47", pages[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
