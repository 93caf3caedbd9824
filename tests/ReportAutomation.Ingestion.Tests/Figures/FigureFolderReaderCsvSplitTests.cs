using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Ingestion.Figures;
using ReportAutomation.Ingestion.Figures.Csv;
using ReportAutomation.TestKit;
using static ReportAutomation.Ingestion.Tests.Figures.FigureFiles;

namespace ReportAutomation.Ingestion.Tests.Figures;

public sealed class FigureFolderReaderCsvSplitTests
{
    [Theory]
    [InlineData(1000)]
    [InlineData(3)]
    public void Read_SplitForced_GivesExactlyTheSequentialResult(int maxIssues)
    {
        // Given a BOM file with quoted multi-line fields and bad rows before and after its middle
        using var temp = new TempFolder("figures");
        var path = WriteLines(temp.Path, "inv.csv", bom: true, MixedLines(400));
        var split = CsvSplitPoint.Find(path, new FileInfo(path).Length);
        Assert.NotNull(split);

        // When it is read once in two halves and once whole
        var halves = Reader(splitAbove: 0, maxIssues).Read(temp.Path);
        var whole = Reader(splitAbove: long.MaxValue, maxIssues).Read(temp.Path);

        // Then figures, issues and files are identical, with issues on both sides of the split
        Assert.Equal(whole.Investments, halves.Investments);
        Assert.Equal(whole.Issues, halves.Issues);
        Assert.Equal(whole.Files, halves.Files);
        Assert.Equal(maxIssues == 3 ? 4 : 80, whole.Issues.Count);
        var splitLine = split.Value.LineBreaksBefore + 1;
        if (maxIssues > 3)
        {
            Assert.Contains(whole.Issues, i => i.Line < splitLine);
            Assert.Contains(whole.Issues, i => i.Line > splitLine);
        }

        Assert.Contains(whole.Investments, f => f.Origin.Line > splitLine + 10);
    }

    [Fact]
    public void Find_MiddleInsideQuotedMultiLineField_SplitsAfterThatRecord()
    {
        // Given a file whose middle byte lies inside a quoted field spanning many lines
        using var temp = new TempFolder("figures");
        var longField = "\"" + string.Join("\n", Enumerable.Repeat("a line, with a comma", 50)) + "\"";
        string[] lines = [InvestmentHeader, Row(1, "news"), Row(2, longField), Row(3, "news"), Row(4, "news")];
        var path = WriteLines(temp.Path, "inv.csv", bom: false, lines);
        var bytes = File.ReadAllBytes(path);

        // When a split is looked for
        var split = CsvSplitPoint.Find(path, bytes.Length);

        // Then it is just after the long record, where row 3 starts (on physical line 53)
        Assert.NotNull(split);
        var expected = Encoding.UTF8.GetByteCount(string.Join("\n", lines[..3]) + "\n");
        Assert.Equal(expected, split.Value.Start);
        Assert.Equal(52, split.Value.LineBreaksBefore);
        var halves = Reader(splitAbove: 0).Read(temp.Path);
        Assert.Equal([2, 3, 53, 54], halves.Investments.Select(f => f.Origin.Line!.Value));
    }

    [Fact]
    public void Read_UnclosedQuoteBeforeTheMiddle_FallsBackToTheSequentialResult()
    {
        // Given a quote never closed early in the file, so the quote count misleads the split
        using var temp = new TempFolder("figures");
        var lines = MixedLines(200).ToList();
        lines[5] = "2026-03-02,\"Acme Capital,Widget Co,1000000,USD,Series A,news";
        WriteLines(temp.Path, "inv.csv", bom: false, [.. lines]);

        // When it is read with the split forced and whole
        var halves = Reader(splitAbove: 0).Read(temp.Path);
        var whole = Reader(splitAbove: long.MaxValue).Read(temp.Path);

        // Then both give the same figures and issues
        Assert.Equal(whole.Investments, halves.Investments);
        Assert.Equal(whole.Issues, halves.Issues);
        Assert.NotEmpty(whole.Issues);
    }

    [Fact]
    public void Read_SentimentSplitForced_GivesExactlyTheSequentialResult()
    {
        // Given a sentiment CSV with CR LF line breaks, a multi-line quoted source and bad scores on both sides
        using var temp = new TempFolder("figures");
        var lines = new List<string> { SentimentHeader };
        for (var i = 0; i < 300; i++)
        {
            var source = i % 7 == 0 ? "\"one\r\ntwo\"" : "news";
            var score = i % 11 == 0 ? "high" : "0.5";
            lines.Add($"2026-03-{1 + (i % 28):00},Entity {i},{source},{score},");
        }

        var path = Path.Combine(temp.Path, "s.csv");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        Assert.NotNull(CsvSplitPoint.Find(path, new FileInfo(path).Length));

        // When it is read in two halves and whole
        var halves = Reader(splitAbove: 0).Read(temp.Path);
        var whole = Reader(splitAbove: long.MaxValue).Read(temp.Path);

        // Then sentiment rows and issues are identical, and there are issues past the middle
        Assert.Equal(whole.Sentiment, halves.Sentiment);
        Assert.Equal(whole.Issues, halves.Issues);
        Assert.Equal(28, whole.Issues.Count);
        Assert.Contains(whole.Issues, i => i.Line > 300);
    }

    private static string Row(int day, string source) =>
        $"2026-03-{1 + (day % 28):00},Acme Capital,Target {day},1000000,USD,Series A,{source}";

    /// <summary>Header and <paramref name="rows"/> rows: every tenth has a multi-line quoted source, every fifth is bad.</summary>
    private static string[] MixedLines(int rows)
    {
        var lines = new List<string> { InvestmentHeader };
        for (var i = 0; i < rows; i++)
        {
            lines.Add((i % 10, i % 5) switch
            {
                (0, _) => Row(i, "\"first line\nsecond, \"\"quoted\"\" line\"").Replace("1000000", "\"1,000,000\"", StringComparison.Ordinal),
                (_, 3) when i % 2 == 0 => Row(i, "news").Replace("2026-", "26-", StringComparison.Ordinal),
                (_, 3) => Row(i, "news") + ",extra",
                _ => Row(i, "news"),
            });
        }

        return [.. lines];
    }

    private static FigureFolderReader Reader(long splitAbove, int maxIssues = 1000) =>
        new(NullLogger<FigureFolderReader>.Instance, new FigureReaderOptions
        {
            Culture = CultureInfo.InvariantCulture,
            MaxIssuesPerFile = maxIssues,
            SplitCsvAboveBytes = splitAbove,
        });
}
