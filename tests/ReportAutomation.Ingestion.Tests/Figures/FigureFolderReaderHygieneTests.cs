using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Ingestion.Figures;
using ReportAutomation.TestKit;
using static ReportAutomation.Ingestion.Tests.Figures.FigureFiles;

namespace ReportAutomation.Ingestion.Tests.Figures;

/// <summary>Inputs that used to slip through quietly or crash: every one must now be read or reported.</summary>
public sealed class FigureFolderReaderHygieneTests
{
    private const string Good = "2026-03-02,Acme Capital,Widget Co,1000000,USD,Series A,news";

    [Fact]
    public void Read_HeaderInAnyCase_MatchesTheColumns()
    {
        // Given an investments header written in upper and mixed case, with spaces
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, " DATE ,Investor,TARGET,Amount,currency,CATEGORY,Source", Good);

        // When the folder is read, Then the row is read by name
        var set = Reader().Read(temp.Path);
        Assert.Empty(set.Issues);
        Assert.Equal("Widget Co", Assert.Single(set.Investments).Target);
    }

    [Fact]
    public void Read_ColumnNamedTwice_IsOneIssueAndTheFileIsSkipped()
    {
        // Given a header that names amount twice
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader + ",Amount", Good + ",5");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the header is the problem, on line 1, and no row is guessed
        var issue = Assert.Single(set.Issues);
        Assert.Equal(("inv.csv:1 [amount]", "column(s) amount appear more than once; the file was skipped"), (issue.Location, issue.Reason));
        Assert.Empty(set.Investments);
    }

    [Fact]
    public void Read_Utf16FileWithByteOrderMark_IsReadLikeUtf8()
    {
        // Given a sentiment file saved as UTF-16 LE (what some Windows tools export), with a non-ASCII entity
        using var temp = new TempFolder("figures");
        File.WriteAllText(Path.Combine(temp.Path, "s.csv"), SentimentHeader + "\r\n2026-03-02,Société Générale,news,0.35,\r\n", Encoding.Unicode);

        // When the folder is read, Then the name survives intact
        var set = Reader().Read(temp.Path);
        Assert.Empty(set.Issues);
        Assert.Equal("Société Générale", Assert.Single(set.Sentiment).Entity);
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_ReportTheColumnAndKeepTheGoodRows()
    {
        // Given a row whose target was saved in Latin-1 ("Café" with a lone 0xE9 byte) between two good rows
        using var temp = new TempFolder("figures");
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(InvestmentHeader + "\n" + Good + "\n2026-03-02,Acme Capital,Caf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.UTF8.GetBytes(",5,USD,Seed,\n" + Good + "\n"));
        File.WriteAllBytes(Path.Combine(temp.Path, "inv.csv"), [.. bytes]);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the bad row is an issue naming line and column, not a name with U+FFFD in it, and the good rows flow
        var issue = Assert.Single(set.Issues);
        Assert.Equal("inv.csv:3 [target]", issue.Location);
        Assert.Contains("not valid UTF-8", issue.Reason, StringComparison.Ordinal);
        Assert.Equal([2, 4], set.Investments.Select(f => f.Origin.Line!.Value));
        Assert.DoesNotContain(set.Investments, f => f.Target.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ValueUnderAHeaderWithoutName_IsReportedAndTheRowStillCounts()
    {
        // Given a header with a trailing comma, and a row that writes a note in that unnamed column
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader + ",", Good + ",", Good + ",correction: 5bn not 5m");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then both rows are read, and the note is not dropped silently: it is an issue with its line and value
        Assert.Equal(2, set.Investments.Count);
        var issue = Assert.Single(set.Issues);
        Assert.Equal(("inv.csv:3 [column 8]", "correction: 5bn not 5m"), (issue.Location, issue.Value));
    }

    [Fact]
    public void Read_AbsurdAmounts_AreIssuesNotCrashes()
    {
        // Given a CSV amount far beyond any deal, and a workbook amount cell of 1E+30
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "a.csv", bom: false, InvestmentHeader, "2026-03-02,A,B,50000000000000000 trillion,USD,Seed,", Good);
        using (var book = new XLWorkbook())
        {
            var sheet = book.AddWorksheet("Deals");
            SetRow(sheet, 1, "date", "investor", "target", "amount", "currency", "category");
            SetRow(sheet, 2, "2026-03-02", "A", "B", null, "USD", "Seed");
            sheet.Cell(2, 4).SetValue(1e30);
            book.SaveAs(Path.Combine(temp.Path, "b.xlsx"));
        }

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then each is an issue on its amount, and the good row flows
        Assert.Equal(["a.csv:2 [amount]", "b.xlsx#Deals:2 [amount]"], set.Issues.Select(i => i.Location));
        Assert.All(set.Issues, i => Assert.Contains("larger than 10^15", i.Reason, StringComparison.Ordinal));
        Assert.Single(set.Investments);
    }

    [Fact]
    public void Read_FilesThatAreNotFigureFiles_AreReportedAndMacroWorkbooksAreRead()
    {
        // Given an .xls, a .tsv and a note beside a good CSV and a macro-enabled workbook; a lock file; an archive subfolder
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader, Good);
        File.WriteAllBytes(Path.Combine(temp.Path, "old.xls"), [0xD0, 0xCF, 0x11, 0xE0]);
        WriteLines(temp.Path, "tabs.tsv", bom: false, "date\tentity\tscore");
        WriteLines(temp.Path, "notes.md", bom: false, "# notes");
        WriteLines(temp.Path, "~$book.xlsx", bom: false, "lock");
        Directory.CreateDirectory(Path.Combine(temp.Path, "archive"));
        using (var book = new XLWorkbook())
        {
            var sheet = book.AddWorksheet("Scores");
            SetRow(sheet, 1, "date", "entity", "score");
            SetRow(sheet, 2, "2026-03-02", "Acme", "0.4");
            book.SaveAs(Path.Combine(temp.Path, "scores.xlsm"));
        }

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then each file that was not read is an issue saying what to do, and the readable ones are read
        Assert.Equal(["notes.md", "old.xls", "tabs.tsv"], set.Issues.Select(i => i.File));
        Assert.Contains("save it as .xlsx", set.Issues[1].Reason, StringComparison.Ordinal);
        Assert.Contains("save it as .csv", set.Issues[2].Reason, StringComparison.Ordinal);
        Assert.Single(set.Investments);
        Assert.Equal(0.4, Assert.Single(set.Sentiment).Score);
        Assert.Equal(["inv.csv", "scores.xlsm"], set.Files.Select(f => f.Path));
    }

    [Fact]
    public void Read_DateTimeWithOffset_CountsOnItsDateInThePacksTimeZone()
    {
        // Given Sunday 23:30 in London written in Paris time (Monday 00:30+01:00), a UTC time, and a plain local time
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "s.csv", bom: false, SentimentHeader,
            "2026-11-23T00:30:00+01:00,Acme,news,0.1,",
            "2026-11-22T23:59:00Z,Acme,news,0.2,",
            "2026-11-23 00:30,Acme,news,0.3,");
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var reader = new FigureFolderReader(NullLogger<FigureFolderReader>.Instance, new FigureReaderOptions { TimeZone = london });

        // When the folder is read with the pack's zone, and without one
        var zoned = reader.Read(temp.Path).Sentiment.Select(s => s.Date);
        var asWritten = Reader().Read(temp.Path).Sentiment.Select(s => s.Date);

        // Then offsets move into London (Sunday 22nd, ISO week 47); a time without an offset is London time already
        Assert.Equal([new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 23)], zoned);
        Assert.Equal([new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 23)], asWritten);
    }

    [Fact]
    public void Read_WorkbookHeaders_OnlyHeaderUnknownMissingAndRepeatedColumns()
    {
        // Given four sheets: header only, an unknown column, a missing required column, a column named twice
        using var temp = new TempFolder("figures");
        using (var book = new XLWorkbook())
        {
            SetRow(book.AddWorksheet("Empty"), 1, "date", "entity", "score");
            var extra = book.AddWorksheet("Extra");
            SetRow(extra, 1, "date", "entity", "score", "region");
            SetRow(extra, 2, "2026-03-02", "Acme", "0.5", "EMEA");
            var missing = book.AddWorksheet("Missing");
            SetRow(missing, 1, "date", "investor", "target", "amount", "category");
            SetRow(missing, 2, "2026-03-02", "A", "B", "5", "Seed");
            var twice = book.AddWorksheet("Twice");
            SetRow(twice, 1, "date", "entity", "score", "Score");
            SetRow(twice, 2, "2026-03-02", "Acme", "0.5", "0.6");
            book.SaveAs(Path.Combine(temp.Path, "book.xlsx"));
        }

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the header-only sheet is quiet, the unknown column is named and its rows read, the others skipped with why
        Assert.Equal(0.5, Assert.Single(set.Sentiment).Score);
        Assert.Empty(set.Investments);
        Assert.Equal(
            [
                "book.xlsx#Extra:1 [region]: unknown column(s) region ignored",
                "book.xlsx#Missing:1 [currency]: investments file lacks required column(s) currency; the file was skipped",
                "book.xlsx#Twice:1 [score]: column(s) score appear more than once; the file was skipped",
            ],
            set.Issues.Select(i => $"{i.Location}: {i.Reason}"));
    }

    [Fact]
    public void Read_DatesOutsideTheYearsAPackCovers_AreIssues()
    {
        // Given dates in year 9999 (whose week has no next week), year 1 and 1899, with offsets and without
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "s.csv", bom: false, SentimentHeader,
            "9999-06-01,Acme,news,0.1,",
            "9999-12-31T23:00:00-05:00,Acme,news,0.1,",
            "0001-01-01T00:30:00+01:00,Acme,news,0.1,",
            "1899-12-31,Acme,news,0.1,",
            "1900-01-01,Acme,news,0.2,");
        var reader = new FigureFolderReader(NullLogger<FigureFolderReader>.Instance, new FigureReaderOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati") });

        // When the folder is read in a zone far from UTC
        var set = reader.Read(temp.Path);

        // Then each is an issue on its date (no crash converting it), and the good row flows
        Assert.Equal([2, 3, 4, 5], set.Issues.Select(i => i.Line!.Value));
        Assert.All(set.Issues, i => Assert.Equal("date", i.Column));
        Assert.Equal(0.2, Assert.Single(set.Sentiment).Score);
    }

    private static void SetRow(IXLWorksheet sheet, int row, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v)
            {
                sheet.Cell(row, i + 1).SetValue(v);
            }
        }
    }
}
