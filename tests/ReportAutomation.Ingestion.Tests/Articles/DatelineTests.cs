using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Ingestion.Articles;
using ReportAutomation.TestKit;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class DatelineTests
{
    [Fact]
    public void Read_ParagraphThatIsADateline_KeepsItsDateButNotItsText()
    {
        // Given a page whose first paragraph is a byline with a <time> and no sentence
        using var temp = new TempFolder("dateline");
        temp.Write("story.html", """
            <html><body><article><h1>Widget Co opens a plant</h1>
            <p class="info"><span>Desk Staff</span> &bull; <time datetime="2026-11-18T10:00:00Z">Nov 18, 2026</time> &bull; Tickers: WDGT</p>
            <p>Widget Co opened a new plant in Ohio on Tuesday, the company said in a statement to investors.</p>
            <p>The plant will employ four hundred people when it reaches full output next year.</p>
            </article></body></html>
            """);

        // When the folder is read
        var article = Assert.Single(new ArticleFolderReader(NullLogger<ArticleFolderReader>.Instance, new ArticleReaderOptions()).Read(temp.Path, []).Items);

        // Then the date comes from the <time>, and neither the blocks nor the summary carry the byline
        Assert.Equal(new DateOnly(2026, 11, 18), article.Published);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Desk Staff", StringComparison.Ordinal));
        Assert.StartsWith("Widget Co opened", article.Summary, StringComparison.Ordinal);
    }
}
