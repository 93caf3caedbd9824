using ReportAutomation.TestKit;
using static ReportAutomation.Ingestion.Tests.Figures.FigureFiles;

namespace ReportAutomation.Ingestion.Tests.Figures;

public sealed class FigureFolderReaderCsvTests
{
    private const string Good = "2026-03-02,Acme Capital,Widget Co,1000000,USD,Series A,news";

    [Fact]
    public void Read_FileWithByteOrderMark_ReadsHeaderAndRows()
    {
        // Given an investments CSV saved with a UTF-8 byte order mark
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: true, InvestmentHeader, Good);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the BOM does not spoil the first column name and the row is read
        Assert.Empty(set.Issues);
        var figure = Assert.Single(set.Investments);
        Assert.Equal(new DateOnly(2026, 3, 2), figure.Date);
        Assert.Equal("Acme Capital", figure.Investor);
        Assert.Equal(1_000_000m, figure.Amount);
        Assert.Equal("inv.csv:2", figure.Origin.ToString());
        var file = Assert.Single(set.Files);
        Assert.Equal("inv.csv", file.Path);
        Assert.Equal("figures", file.Kind);
    }

    [Fact]
    public void Read_RaggedRows_ReportsEachWithItsLineAndKeepsGoodRows()
    {
        // Given rows with too few and too many fields between good rows
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false,
            InvestmentHeader,
            Good,
            "2026-03-02,Acme Capital,Widget Co,1000000",
            Good + ",extra,fields",
            Good);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then both ragged rows are issues on their own lines and the good rows flow
        Assert.Equal([2, 5], set.Investments.Select(f => f.Origin.Line!.Value));
        Assert.Collection(
            set.Issues,
            i => Assert.Equal((3, "row has 4 fields but the header has 7; it was skipped"), (i.Line!.Value, i.Reason)),
            i => Assert.Equal((4, "row has 9 fields but the header has 7; it was skipped"), (i.Line!.Value, i.Reason)));
    }

    [Fact]
    public void Read_StrayQuotes_ReportsTheRowsAndReadsOn()
    {
        // Given a quote inside an unquoted field and text after a closing quote
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false,
            InvestmentHeader,
            "2026-03-02,Acme \"Capital,Widget Co,1000000,USD,Seed,news",
            "2026-03-02,\"Acme\" Capital,Widget Co,1000000,USD,Seed,news",
            Good);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then each bad row is one issue naming its line, and the next good row is read
        Assert.Equal(4, Assert.Single(set.Investments).Origin.Line);
        Assert.Equal([2, 3], set.Issues.Select(i => i.Line!.Value));
        Assert.Contains("quote", set.Issues[0].Reason, StringComparison.Ordinal);
        Assert.Contains("closing quote", set.Issues[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedFieldSpanningLines_ReportsPhysicalLineNumbers()
    {
        // Given a quoted investor name that spans three physical lines (lines 2-4), then a bad date on line 5
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false,
            InvestmentHeader,
            "2026-03-02,\"Acme",
            "Capital",
            "Partners\",Widget Co,5,USD,Seed,",
            "03/04/2026,Beta,Gamma,5,USD,Seed,",
            Good);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the multi-line row is at line 2, the bad date at line 5 and the next row at line 6
        Assert.Equal([2, 6], set.Investments.Select(f => f.Origin.Line!.Value));
        Assert.Equal("Acme\nCapital\nPartners", set.Investments[0].Investor);
        var issue = Assert.Single(set.Issues);
        Assert.Equal("inv.csv:5 [date]", issue.Location);
        Assert.Equal("03/04/2026", issue.Value);
    }

    [Fact]
    public void Read_EmptyFile_IsAnIssueNamedEmpty()
    {
        // Given a 0-byte CSV
        using var temp = new TempFolder("figures");
        File.WriteAllBytes(Path.Combine(temp.Path, "empty.csv"), []);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then one issue says the file is empty
        var issue = Assert.Single(set.Issues);
        Assert.Equal("empty.csv", issue.File);
        Assert.Null(issue.Line);
        Assert.Contains("empty", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_IsNoIssueAndNoRows()
    {
        // Given a CSV with only its header (a week without investments)
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then nothing is wrong and nothing is read, but the file is still listed
        Assert.Empty(set.Issues);
        Assert.Empty(set.Investments);
        Assert.Single(set.Files);
    }

    [Fact]
    public void Read_UnknownColumns_OneIssuePerFileAndRowsStillRead()
    {
        // Given two extra columns, headers in mixed case with spaces
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false,
            " Date ,INVESTOR,target,Amount,currency,category,source,notes,region",
            Good + ",a note,EU",
            Good + ",another,US");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then one issue names the ignored columns and both rows are read
        Assert.Equal(2, set.Investments.Count);
        var issue = Assert.Single(set.Issues);
        Assert.Equal(1, issue.Line);
        Assert.Equal("unknown column(s) notes, region ignored", issue.Reason);
    }

    [Fact]
    public void Read_MissingRequiredColumn_SkipsTheFileWithOneIssue()
    {
        // Given an investments file without its amount column
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false,
            "date,investor,target,currency,category,source",
            "2026-03-02,Acme,Widget,USD,Seed,news");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then one issue names the missing column and no row is read
        Assert.Empty(set.Investments);
        var issue = Assert.Single(set.Issues);
        Assert.Equal("amount", issue.Column);
        Assert.Contains("lacks required column(s) amount", issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_500)]
    [InlineData(200_000)]
    public void Read_OversizedRecord_IsAnIssueAndLaterRowsAreRead(int length)
    {
        // Given a record longer than the cap: one a little longer (already buffered) and one far longer than the buffer
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false,
            InvestmentHeader,
            Good,
            $"2026-03-02,{new string('x', length)},Widget,5,USD,Seed,",
            "2026-03-03,\"Multi",
            "line\",Widget,5,USD,Seed,",
            Good);

        // When the folder is read with a 1 KiB record cap
        var set = Reader(maxRecordChars: 1024).Read(temp.Path);

        // Then the long record is one issue on line 3, and the rows after it keep their physical lines
        var issue = Assert.Single(set.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("longer than the limit of 1024", issue.Reason, StringComparison.Ordinal);
        Assert.Equal([2, 4, 6], set.Investments.Select(f => f.Origin.Line!.Value));
        Assert.Equal("Multi\nline", set.Investments[1].Investor);
    }

    [Theory]
    [InlineData(1_500)]
    [InlineData(200_000)]
    public void Read_CrLfFileWithOversizedRecord_KeepsPhysicalLines(int length)
    {
        // Given a Windows-style file: a multi-line quoted field, then an oversized record, then a good row
        using var temp = new TempFolder("figures");
        var text = string.Join("\r\n",
            InvestmentHeader,
            "2026-03-02,\"Multi",
            "line\",Widget,5,USD,Seed,",
            $"2026-03-02,{new string('x', length)},Widget,5,USD,Seed,",
            Good) + "\r\n";
        File.WriteAllText(Path.Combine(temp.Path, "inv.csv"), text);

        // When the folder is read with a 1 KiB record cap
        var set = Reader(maxRecordChars: 1024).Read(temp.Path);

        // Then CR LF counts as one line break everywhere
        Assert.Equal(4, Assert.Single(set.Issues).Line);
        Assert.Equal([2, 5], set.Investments.Select(f => f.Origin.Line!.Value));
        Assert.Equal("Multi\r\nline", set.Investments[0].Investor);
    }

    [Fact]
    public void Read_OnlyAByteOrderMark_IsEmpty()
    {
        // Given a file holding nothing but a UTF-8 byte order mark
        using var temp = new TempFolder("figures");
        File.WriteAllBytes(Path.Combine(temp.Path, "bom.csv"), [0xEF, 0xBB, 0xBF]);

        // When the folder is read, Then it is reported as empty
        Assert.Contains("empty", Assert.Single(Reader().Read(temp.Path).Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OversizedHeader_SkipsTheFile()
    {
        // Given a header row far longer than the record cap
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader + "," + new string('h', 300_000), Good);

        // When the folder is read with a 1 KiB record cap
        var set = Reader(maxRecordChars: 1024).Read(temp.Path);

        // Then the file is one issue on line 1 and nothing is read
        Assert.Empty(set.Investments);
        var issue = Assert.Single(set.Issues);
        Assert.Equal(1, issue.Line);
        Assert.Contains("header row cannot be read", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuote_ReportsWhereAndKeepsRowsBefore()
    {
        // Given a quote opened on line 3 and never closed
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader, Good, "2026-03-02,\"Acme,Widget,5,USD,Seed,", Good, Good);

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the row before is read and one issue names line 3
        Assert.Equal(2, Assert.Single(set.Investments).Origin.Line);
        var issue = Assert.Single(set.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("never closed", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SemicolonSeparatedFile_IsAClearIssueNotGuessed()
    {
        // Given a file separated by ';' (as Excel writes in many European locales)
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader.Replace(',', ';'), Good.Replace(',', ';'));

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then it is not auto-detected: one issue says figure files must be comma-separated
        Assert.Empty(set.Investments);
        var issue = Assert.Single(set.Issues);
        Assert.Contains("must be comma-separated", issue.Reason, StringComparison.Ordinal);
    }
}
