using DocumentFormat.OpenXml.Spreadsheet;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

public sealed class RowExpanderCellKindTests : IDisposable
{
    private const string Sheet =
        $"<worksheet xmlns=\"{RawWorkbook.Main}\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Header</t></is></c></row>"
        + "<row r=\"2\" ht=\"30\" customHeight=\"1\"><c r=\"A2\" s=\"1\"/><c r=\"B2\"/><c r=\"C2\"><f>A2+1</f></c></row>"
        + "</sheetData></worksheet>";

    private readonly TempFolder _temp = new("xlsx-kinds");

    [Fact]
    public void Expand_EveryCellKind_IsWrittenWithTheRightTypeAndLimits()
    {
        // Given: one row per kind; a link limit of 1 per sheet
        var input = _temp.File("kinds.xlsx");
        RawWorkbook.Write(input, ("S", Sheet));
        var output = _temp.File("out.xlsx");
        var longText = new string('x', 40_000);
        IReadOnlyList<XlCell>[] rows =
        [
            [XlCell.FromBool(1, true), XlCell.FromText(2, "  padded  ")],
            [XlCell.FromNumber(1, double.NaN), new XlCell(2, XlCellKind.Formula, 0, null, null, "SUM(A1:A2)")],
            [XlCell.FromText(1, longText), XlCell.FromLink(2, "first", "https://example.com/1")],
            [XlCell.FromLink(1, "second", "https://example.com/2"), XlCell.FromLink(2, "ftp", "ftp://example.com/x")],
            [XlCell.FromLink(1, "relative", "/etc/passwd"), XlCell.Empty(2)],
        ];

        // When
        var report = new RowExpander(new RowExpanderOptions { MaxHyperlinksPerSheet = 1 }).Expand(input, output, [new RowExpansion("S", 2, rows)]);

        // Then
        OpenXmlValidation.AssertValid(output);
        Assert.Equal((1, 3, 1), (report.HyperlinksWritten, report.HyperlinksAsText, report.TextsTruncated));
        using var x = new XlsxInspector(output);
        Assert.Equal(CellValues.Boolean, x.Cell("S", "A2")!.DataType!.Value);
        Assert.Equal("1", x.Text("S", "A2"));
        Assert.Equal("  padded  ", x.Text("S", "B2"));
        Assert.Null(x.Cell("S", "A3")!.CellValue);
        Assert.Equal("SUM(A1:A2)", x.Formula("S", "B3"));
        Assert.Equal(32_767, x.Text("S", "A4")!.Length);
        Assert.Equal("first", x.Text("S", "B4"));
        Assert.Equal(["B4"], x.Sheet("S").Worksheet.Descendants<Hyperlink>().Select(h => h.Reference!.Value!));
        Assert.Equal(["second", "ftp", "relative"], [x.Text("S", "A5")!, x.Text("S", "B5")!, x.Text("S", "A6")!]);

        // The template row's height and the untouched formula column come along on every row.
        Assert.All(x.Sheet("S").Worksheet.Descendants<Row>().Where(r => r.RowIndex!.Value >= 2), r => Assert.Equal(30, r.Height!.Value));
        Assert.Equal(["A2+1", "A3+1", "A4+1", "A5+1", "A6+1"], Enumerable.Range(2, 5).Select(r => x.Formula("S", $"C{r}")!));
        Assert.Equal(x.Cell("S", "A2")!.StyleIndex!.Value, x.Cell("S", "A6")!.StyleIndex!.Value);
    }

    public void Dispose() => _temp.Dispose();
}
