using System.Diagnostics;
using System.Text;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class ContentRootTests
{
    [Fact]
    public void Read_400NestedArticlesHolding20000Paragraphs_FinishesFast()
    {
        // Given 400 nested <article>s around 20,000 paragraphs (1.1 MB; the old candidate-by-candidate sums took 91 s)
        using var folder = new ArticleFolder();
        var html = new StringBuilder("<html><body>").Insert(12, "<article>", 400);
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<p>Paragraph number ").Append(i).Append(" of a deeply wrapped report.</p>");
        }

        html.Insert(html.Length, "</article>", 400).Append("</body></html>");
        folder.Write("nested.html", html.ToString());

        // When the folder is read
        var watch = Stopwatch.StartNew();
        var article = folder.ReadSingle();
        watch.Stop();

        // Then every paragraph is read, in seconds (about 0.5-1 s in Debug on two shared cores)
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(20_000, article.Blocks.Count);
        Assert.Equal("Paragraph number 19999 of a deeply wrapped report.", article.Blocks[^1].Text);
    }

    [Fact]
    public void Find_ArticleInFurnitureHasMoreText_MainIsChosen()
    {
        // Given a main element, and a longer article inside an aside
        var html = "<html><body><main id=m>" + Paragraphs(3) + "</main><aside><article id=a>" + Paragraphs(5) + "</article></aside></body></html>";
        using var document = HtmlParseGuard.Parse(html, 512, null);

        // When the content root is found; Then it is main: paragraphs under furniture do not count and furniture's candidates are out
        Assert.Equal("m", HtmlContentRoot.Find(document, 512)?.Id);
    }

    [Fact]
    public void Find_CandidateWithLessThanHalfTheText_BodyIsChosen()
    {
        // Given an article holding 2 of the page's 5 paragraphs
        var html = "<html><body><article>" + Paragraphs(2) + "</article><div>" + Paragraphs(3) + "</div></body></html>";
        using var document = HtmlParseGuard.Parse(html, 512, null);

        // When the content root is found; Then it is body
        Assert.Equal("body", HtmlContentRoot.Find(document, 512)?.LocalName);
    }

    [Fact]
    public void Find_NestedCandidatesWithEqualText_FirstInSelectorOrderWins()
    {
        // Given a main inside an article, both holding the same paragraphs, and an itemprop=articleBody inside main
        var html = "<html><body><article id=outer><main id=inner><div itemprop=articleBody id=body-text>" + Paragraphs(4)
            + "</div></main></article></body></html>";
        using var document = HtmlParseGuard.Parse(html, 512, null);

        // When the content root is found; Then the article wins the tie, as "article" is the first selector
        Assert.Equal("outer", HtmlContentRoot.Find(document, 512)?.Id);
    }

    private static string Paragraphs(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>Sentence {i} of ordinary article text, long enough to count.</p>"));
}
