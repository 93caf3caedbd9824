using System.Diagnostics;
using System.Text;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class SafetyCapTests
{
    [Fact]
    public void Read_PageNested100000DivsDeep_RejectedQuicklyWithoutParsing()
    {
        // Given a page nesting 100,000 divs (AngleSharp alone needs well over 30 s for this)
        using var folder = new ArticleFolder();
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 100_000).Append("deep text").Insert(html.Length, "</div>", 100_000).Append("</body></html>");
        folder.Write("deep.html", html.ToString());
        folder.Write("fine.txt", "A normal article\n\nIt sits next to the deep page and is still read.");

        // When the folder is read
        var watch = Stopwatch.StartNew();
        var result = folder.Read();
        watch.Stop();

        // Then the deep page is rejected with an issue naming it, fast, and the other file is still read
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        var issue = Assert.Single(result.Issues, i => i.File == "articles/deep.html");
        Assert.Contains("512 deep", issue.Reason, StringComparison.Ordinal);
        Assert.Equal("fine.txt", Assert.Single(result.Items).Id);
        Assert.DoesNotContain(result.Files, f => f.Path == "articles/deep.html");
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
