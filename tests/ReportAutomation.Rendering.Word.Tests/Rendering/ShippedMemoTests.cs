using DocumentFormat.OpenXml.Packaging;
using X = DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.TestKit;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportAutomation.Rendering.Word.Tests.Rendering;

public sealed class ShippedMemoTests : IDisposable
{
    private readonly MemoRun _run = new();

    [Fact]
    public void Render_ShippedTemplate_TextInReadingOrderWithNoTagLeft()
    {
        // Given the shipped template and a busy week
        var pack = Some.BusyWeek();

        // When the memo is written
        var docx = _run.RenderOk(pack, MemoRun.ShippedTemplate);

        // Then the body reads in order: title, summary sentences built from the data, the digest, the appendix
        var paragraphs = MemoRun.Paragraphs(docx);
        var text = string.Join("\n", paragraphs);
        Assert.Equal("Weekly investor-relations memo", paragraphs[0]);
        Assert.Contains("This week 3 investment(s) totalled $17.6B in USD.", paragraphs);
        Assert.Contains("The largest investor was Northwind Holdings with $14.3B across 1 deal(s).", paragraphs);
        Assert.True(text.IndexOf("Executive summary", StringComparison.Ordinal) < text.IndexOf("Article digest", StringComparison.Ordinal));
        Assert.Contains("Northwind takes a $14.3B stake in Labelwise", paragraphs);
        Assert.Contains("$14.3 billion: “Northwind paid $14.3 billion for the stake.”", paragraphs);
        Assert.Contains("Fabrikam <plans> & {{ spends }} $600B", paragraphs);
        Assert.DoesNotContain("{%", text);
        Assert.DoesNotContain(paragraphs, p => p.Contains("{{", StringComparison.Ordinal) && !p.StartsWith("Fabrikam", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ShippedTemplate_TablesHaveOneRowPerItemAndTotals()
    {
        var pack = Some.BusyWeek();
        var docx = _run.RenderOk(pack, MemoRun.ShippedTemplate);

        using var document = WordprocessingDocument.Open(docx, false);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        var investments = tables[0].Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(1 + pack.Investments.Count + 1, investments.Count);
        Assert.Equal(["Date", "Investor", "Target", "Category", "Amount"], investments[0]);
        var northwind = investments.Single(r => r[1] == "Northwind Holdings");
        Assert.Equal(["Labelwise AI", "$14.3B"], [northwind[2], northwind[4]]);
        Assert.Equal(["Total", "", "", "3 deal(s)", "$17.6B"], investments[^1]);
        var sentiment = tables[1].Elements<TableRow>().Skip(1).Select(r => r.InnerText).ToList();
        Assert.Equal(2, sentiment.Count);
        Assert.Contains(sentiment, r => r.Contains("Contoso", StringComparison.Ordinal) && r.Contains("new", StringComparison.Ordinal));
        Assert.Equal(1 + pack.Issues.Count, tables[2].Elements<TableRow>().Count());
        Assert.Equal(1 + pack.Sources.Count, tables[3].Elements<TableRow>().Count());
    }

    [Fact]
    public void Render_ShippedTemplate_LinksOnlyHttpTitlesAndKeepsHeaderFooterFields()
    {
        var docx = _run.RenderOk(Some.BusyWeek(), MemoRun.ShippedTemplate);

        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart!;
        var links = main.Document.Body!.Descendants<Hyperlink>().Select(h => (h.InnerText, main.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.ToString())).ToList();
        Assert.Equal([("Northwind takes a $14.3B stake in Labelwise", "https://news.example.com/contoso-raise")], links);
        Assert.Empty(main.Document.Body!.Descendants<FieldCode>());
        Assert.Equal("weekly-ir · week 2026-W47", main.HeaderParts.Single().Header.InnerText);
        var footer = main.FooterParts.Single().Footer;
        Assert.StartsWith("Confidential", footer.InnerText, StringComparison.Ordinal);
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<FieldCode>().Select(f => f.Text));
        Assert.True(main.DocumentSettingsPart!.Settings.GetFirstChild<UpdateFieldsOnOpen>()?.Val?.Value);
        Assert.Equal("weekly-ir 2026-W47: weekly investor-relations memo", document.PackageProperties.Title);
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc), document.PackageProperties.Created?.ToUniversalTime());
    }

    [Fact]
    public void Render_ShippedTemplate_NativeChartsCarryTheSeriesOfTheChartDescription()
    {
        var pack = Some.BusyWeek();
        var docx = _run.RenderOk(pack, MemoRun.ShippedTemplate);

        using var document = WordprocessingDocument.Open(docx, false);
        var charts = document.MainDocumentPart!.ChartParts.OrderBy(c => c.Uri.ToString(), StringComparer.Ordinal).ToList();
        Assert.Equal(2, charts.Count);
        var bar = charts[0].ChartSpace.Descendants<C.BarChartSeries>().Single();
        var expected = Core.Charts.PackCharts.InvestmentsByInvestor.For(pack);
        Assert.Equal(expected.Categories, bar.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        Assert.Equal(expected.Series[0].Values.Select(v => v!.Value), bar.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => double.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Sheet1!$B$2:$B$4", bar.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal(2, charts[1].ChartSpace.Descendants<C.LineChartSeries>().Count());

        // The embedded workbook (what Word opens on "Edit data") holds the same numbers
        using var workbook = SpreadsheetDocument.Open(charts[0].EmbeddedPackagePart!.GetStream(), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<X.Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
        Assert.Equal("Northwind Holdings", cells["A2"]);
        Assert.Equal(14_300_000_000d, double.Parse(cells["B2"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Description.CategoryTitle, cells["A1"]);
        Assert.Equal(expected.Series[0].Name, cells["B1"]);

        // and is itself a valid workbook, every part of it (it is written straight into its zip)
        foreach (var (chart, i) in charts.Select((c, i) => (c, i)))
        {
            var xlsx = _run.File($"embedded-{i}.xlsx");
            using (var source = chart.EmbeddedPackagePart!.GetStream())
            using (var target = System.IO.File.Create(xlsx))
            {
                source.CopyTo(target);
            }

            OpenXmlValidation.AssertValid(xlsx);
        }
    }

    [Fact]
    public void Render_MarkupInChartLabels_ComesOutLiterallyInTheChartAndItsWorkbook()
    {
        // Given investors and entities whose names carry markup characters (the chart XML and its workbook are written by hand)
        const string investor = "Smith & Sons <\"Holdings\">";
        const string entity = "O'Brien & <Co>";
        var pack = Some.Pack(
            investments: [Some.Investment(amount: 2_000_000m, investor: investor)],
            sentiment: [Some.Sentiment(entity, 0.25)],
            entities: [new Core.Model.WatchedEntity(entity, "OBC", [])]);

        // When the memo is written
        var docx = _run.RenderOk(pack, MemoRun.ShippedTemplate);

        // Then the document is valid, and the bar's category, the line's name and the workbook cells read them as written
        OpenXmlValidation.AssertValid(docx);
        using var document = WordprocessingDocument.Open(docx, false);
        var charts = document.MainDocumentPart!.ChartParts.OrderBy(c => c.Uri.ToString(), StringComparer.Ordinal).ToList();
        Assert.Equal([investor], charts[0].ChartSpace.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        Assert.Contains(entity, charts[1].ChartSpace.Descendants<C.SeriesText>().Select(t => t.Descendants<C.NumericValue>().Single().Text));
        using var workbook = SpreadsheetDocument.Open(charts[0].EmbeddedPackagePart!.GetStream(), false);
        Assert.Contains(investor, workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<X.Cell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Render_WeekInTwoCurrencies_SummarySaysEachAndTheChartLabelsTheirBars()
    {
        // Given a week with dollar and euro investments, one investor in both
        var pack = Some.TwoCurrencyWeek();

        // When the memo is written
        var docx = _run.RenderOk(pack, MemoRun.ShippedTemplate);

        // Then the summary gives the main currency's total and the other currency's beside it, and the chart's bars say
        // which currency each is in
        var paragraphs = MemoRun.Paragraphs(docx);
        Assert.Contains("This week 3 investment(s) totalled $2.4B in USD; plus €5.5B in EUR.", paragraphs);
        using var document = WordprocessingDocument.Open(docx, false);
        var bar = document.MainDocumentPart!.ChartParts.OrderBy(c => c.Uri.ToString(), StringComparer.Ordinal).First().ChartSpace.Descendants<C.BarChartSeries>().Single();
        Assert.Equal(["Alphabet (EUR)", "Microsoft (USD)", "Alphabet (USD)"], bar.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        OpenXmlValidation.AssertValid(docx);
    }

    [Fact]
    public void Render_ShippedTemplate_PassesTheOpenXmlValidator()
    {
        var docx = _run.RenderOk(Some.BusyWeek(), MemoRun.ShippedTemplate);

        OpenXmlValidation.AssertValid(docx);
    }

    [Fact]
    public void Render_SameInputsTwice_SameBytes()
    {
        var first = _run.RenderOk(Some.BusyWeek(), MemoRun.ShippedTemplate, "first");
        var second = _run.RenderOk(Some.BusyWeek(), MemoRun.ShippedTemplate, "second");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        // Every zip entry carries the pack's time, not the time it was written
        using var zip = System.IO.Compression.ZipFile.OpenRead(first);
        Assert.All(zip.Entries, e => Assert.Equal(Some.BusyWeek().GeneratedAt.UtcDateTime, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Render_ShippedTemplate_LibreOfficeShowsTheWeekTotalTitlesAndInvestors()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var pack = Some.BusyWeek();
        var docx = _run.RenderOk(pack, MemoRun.ShippedTemplate);

        var pdf = LibreOffice.Convert(docx, "pdf", _run.Folder);
        var (code, output, error) = ExternalTool.Run(pdftotext, [pdf, "-"]);

        Assert.True(code == 0, error);
        var text = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
        Assert.Contains("$17.6B", text);
        Assert.Contains("Northwind takes a $14.3B stake in Labelwise", text);
        Assert.Contains("Fabrikam <plans> & {{ spends }} $600B", text);
        foreach (var investor in pack.Investments.Select(i => i.Investor))
        {
            Assert.Contains(investor, text);
        }

        Assert.Contains("Page 1 of", text);
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
