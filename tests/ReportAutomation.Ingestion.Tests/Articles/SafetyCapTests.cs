using System.Diagnostics;
using System.Text;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class SafetyCapTests
{
    // The first page read in a test process pays for compiling the parser (a few hundred ms on a busy CI box); that
    // start-up is not what the cap is about, so the timed reads below come after one small deep page.
    private static readonly Lazy<int> WarmedUp = new(() =>
    {
        using var folder = new ArticleFolder();
        folder.Write("warm.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 600)) + "</body></html>");
        return folder.Read().Issues.Count;
    });

    // Each shape nests 100,000 levels deep in AngleSharp's tree builder; a markup pre-scan was fooled by the first three
    // (tens of seconds to minutes each). Timings are Debug test runs on two shared cores: typically 5-60 ms each.
    [Theory]
    [InlineData("span-div", "<span><div></span>", "")]
    [InlineData("empty-comment", "<div>", "<!-->")]
    [InlineData("svg-title", "<div>", "<svg><title>")]
    [InlineData("svg-style", "<div>", "<svg><style>")]
    [InlineData("div", "<div>", "")]
    [InlineData("self-closed-div", "<div/>", "")]
    [InlineData("quote-in-unquoted-value", "<div>", "<div a=b=\"></div>")]
    [InlineData("template", "<template><div>", "")]
    [InlineData("bold", "<b>", "")]
    [InlineData("font-italic", "<font><i>", "")]
    [InlineData("table", "<table><tr><td>", "")]
    [InlineData("list", "<ul><li>", "")]
    public void Read_PageNested100000Deep_RejectedInUnderASecond(string shape, string repeated, string prefix)
    {
        // Given a page repeating the markup 100,000 times, next to an ordinary file
        using var folder = new ArticleFolder();
        var html = new StringBuilder("<!doctype html><html><body>").Append(prefix);
        html.Insert(html.Length, repeated, 100_000).Append("deep text</body></html>");
        folder.Write("deep.html", html.ToString());
        folder.Write("fine.txt", "A normal article\n\nIt sits next to the deep page and is still read.");

        // When the folder is read
        Assert.Equal(1, WarmedUp.Value);
        var watch = Stopwatch.StartNew();
        var result = folder.Read();
        watch.Stop();

        // Then the deep page is rejected with an issue naming it in under a second, and the other file is still read
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{shape} took {watch.Elapsed}");
        var issue = Assert.Single(result.Issues, i => i.File == "articles/deep.html");
        Assert.Equal("page nests its elements 512 deep, reaching the 512-level limit; it was skipped", issue.Reason);
        Assert.Equal("fine.txt", Assert.Single(result.Items).Id);
        Assert.DoesNotContain(result.Files, f => f.Path == "articles/deep.html");
    }

    [Theory]
    [InlineData(20, 20)]
    [InlineData(20, 21)]
    [InlineData(600, 512)]
    [InlineData(600, 511)]
    public void Read_DepthCap_RejectsPagesReachingTheCapOrAngleSharpsCeiling(int maxDomDepth, int pageDepth)
    {
        // Given a page whose deepest element sits pageDepth levels down (html and body are the first two)
        using var folder = new ArticleFolder();
        folder.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", pageDepth - 3)) + "<p>Deepest paragraph.</p></body></html>");

        // When it is read with the cap
        var result = folder.Read(options: new ArticleReaderOptions { MaxDomDepth = maxDomDepth });

        // Then it is rejected once it reaches the cap; a cap above 512 acts as 512, where AngleSharp stops nesting
        var limit = Math.Min(maxDomDepth, 512);
        if (pageDepth >= limit)
        {
            Assert.Empty(result.Items);
            Assert.Contains($"reaching the {limit}-level limit", Assert.Single(result.Issues).Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("Deepest paragraph.", Assert.Single(Assert.Single(result.Items).Blocks).Text);
        }
    }

    [Fact]
    public void Read_PageOutlastingItsParseTime_SkippedWithIssue()
    {
        // Given an ordinary page and a clock that moves a second every time it is read, with a 5 s budget per page
        using var folder = new ArticleFolder();
        folder.Write("slow.html", "<html><body>" + string.Concat(Enumerable.Repeat("<p>Paragraph of article text.</p>", 50)) + "</body></html>");
        folder.Write("fine.txt", "A normal article\n\nText files are not parsed as HTML.");
        var reader = new ArticleFolderReader(folder.Log, new ArticleReaderOptions { MaxParseTime = TimeSpan.FromSeconds(5) }, new SteppingClock(TimeSpan.FromSeconds(1)));

        // When the folder is read
        var result = reader.Read(folder.Path, [], null, TestContext.Current.CancellationToken);

        // Then the page is skipped with an issue naming it and the budget; the text file is still read
        var issue = Assert.Single(result.Issues, i => i.File == "articles/slow.html");
        Assert.Equal("page took longer than 5 s to parse; it was skipped", issue.Reason);
        Assert.Equal("fine.txt", Assert.Single(result.Items).Id);
    }

    [Fact]
    public void Read_BigPageWithTinyBudget_StopsParsingEarly()
    {
        // Given a 3.4 MB page of 100,000 paragraphs (a full parse takes well over a second here) and a 1 ms budget
        using var folder = new ArticleFolder();
        folder.Write("big.html", "<html><body>" + string.Concat(Enumerable.Repeat("<p>Paragraph of ordinary article text.</p>", 100_000)) + "</body></html>");

        // When it is read on the real clock
        var watch = Stopwatch.StartNew();
        var result = folder.Read(options: new ArticleReaderOptions { MaxParseTime = TimeSpan.FromMilliseconds(1) });
        watch.Stop();

        // Then parsing stops at the budget instead of finishing the page
        Assert.Equal("page took longer than 0.001 s to parse; it was skipped", Assert.Single(result.Issues).Reason);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Read_PageNestedJustUnderTheCap_IsParsedAndRead()
    {
        // Given a page whose text sits 500 elements deep (html and body add two more)
        using var folder = new ArticleFolder();
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "<p>Deep but allowed paragraph of article text.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 500)) + "</body></html>";
        folder.Write("deep-ok.html", html);

        // When it is read; Then its paragraph is found
        Assert.Equal("Deep but allowed paragraph of article text.", Assert.Single(folder.ReadSingle().Blocks).Text);
    }

    [Fact]
    public void Read_FileOverSizeCap_RejectedWithIssueNamingFile()
    {
        // Given a page one byte over the default 5 MiB cap
        using var folder = new ArticleFolder();
        var options = new ArticleReaderOptions();
        var bytes = new byte[options.MaxFileBytes + 1];
        Array.Fill(bytes, (byte)' ');
        folder.WriteBytes("huge.html", bytes);

        // When the folder is read
        var result = folder.Read(options: options);

        // Then no article comes out, and the issue names the file and the limit
        Assert.Empty(result.Items);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("articles/huge.html", issue.File);
        Assert.Contains("5,242,880-byte limit", issue.Reason, StringComparison.Ordinal);
        var log = Assert.Single(folder.Log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Equal("articles/huge.html", log.Properties["File"]);
        Assert.Equal("Article {File} skipped: {Reason}", log.Properties["{OriginalFormat}"]);
    }
}
