using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

public sealed class RowExpanderRawWorkbookTests : IDisposable
{
    // Two template rows (2 and 5) on one sheet; shared formula B2:B7 mastered in the first template row; a merge on a template
    // row; a row and a cell without r; a page break, a frozen pane and a selection below the template rows; no sheet rels part.
    private const string DataSheet =
        $"<worksheet xmlns=\"{RawWorkbook.Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<dimension ref=\"A1:D9\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        + "<selection pane=\"bottomLeft\" activeCell=\"B8\" sqref=\"B8\"/></sheetView></sheetViews><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Group A</t></is></c></row>"
        + "<row r=\"2\" spans=\"1:4\"><c r=\"A2\" s=\"1\" t=\"inlineStr\"><is><t>{{ a.date }}</t></is></c><c r=\"B2\"><f t=\"shared\" ref=\"B2:B7\" si=\"0\">A2*10</f><v>0</v></c>"
        + "<c r=\"C2\" t=\"inlineStr\"><is><t>{{ a.name }}</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>{{ a.link }}</t></is></c></row>"
        + "<row r=\"3\"><c r=\"A3\"><v>5</v></c><c r=\"B3\"><f t=\"shared\" si=\"0\"/><v>50</v></c></row>"
        + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Group B</t></is></c></row>"
        + "<row r=\"5\"><c r=\"A5\" s=\"1\"/><c r=\"B5\"><f t=\"shared\" si=\"0\"/></c></row>"
        + "<row r=\"6\"><c r=\"A6\"><f>SUM(A2:A2)</f><v>0</v></c><c r=\"B6\"><f>SUM(A5:A5)</f></c></row>"
        + "<row r=\"7\"><c r=\"A7\"><f>A6+B6</f></c><c r=\"B7\"><f t=\"shared\" si=\"0\"/></c></row>"
        + "<row><c t=\"inlineStr\"><is><t>implicit</t></is></c></row>"
        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"C2:D2\"/></mergeCells>"
        + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        + "<rowBreaks count=\"1\" manualBreakCount=\"1\"><brk id=\"6\" max=\"16383\" man=\"1\"/></rowBreaks></worksheet>";

    private const string OtherSheet =
        $"<worksheet xmlns=\"{RawWorkbook.Main}\"><sheetData><row r=\"1\"><c r=\"A1\"><f>SUM(Data!A2:A2)+Data!A6</f></c></row></sheetData></worksheet>";

    private readonly TempFolder _temp = new("xlsx-raw");
    private readonly string _input;

    public RowExpanderRawWorkbookTests()
    {
        _input = _temp.File("raw.xlsx");
        RawWorkbook.Write(_input, ("Data", DataSheet), ("Other", OtherSheet));
    }

    [Fact]
    public void Expand_TwoTemplateRowsAndSharedFormulas_EverythingLandsOnItsNewRow()
    {
        // Given: 3 rows for template row 2 (cells given out of order) and 2 for row 5
        var output = _temp.File("out.xlsx");
        IReadOnlyList<XlCell>[] first = [.. Enumerable.Range(0, 3).Select(i => (IReadOnlyList<XlCell>)
            [XlCell.FromLink(4, $"link {i}", $"https://example.org/{i}"), XlCell.FromText(3, $"name {i}"), XlCell.FromNumber(1, i + 1)])];
        IReadOnlyList<XlCell>[] second = [[XlCell.FromNumber(1, 100)], [XlCell.FromNumber(1, 200)]];

        // When
        var report = new RowExpander().Expand(_input, output, [new RowExpansion("Data", 2, first), new RowExpansion("Data", 5, second)]);

        // Then
        Assert.Equal([new ExpandedRows("Data", 2, 2, 3), new ExpandedRows("Data", 5, 7, 2)], report.Expansions);
        OpenXmlValidation.AssertValid(output);
        using var x = new XlsxInspector(output);
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(k + 1, x.Number("Data", $"A{2 + k}"));
            Assert.Equal($"A{2 + k}*10", x.Formula("Data", $"B{2 + k}"));
            Assert.Equal($"name {k}", x.Text("Data", $"C{2 + k}"));
        }

        Assert.Equal("A5*10", x.Formula("Data", "B5"));
        Assert.Equal(5, x.Number("Data", "A5"));
        Assert.Equal("Group B", x.Text("Data", "A6"));
        Assert.Equal(new[] { "A7*10", "A8*10" }, new[] { x.Formula("Data", "B7"), x.Formula("Data", "B8") });
        Assert.Equal([100.0, 200.0], [x.Number("Data", "A7")!.Value, x.Number("Data", "A8")!.Value]);
        Assert.Equal(new[] { "SUM(A2:A4)", "SUM(A7:A8)", "A9+B9", "A10*10" },
            new[] { x.Formula("Data", "A9"), x.Formula("Data", "B9"), x.Formula("Data", "A10"), x.Formula("Data", "B10") });
        Assert.Equal("implicit", x.Text("Data", "A11"));
        Assert.Equal("SUM(Data!A2:A4)+Data!A9", x.Formula("Other", "A1"));

        var sheet = x.Sheet("Data").Worksheet;
        Assert.All(sheet.Descendants<CellFormula>(), f => Assert.Null(f.FormulaType));
        Assert.All(sheet.Descendants<Cell>().Where(c => c.CellFormula is not null), c => Assert.Null(c.CellValue));
        Assert.All(sheet.Descendants<Row>(), row =>
        {
            var columns = row.Elements<Cell>().Select(c => ColumnOf(c.CellReference!.Value!)).ToList();
            Assert.Equal(columns.Order(), columns);
        });
        Assert.Equal(["C2:D2", "C3:D3", "C4:D4"], sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!));
        Assert.Equal(9u, sheet.Descendants<Break>().Single().Id!.Value);
        Assert.Equal("A2", sheet.Descendants<Pane>().Single().TopLeftCell!.Value);
        Assert.Equal("B11", sheet.Descendants<Selection>().Single().ActiveCell!.Value);
        Assert.Equal("A1:D12", sheet.Descendants<SheetDimension>().Single().Reference!.Value);
        var links = sheet.Descendants<Hyperlink>().ToList();
        Assert.Equal(["D2", "D3", "D4"], links.Select(l => l.Reference!.Value!));
        Assert.Equal(["https://example.org/0", "https://example.org/1", "https://example.org/2"],
            links.Select(l => x.Sheet("Data").HyperlinkRelationships.Single(r => r.Id == l.Id).Uri.ToString()));
    }

    [Fact]
    public void Expand_UnknownSheet_ThrowsAndWritesNothing()
    {
        var output = _temp.File("none.xlsx");
        var error = Assert.Throws<ArgumentException>(() => new RowExpander().Expand(_input, output, [new RowExpansion("Nope", 2, [])]));
        Assert.Contains("Nope", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Expand_SequenceYieldsFewerRowsThanItsCount_ThrowsAndDeletesTheOutput()
    {
        // Given: a collection that claims 5 rows and yields 3
        var output = _temp.File("short.xlsx");
        var rows = new LyingCollection(5, 3);

        // When / Then
        Assert.Throws<InvalidOperationException>(() => new RowExpander().Expand(_input, output, [new RowExpansion("Data", 2, rows)]));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Expand_RowsPastTheLastExcelRow_ThrowsBeforeWriting()
    {
        var output = _temp.File("huge.xlsx");
        var rows = Enumerable.Range(0, 1_048_576).Select(i => (IReadOnlyList<XlCell>)[XlCell.FromNumber(1, i)]);
        var error = Assert.Throws<InvalidOperationException>(() => new RowExpander().Expand(_input, output, [new RowExpansion("Data", 2, rows)]));
        Assert.Contains("1048576", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Expand_Cancelled_ThrowsAndWritesNothing()
    {
        var output = _temp.File("cancelled.xlsx");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new RowExpander().Expand(_input, output, [new RowExpansion("Data", 2, [])], cts.Token));
        Assert.False(File.Exists(output));
    }

    public void Dispose() => _temp.Dispose();

    private static int ColumnOf(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1);

    private sealed class LyingCollection(int claimed, int actual) : ICollection<IReadOnlyList<XlCell>>
    {
        public int Count => claimed;

        public bool IsReadOnly => true;

        public IEnumerator<IReadOnlyList<XlCell>> GetEnumerator() =>
            Enumerable.Range(0, actual).Select(i => (IReadOnlyList<XlCell>)[XlCell.FromNumber(1, i)]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void Add(IReadOnlyList<XlCell> item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Contains(IReadOnlyList<XlCell> item) => throw new NotSupportedException();

        public void CopyTo(IReadOnlyList<XlCell>[] array, int arrayIndex) => throw new NotSupportedException();

        public bool Remove(IReadOnlyList<XlCell> item) => throw new NotSupportedException();
    }
}
