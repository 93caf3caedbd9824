using ReportAutomation.TestKit;
using static ReportAutomation.Ingestion.Tests.Figures.FigureFiles;

namespace ReportAutomation.Ingestion.Tests.Figures;

public sealed class FigureFolderReaderCsvValueTests
{
    private const string Good = "2026-03-02,Acme Capital,Widget Co,1000000,USD,Series A,news";

    [Fact]
    public void Read_CommaDecimalUnderInvariantCulture_IsAnIssueNeverFifteen()
    {
        // Given an amount "1,5" (quoted, so it is one field)
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader, "2026-03-02,Acme,Widget,\"1,5\",USD,Seed,");

        // When it is read under the invariant culture
        var set = Reader().Read(temp.Path);

        // Then it is refused as ambiguous rather than read as 15
        Assert.Empty(set.Investments);
        var issue = Assert.Single(set.Issues);
        Assert.Equal("amount", issue.Column);
        Assert.Equal("1,5", issue.Value);
        Assert.Contains("ambiguous under the invariant culture", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommaDecimalUnderGermanCulture_ReadsOnePointFive()
    {
        // Given German-formatted amounts
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader,
            "2026-03-02,Acme,Widget,\"1,5\",EUR,Seed,",
            "2026-03-02,Acme,Widget,\"1.234,5\",EUR,Seed,",
            "2026-03-02,Acme,Widget,1.5,EUR,Seed,");

        // When they are read under de-DE
        var set = Reader("de-DE").Read(temp.Path);

        // Then ',' is the decimal separator, and "1.5" (a broken thousands group) is an issue
        Assert.Equal([1.5m, 1234.5m], set.Investments.Select(f => f.Amount));
        Assert.Equal(4, Assert.Single(set.Issues).Line);
    }

    [Fact]
    public void Read_BadDates_EachIsAnIssueAndIsoDateTimesAreAccepted()
    {
        // Given dates in several shapes
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader,
            "03/04/2026,Acme,Widget,5,USD,Seed,",
            "2026-02-30,Acme,Widget,5,USD,Seed,",
            ",Acme,Widget,5,USD,Seed,",
            "2026-03-04T23:30:00-08:00,Acme,Widget,5,USD,Seed,");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then only the ISO date-time is read, as the date written
        Assert.Equal(new DateOnly(2026, 3, 4), Assert.Single(set.Investments).Date);
        Assert.Equal([2, 3, 4], set.Issues.Select(i => i.Line!.Value));
        Assert.All(set.Issues, i => Assert.Equal("date", i.Column));
        Assert.Equal("date is empty", set.Issues[2].Reason);
    }

    [Fact]
    public void Read_SentimentScores_OutOfRangeIsAnIssueAndLabelIsOptional()
    {
        // Given a sentiment file (named like investments: the header decides)
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "investments.csv", bom: false, SentimentHeader,
            "2026-03-02,Acme,news,0.5,positive",
            "2026-03-02,Acme,news,1.5,positive",
            "2026-03-02,Acme,,-1,",
            "2026-03-02,,news,-1.01,");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then in-range rows are read, the label and source may be empty, and each bad field is an issue
        Assert.Empty(set.Investments);
        Assert.Equal([0.5, -1.0], set.Sentiment.Select(s => s.Score));
        Assert.Null(set.Sentiment[1].Label);
        Assert.Null(set.Sentiment[1].Source);
        Assert.Equal(
            ["investments.csv:3 [score]", "investments.csv:5 [entity]", "investments.csv:5 [score]"],
            set.Issues.Select(i => i.Location));
    }

    [Fact]
    public void Read_AmountsTable_ReadsEveryWrittenForm()
    {
        // Given the amount forms the analysts use, with and without a currency column
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader,
            "2026-03-02,A,T,$14.3B,USD,Seed,",
            "2026-03-02,A,T,600bn,USD,Seed,",
            "2026-03-02,A,T,\"14,300,000,000\",USD,Seed,",
            "2026-03-02,A,T,2.5 billion,USD,Seed,",
            "2026-03-02,A,T,750M,USD,Seed,",
            "2026-03-02,A,T,€1.2bn,,Seed,",
            "2026-03-02,A,T,USD 2 billion,,Seed,");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then each amount has its scale applied and the currency comes from the column or the symbol
        Assert.Empty(set.Issues);
        Assert.Equal(
            [14_300_000_000m, 600_000_000_000m, 14_300_000_000m, 2_500_000_000m, 750_000_000m, 1_200_000_000m, 2_000_000_000m],
            set.Investments.Select(f => f.Amount));
        Assert.Equal(["USD", "USD", "USD", "USD", "USD", "EUR", "USD"], set.Investments.Select(f => f.Currency));
    }

    [Fact]
    public void Read_CurrencyConflictsAndNegatives_AreIssues()
    {
        // Given a symbol contradicting the column, no currency at all, a bad code and a negative amount
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader,
            "2026-03-02,A,T,€1.2bn,USD,Seed,",
            "2026-03-02,A,T,600bn,,Seed,",
            "2026-03-02,A,T,600bn,dollars,Seed,",
            "2026-03-02,A,T,-5,USD,Seed,",
            "2026-03-02,A,T,$5,cad,Seed,");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then each problem is an issue on its line, and $ with CAD is accepted (upper-cased)
        Assert.Equal("CAD", Assert.Single(set.Investments).Currency);
        Assert.Equal(
            ["inv.csv:2 [currency]", "inv.csv:3 [currency]", "inv.csv:4 [currency]", "inv.csv:5 [amount]"],
            set.Issues.Select(i => i.Location));
        Assert.Contains("written in € but the currency column says USD", set.Issues[0].Reason, StringComparison.Ordinal);
        Assert.Contains("negative", set.Issues[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CurrencySpellingsRepeated_EachRowResolvedAndEachBadRowQuoted()
    {
        // Given the same currency spelled with padding and in lower case, and the same bad code on two rows
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader,
            "2026-03-02,A,T,5,\" eur \",Seed,",
            "2026-03-02,A,T,6,eur,Seed,",
            "2026-03-02,A,T,7,EUR,Seed,",
            "2026-03-02,A,T,8,dollars,Seed,",
            "2026-03-02,A,T,9,dollars,Seed,");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then every spelling resolves to EUR, and each bad row is an issue quoting the cell as written
        Assert.Equal(["EUR", "EUR", "EUR"], set.Investments.Select(f => f.Currency));
        Assert.Equal(["inv.csv:5 [currency]", "inv.csv:6 [currency]"], set.Issues.Select(i => i.Location));
        Assert.All(set.Issues, i => Assert.Equal("dollars", i.Value));
    }

    [Fact]
    public void Read_UntrustedText_IsKeptAsTrimmedText()
    {
        // Given text cells that look like formulas or markup
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader,
            "2026-03-02,\"  =HYPERLINK(\"\"http://x\"\")  \",<script>alert(1)</script>,5,USD,@SUM(A1),../../etc/passwd");

        // When the folder is read
        var set = Reader().Read(temp.Path);

        // Then the text is kept exactly, trimmed, never interpreted
        var figure = Assert.Single(set.Investments);
        Assert.Equal("=HYPERLINK(\"http://x\")", figure.Investor);
        Assert.Equal("<script>alert(1)</script>", figure.Target);
        Assert.Equal("@SUM(A1)", figure.Category);
        Assert.Equal("../../etc/passwd", figure.Source);
    }

    [Fact]
    public void Read_ManyBadRows_ListsUpToTheCapAndCountsTheRest()
    {
        // Given ten rows with bad dates and a cap of three listed issues
        using var temp = new TempFolder("figures");
        var lines = new[] { InvestmentHeader }.Concat(Enumerable.Repeat("bad,A,T,5,USD,Seed,", 10)).ToArray();
        WriteLines(temp.Path, "inv.csv", bom: false, lines);

        // When the folder is read
        var set = Reader(maxIssues: 3).Read(temp.Path);

        // Then three are listed and one more issue counts the other seven
        Assert.Equal(4, set.Issues.Count);
        Assert.Equal("7 more problems in this file are not listed", set.Issues[3].Reason);
    }

    [Fact]
    public void Read_MixedFolder_DecidesKindByHeaderAndReportsProgress()
    {
        // Given an investments file, a sentiment file, a watch-list, a text file and an unrelated CSV
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "a.csv", bom: false, SentimentHeader, "2026-03-02,Acme,news,0.1,", "2026-03-03,Acme,news,0.2,");
        WriteLines(temp.Path, "b.CSV", bom: false, InvestmentHeader, Good);
        WriteLines(temp.Path, "entities.csv", bom: false, "name,ticker,aliases", "Acme,ACM,Acme Corp");
        WriteLines(temp.Path, "readme.txt", bom: false, "not a figure file");
        WriteLines(temp.Path, "other.csv", bom: false, "x,y", "1,2");
        var counts = new List<long>();

        // When the folder is read
        var set = Reader().Read(temp.Path, new SyncProgress(counts));

        // Then each file is read as its header says, the unrelated CSV and the text file are issues, progress ends at 3 rows
        Assert.Equal(2, set.Sentiment.Count);
        Assert.Single(set.Investments);
        Assert.Equal(["other.csv", "readme.txt"], set.Issues.Select(i => i.File));
        Assert.Equal(["a.csv", "b.CSV", "entities.csv", "other.csv"], set.Files.Select(f => f.Path));
        Assert.Equal(3, counts[^1]);
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        // Given a cancelled token
        using var temp = new TempFolder("figures");
        WriteLines(temp.Path, "inv.csv", bom: false, InvestmentHeader, Good);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        // When / Then reading stops with OperationCanceledException
        Assert.Throws<OperationCanceledException>(() => Reader().Read(temp.Path, null, cts.Token));
    }

    [Fact]
    public void Read_MissingFolder_IsAnIssue()
    {
        // Given a folder that does not exist, When it is read, Then one issue says so
        var set = Reader().Read(Path.Combine(Path.GetTempPath(), "ra-no-such-" + Guid.NewGuid().ToString("N")));
        Assert.Contains("does not exist", Assert.Single(set.Issues).Reason, StringComparison.Ordinal);
    }

    private sealed class SyncProgress(List<long> counts) : IProgress<long>
    {
        public void Report(long value) => counts.Add(value);
    }
}
