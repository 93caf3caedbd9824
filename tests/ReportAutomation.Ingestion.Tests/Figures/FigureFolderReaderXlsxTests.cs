using System.Diagnostics;
using System.IO.Compression;
using ClosedXML.Excel;
using ReportAutomation.TestKit;
using static ReportAutomation.Ingestion.Tests.Figures.FigureFiles;

namespace ReportAutomation.Ingestion.Tests.Figures;

public sealed class FigureFolderReaderXlsxTests
{
    [Fact]
    public void Read_WorkbookWithNumbersDatesAndText_ReadsEachSheetByItsHeader()
    {
        // Given a workbook: investments with typed and text cells, a notes sheet, and sentiment starting on row 3
        using var temp = new TempFolder("figures");
        using (var book = new XLWorkbook())
        {
            var inv = book.AddWorksheet("Deals");
            SetRow(inv, 1, "Date", "Investor", "Target", "Amount", "Currency", "Category", "Source");
            inv.Cell(2, 1).SetValue(new DateTime(2026, 3, 2));
            SetRow(inv, 2, null, "Acme", "Widget", null, "usd", "Seed", "news");
            inv.Cell(2, 4).SetValue(14_300_000_000d);
            SetRow(inv, 3, "2026-03-05", "Beta", "Gamma", "€1.2bn", "", "Series B", "");
            inv.Cell(4, 1).SetValue(45000);
            SetRow(inv, 4, null, "Delta", "Eps", "1,5", "USD", "Seed", "");
            inv.Cell(6, 1).SetValue(new DateTime(2026, 3, 6));
            SetRow(inv, 6, null, "Zeta", "Eta", null, "USD", "Seed", "");
            inv.Cell(6, 4).SetValue(-3d);
            book.AddWorksheet("Notes").Cell(1, 1).SetValue("Remember: figures are in USD unless stated");
            var scores = book.AddWorksheet("Scores");
            scores.Cell(1, 1).SetValue("Sentiment export");
            SetRow(scores, 3, "date", "entity", "source", "score", "label");
            SetRow(scores, 4, "2026-03-02", "Acme", "news", null, "positive");
            scores.Cell(4, 4).SetValue(0.25);
            SetRow(scores, 5, "2026-03-02", "Beta", "news", "-0.5", "");
            book.SaveAs(Path.Combine(temp.Path, "book.xlsx"));
        }

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then numbers stay numbers, dates come typed or as ISO text, and problems name the sheet row
        Assert.Collection(
            set.Investments,
            f =>
            {
                Assert.Equal((new DateOnly(2026, 3, 2), 14_300_000_000m, "USD"), (f.Date, f.Amount, f.Currency));
                Assert.Equal("book.xlsx#Deals:2", f.Origin.ToString());
            },
            f =>
            {
                Assert.Equal((new DateOnly(2026, 3, 5), 1_200_000_000m, "EUR"), (f.Date, f.Amount, f.Currency));
                Assert.Null(f.Source);
            });
        Assert.Equal([0.25, -0.5], set.Sentiment.Select(s => s.Score));
        Assert.Equal([4, 5], set.Sentiment.Select(s => s.Origin.Line!.Value));
        Assert.Equal(
            ["book.xlsx#Deals:4 [date]", "book.xlsx#Deals:4 [amount]", "book.xlsx#Deals:6 [amount]"],
            set.Issues.Select(i => i.Location));
        Assert.Equal("45000", set.Issues[0].Value);
        Assert.Single(set.Files);
    }

    [Fact]
    public void Read_FormulaCell_UsesTheSavedValueNeverEvaluates()
    {
        // Given an amount formula 2*3 whose saved value is 7, and an investor text that looks like a formula
        using var temp = new TempFolder("figures");
        var path = Path.Combine(temp.Path, "book.xlsx");
        using (var book = new XLWorkbook())
        {
            var sheet = book.AddWorksheet("Deals");
            SetRow(sheet, 1, "date", "investor", "target", "amount", "currency", "category");
            SetRow(sheet, 2, "2026-03-02", "=1+1", "Widget", null, "USD", "Seed");
            sheet.Cell(2, 4).FormulaA1 = "2*3";
            book.SaveAs(path);
        }

        SetSavedValue(path, "D2", "7");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the saved value is used (so the formula was not run) and the text stays text
        Assert.Empty(set.Issues);
        var figure = Assert.Single(set.Investments);
        Assert.Equal(7m, figure.Amount);
        Assert.Equal("=1+1", figure.Investor);
    }

    [Fact]
    public void Read_ZipBombWithHonestSizes_IsRejectedFast()
    {
        // Given an .xlsx whose one part declares (and really inflates to) 4,000 MiB of zeros
        using var temp = new TempFolder("figures");
        var path = Path.Combine(temp.Path, "bomb.xlsx");
        ZipBomb.Write(path, 4000, 4000u * 1024 * 1024);
        Assert.True(new FileInfo(path).Length < 10 * 1024 * 1024);

        // When the folder is read
        var watch = Stopwatch.StartNew();
        var set = Reader().Read(temp.Path);
        watch.Stop();

        // Then it is refused from its declared sizes, in well under a second, with an issue naming the file
        var issue = Assert.Single(set.Issues);
        Assert.Equal("bomb.xlsx", issue.File);
        Assert.Contains("zip bomb", issue.Reason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Read_ZipBombThatUnderstatesItsSize_IsRejectedFast()
    {
        // Given a part that claims 1 KiB but inflates to 4,000 MiB
        using var temp = new TempFolder("figures");
        ZipBomb.Write(Path.Combine(temp.Path, "liar.xlsx"), 4000, 1024);

        // When the folder is read
        var watch = Stopwatch.StartNew();
        var set = Reader().Read(temp.Path);
        watch.Stop();

        // Then inflating stops as soon as the part outgrows its claim
        var issue = Assert.Single(set.Issues);
        Assert.Equal("liar.xlsx", issue.File);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
        Assert.Empty(set.Investments);
    }

    [Fact]
    public void Read_NotAZip_IsAnIssue()
    {
        // Given text saved with an .xlsx name
        using var temp = new TempFolder("figures");
        File.WriteAllText(Path.Combine(temp.Path, "fake.xlsx"), "date,investor\n");

        // When the folder is read, Then one issue says it is not a valid workbook
        var issue = Assert.Single(Reader().Read(temp.Path).Issues);
        Assert.Contains("not a readable Office (zip) file", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookWithoutFigureSheets_IsOneIssue()
    {
        // Given a valid zip that is a workbook with only a notes sheet
        using var temp = new TempFolder("figures");
        using (var book = new XLWorkbook())
        {
            book.AddWorksheet("Notes").Cell(1, 1).SetValue("nothing here");
            book.SaveAs(Path.Combine(temp.Path, "notes.xlsx"));
        }

        // When the folder is read, Then one issue says no sheet has a figures header
        var issue = Assert.Single(Reader().Read(temp.Path).Issues);
        Assert.Equal("notes.xlsx", issue.File);
        Assert.Contains("no worksheet", issue.Reason, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(Path.Combine(temp.Path, "notes.xlsx"));
        Assert.NotEmpty(zip.Entries);
    }

    private static void SetRow(IXLWorksheet sheet, int row, params string?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is { } v)
            {
                sheet.Cell(row, c + 1).SetValue(v);
            }
        }
    }

    private static void SetSavedValue(string path, string reference, string value)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, isEditable: true);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        var cell = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == reference);
        cell.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(value);
        cell.DataType = null;
        part.Worksheet.Save();
    }
}
