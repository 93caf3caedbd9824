using System.Globalization;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

public sealed class RowExpanderEndToEndTests : IDisposable
{
    private const string Investments = "Investments";
    private readonly TempFolder _temp = new("xlsx-stream");
    private readonly string _template;

    public RowExpanderEndToEndTests()
    {
        _template = _temp.File("template.xlsx");
        TemplateWorkbook.Build(_template);
        TestCharts.Add(_template);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(3, false)]
    [InlineData(1000, true)]
    public void Expand_TemplateWorkbook_RowsReferencesTablesNamesAndChartsFollow(int n, bool countable)
    {
        // Given: the template, n investments and n entities (countable or a lazy iterator that must be spooled)
        var output = _temp.File($"out-{n}.xlsx");
        var m = Math.Max(n, 1);
        var d = m - 1;

        // When
        var report = Expand(output, n, countable);

        // Then: the report says where the rows went
        Assert.Equal(new ExpandedRows(Investments, 4, 4, n), report.Expansions[0]);
        Assert.Equal(new ExpandedRows("Trend", 2, 2, n), report.Expansions[1]);
        Assert.Equal(Enumerable.Range(0, n).Count(i => i % 3 != 2), report.HyperlinksWritten);
        Assert.Equal(Enumerable.Range(0, n).Count(i => i % 3 == 2), report.HyperlinksAsText);
        OpenXmlValidation.AssertValid(output);

        using var x = new XlsxInspector(output);
        for (var k = 0; k < n; k++)
        {
            var row = 4 + k;
            Assert.Equal(Day(k).ToOADate(), x.Number(Investments, $"A{row}"));
            Assert.Equal(x.Cell(Investments, "A4")!.StyleIndex!.Value, x.Cell(Investments, $"A{row}")!.StyleIndex!.Value);
            Assert.Equal(k % 2 == 0 ? "Alpha" : "Beta", x.Text(Investments, $"B{row}"));
            Assert.Equal(Target(k), x.Text(Investments, $"C{row}"));
            Assert.Null(x.Formula(Investments, $"C{row}"));
            Assert.Equal(Amount(k), x.Number(Investments, $"D{row}"));
            Assert.Equal($"D{row}*2", x.Formula(Investments, $"E{row}"));
            Assert.Equal($"Article {k}", x.Text(Investments, $"F{row}"));
            Assert.Equal($"D{row}/1000", x.Formula(Investments, $"G{row}"));
        }

        if (n == 0)
        {
            // One empty row keeps the table's data body and the template styles.
            Assert.Null(x.Cell(Investments, "A4")!.CellValue);
            Assert.Null(x.Formula(Investments, "E4"));
            Assert.NotNull(x.Cell(Investments, "D4")!.StyleIndex);
        }

        // ClosedXML writes the totals formula table-less; it is named after its table so LibreOffice can compute it too.
        Assert.Equal("SUBTOTAL(109,Deals[Amount])", x.Formula(Investments, $"D{4 + m}"));
        Assert.Equal($"Investments!D{4 + m}", x.Formula("Summary", "B6"));
        Assert.Equal("Total", x.Text(Investments, $"A{4 + m}"));
        Assert.Equal($"COUNTA(B4:B{3 + m})", x.Formula(Investments, "H2"));
        Assert.Equal($"SUM(D4:D{3 + m})", x.Formula(Investments, $"D{7 + d}"));
        Assert.Equal("D4", x.Formula(Investments, $"D{8 + d}"));
        Assert.Equal("Notes", x.Text(Investments, $"A{9 + d}"));

        var sheet = x.Sheet(Investments).Worksheet;
        Assert.Equal($"A9:C9".Replace("9", (9 + d).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.MergeCell>().Single().Reference!.Value);
        Assert.Equal($"D4:D{3 + m}", sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.ConditionalFormatting>().Single().SequenceOfReferences!.InnerText);
        Assert.Equal($"B4:B{3 + m}", sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().Single().SequenceOfReferences!.InnerText);
        Assert.Equal($"A1:H{9 + d}", sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.SheetDimension>().Single().Reference!.Value);

        var table = x.Table(Investments);
        Assert.Equal($"A3:F{4 + m}", table.Reference!.Value);
        Assert.Equal($"A3:F{3 + m}", table.AutoFilter!.Reference!.Value);

        Assert.Equal($"Investments!$A$1:$H${9 + d}", x.DefinedName("_xlnm.Print_Area"));
        Assert.Equal("Investments!3:3", x.DefinedName("_xlnm.Print_Titles"));
        Assert.Equal($"Investments!$D$4:$D${3 + m}", x.DefinedName("Amounts"));

        Assert.Equal($"SUM(Investments!D4:D{3 + m})", x.Formula("Summary", "B2"));
        Assert.Equal($"SUMIFS(Investments!$D$4:$D${3 + m},Investments!$B$4:$B${3 + m},\"Alpha\")", x.Formula("Summary", "B3"));
        Assert.Equal($"COUNT(Investments!D4:D{3 + m})", x.Formula("Summary", "B5"));

        // Trend: the template formula beside the row is copied; a formula below over the row grows.
        for (var k = 0; k < n; k++)
        {
            Assert.Equal($"E{k}", x.Text("Trend", $"A{2 + k}"));
            Assert.Equal($"AVERAGE(B{2 + k}:E{2 + k})", x.Formula("Trend", $"F{2 + k}"));
        }

        Assert.Equal($"MAX(B2:E{1 + m})", x.Formula("Trend", $"A{4 + d}"));

        // Charts: the column-oriented bar series grows; the row-oriented line series is repeated once per entity.
        var bar = Assert.Single(XlsxInspector.Series(Assert.Single(x.Charts(Investments))));
        Assert.Equal(("Investments!$D$3", $"Investments!$C$4:$C${3 + m}", $"Investments!$D$4:$D${3 + m}"), bar);
        // Excel draws at most 255 series: the rest are reported, not written.
        var line = XlsxInspector.Series(Assert.Single(x.Charts("Summary")));
        Assert.Equal(Math.Min(m, 255), line.Count);
        Assert.Equal(m - line.Count, report.ChartSeriesDropped);
        for (var k = 0; k < line.Count; k++)
        {
            Assert.Equal(($"Trend!$A${2 + k}", "Trend!$B$1:$E$1", $"Trend!$B${2 + k}:$E${2 + k}"), line[k]);
        }

        Assert.DoesNotContain(x.Charts("Summary").Single().Descendants(), e => e.LocalName is "numCache" or "strCache");
        var anchorRow = x.Sheet(Investments).DrawingsPart!.WorksheetDrawing.Descendants<DocumentFormat.OpenXml.Drawing.Spreadsheet.FromMarker>().Single()
            .GetFirstChild<DocumentFormat.OpenXml.Drawing.Spreadsheet.RowId>()!.Text;
        Assert.Equal((10 + d).ToString(CultureInfo.InvariantCulture), anchorRow);

        // Hyperlinks: real, external, only for absolute http(s) URLs.
        var links = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Hyperlink>().ToList();
        Assert.Equal(report.HyperlinksWritten, links.Count);
        foreach (var link in links)
        {
            var row = int.Parse(link.Reference!.Value![1..], CultureInfo.InvariantCulture);
            var relationship = x.Sheet(Investments).HyperlinkRelationships.Single(r => r.Id == link.Id);
            Assert.True(relationship.IsExternal);
            Assert.Equal(new Uri($"https://example.com/a/{row - 4}?q=1&r=2"), relationship.Uri);
        }

        // Recalculation: no calculation chain, full calculation on load.
        Assert.DoesNotContain("xl/calcChain.xml", XlsxInspector.Entries(output));
        Assert.Null(x.Workbook.CalculationChainPart);
        Assert.True(x.Workbook.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);

        // Untouched parts are copied byte for byte.
        Assert.Equal(XlsxInspector.EntryBytes(_template, "xl/styles.xml"), XlsxInspector.EntryBytes(output, "xl/styles.xml"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Expand_ThenLibreOffice_RecalculatesTheSummaryOverTheGeneratedRows(int n)
    {
        // Given: an expanded workbook
        var output = _temp.File($"calc-{n}.xlsx");
        Expand(output, n, countable: true);

        // When: LibreOffice converts the first sheet (Summary) to CSV
        var csv = LibreOffice.Convert(output, "csv", _temp.Path);

        // Then: its formulas were computed over the generated rows
        var lines = File.ReadAllLines(csv).Select(l => l.Split(',')).ToList();
        var total = Enumerable.Range(0, n).Sum(Amount);
        var alpha = Enumerable.Range(0, n).Where(i => i % 2 == 0).Sum(Amount);
        Assert.Equal(total, Cell(lines, 2), 6);
        Assert.Equal(alpha, Cell(lines, 3), 6);
        Assert.Equal(total, Cell(lines, 4), 6);
        Assert.Equal(n, Cell(lines, 5), 6);
        Assert.Equal(total, Cell(lines, 6), 6);
    }

    [Fact]
    public void Expand_ThenLibreOfficePdf_RendersTheWorkbookWithItsCharts()
    {
        // Given
        var output = _temp.File("deck.xlsx");
        Expand(output, 5, countable: true);

        // When
        var pdf = LibreOffice.Convert(output, "pdf", _temp.Path);

        // Then: a real PDF came out (Convert fails when none does)
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private ExpansionReport Expand(string output, int n, bool countable) =>
        new RowExpander().Expand(_template, output,
        [
            new RowExpansion(Investments, TemplateWorkbook.InvestmentsTemplateRow, countable ? InvestmentRows(n) : Lazy(InvestmentRows(n))),
            new RowExpansion("trend", TemplateWorkbook.TrendTemplateRow, TrendRows(n)),
        ]);

    private static double Cell(List<string[]> lines, int row) =>
        double.Parse(lines[row - 1][1], NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<IReadOnlyList<XlCell>> InvestmentRows(int n) => Enumerable.Range(0, n).Select(i => (IReadOnlyList<XlCell>)
    [
        XlCell.FromDate(1, Day(i)),
        XlCell.FromText(2, i % 2 == 0 ? "Alpha" : "Beta"),
        XlCell.FromText(3, Target(i)),
        XlCell.FromNumber(4, Amount(i)),
        XlCell.TemplateFormula(5),
        XlCell.FromLink(6, $"Article {i}", i % 3 == 2 ? "javascript:alert(1)" : $"https://example.com/a/{i}?q=1&r=2"),
    ]);

    private static IEnumerable<IReadOnlyList<XlCell>> TrendRows(int n) => Enumerable.Range(0, n).Select(i => (IReadOnlyList<XlCell>)
    [
        XlCell.FromText(1, $"E{i}"),
        XlCell.FromNumber(2, i),
        XlCell.FromNumber(3, i + 0.5),
        XlCell.FromNumber(4, i * 2),
        XlCell.FromNumber(5, -i),
    ]);

    private static IEnumerable<T> Lazy<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static DateTime Day(int i) => new DateTime(2026, 11, 16).AddDays(i % 7);

    private static double Amount(int i) => (i + 1) * 10.5;

    private static string Target(int i) => i == 0 ? "=HYPERLINK(\"http://evil\",\"x\")" : $"Target {i} <&> \"q\"";
}
