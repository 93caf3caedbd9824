using ReportAutomation.TestKit;
using UglyToad.PdfPig;

namespace ReportAutomation.Rendering.Pdf.Tests.Rendering;

public sealed class ShippedDeckTests : IDisposable
{
    private readonly DeckRun _run = new();

    [Fact]
    public void Render_ShippedTemplate_EveryKpiInvestorAndArticleTitleIsInTheText()
    {
        // Given the shipped deck template and a busy week
        var pack = Some.BusyWeek();

        // When the deck is drawn
        var pdf = _run.RenderOk(pack, DeckRun.ShippedTemplate);

        // Then PdfPig finds the KPIs, every investor and every article title
        var text = string.Join("\n", PdfText.Pages(pdf));
        Assert.Contains("$17.6B", text);
        Assert.Contains("Investment deals", text);
        foreach (var investor in pack.Investments.Select(i => i.Investor))
        {
            Assert.Contains(investor, text);
        }

        foreach (var article in pack.Articles)
        {
            Assert.Contains(article.Title, text);
        }
    }

    [Fact]
    public void Render_ShippedTemplate_PdftotextFindsTheSameText()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var pack = Some.BusyWeek();
        var pdf = _run.RenderOk(pack, DeckRun.ShippedTemplate);

        var (code, output, error) = ExternalTool.Run(pdftotext, ["-raw", pdf, "-"]);
        output = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");

        Assert.True(code == 0, error);
        Assert.Contains("Northwind takes a $14.3B stake in Labelwise", output);
        Assert.Contains("Confidential", output);
        Assert.Contains("Adventure Works Ventures", output);
    }

    [Fact]
    public void Render_ShippedTemplate_PassesQpdfCheckWithEveryFontEmbedded()
    {
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var pdffonts = ExternalTool.Require("pdffonts", "poppler-utils");
        var pdf = _run.RenderOk(Some.BusyWeek(), DeckRun.ShippedTemplate);

        var check = ExternalTool.Run(qpdf, ["--check", pdf]);
        var fonts = ExternalTool.Run(pdffonts, [pdf]);

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains("No syntax or stream encoding errors", check.Output);
        var rows = fonts.Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+0\s*$", row));
    }

    [Fact]
    public void Render_ShippedTemplate_LandscapeSlidesWithOutlineMetadataAndPdfA()
    {
        var pack = Some.BusyWeek();
        var pdf = _run.RenderOk(pack, DeckRun.ShippedTemplate);

        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), page => Assert.Equal((960.0, 540.0), (page.Width, page.Height)));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Equal(document.NumberOfPages, titles.Count);
        Assert.Contains("The week in figures", titles);
        Assert.Contains("Investments by investor", titles);
        Assert.Equal("weekly-ir 2026-W47: weekly investor-relations deck", document.Information.Title);
        Assert.Equal("Investor Relations", document.Information.Author);
        Assert.Contains("2026-W47", document.Information.Keywords);
        Assert.StartsWith("D:20261124", document.Information.CreationDate);
        var bytes = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", bytes);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", bytes);
    }

    [Fact]
    public void Render_SameInputsTwice_SameBytes()
    {
        var first = File.ReadAllBytes(_run.RenderOk(Some.BusyWeek(), DeckRun.ShippedTemplate, "first"));
        var second = File.ReadAllBytes(_run.RenderOk(Some.BusyWeek(), DeckRun.ShippedTemplate, "second"));

        // On a difference, say where (offset and the bytes around it), so a rare one can be diagnosed from the log
        var at = first.AsSpan().CommonPrefixLength(second);
        string Around(byte[] bytes) => System.Text.Encoding.Latin1.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 40));
        Assert.True(first.Length == second.Length && at == first.Length,
            $"the decks differ at byte {at} of {first.Length}/{second.Length}: '{Around(first)}' vs '{Around(second)}'");
    }

    [Fact]
    public void Render_ChartSlides_AreVectorsWithDataLabels()
    {
        var pdf = _run.RenderOk(Some.BusyWeek(), DeckRun.ShippedTemplate);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.Text.Contains("Investments by investor", StringComparison.Ordinal));
        Assert.Empty(page.GetImages());
        var words = page.GetWords().Select(w => w.Text).ToList();
        Assert.Contains("$14.3B", words);
        Assert.Contains("$750M", words);
        Assert.Contains("Investor", words);
    }

    [Fact]
    public void Render_ChartOfAWeekInTwoCurrencies_EachBarInItsCurrencyAndTheAxisWithoutASymbol()
    {
        // Given a week with euro and dollar investments (one investor in both)
        var pack = Some.TwoCurrencyWeek();

        // When the deck is drawn
        var pdf = _run.RenderOk(pack, DeckRun.ShippedTemplate);

        // Then the chart's bars say which currency they are in, their labels use it, and the shared axis has no symbol
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.Text.Contains("Investments by investor", StringComparison.Ordinal));
        var words = page.GetWords().Select(w => w.Text).ToList();
        Assert.Contains("€5.5B", words);
        Assert.Contains("$2B", words);
        Assert.Contains("$350M", words);
        Assert.Equal(2, words.Count(w => w == "(USD)"));
        Assert.Single(words, "(EUR)");
        Assert.Contains("6B", words);
        Assert.DoesNotContain("$6B", words);
        Assert.Contains("each bar in its own currency", page.Text, StringComparison.Ordinal);

        // And the figures and highlights name the euro total beside the main currency's
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains("$2.4B plus €5.5B invested across 3 deal(s)", text, StringComparison.Ordinal);
        Assert.Contains("3 deal(s), $2.4B in USD; €5.5B in EUR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ArticleCards_LinkOnlyHttpAddresses()
    {
        var pdf = _run.RenderOk(Some.BusyWeek(), DeckRun.ShippedTemplate);

        using var document = PdfDocument.Open(pdf);
        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).ToList();
        Assert.Contains("https://news.example.com/contoso-raise", links);
        Assert.DoesNotContain(links, l => l.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
