using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>Bylines, datelines, kickers and headline repeats above the text; words that are numbers.</summary>
public sealed class LeadInAndWordCountTests
{
    [Theory]
    [InlineData("Meta shares rose 1.6 percent.", 5)]
    [InlineData("It paid $1,250,000 in fines.", 5)]
    [InlineData("Revenue rose 3.5% to 4,000.25 units, o'clock up-front.", 8)]
    [InlineData("End of sentence.Next one", 5)]
    public void CountWords_NumbersWithDecimalsAndCommas_CountOnce(string text, int words)
    {
        // Given text with decimal and thousands-separated numbers; When counted; Then each number is one word
        Assert.Equal(words, ArticleText.CountWords(text));
    }

    [Theory]
    [InlineData("By Marcus Feld, Markets desk", true)]
    [InlineData("By Jane Doe and John Roe", true)]
    [InlineData("Katrin Vos, Brussels \u2013 Monday 9 November 2026", true)]
    [InlineData("wafer_watcher Nov. 5", true)]
    [InlineData("Nov 4", true)]
    [InlineData("ValueVic \u2014 Nov 11", true)]
    [InlineData("2026-11-04 14:02", true)]
    [InlineData("By contrast, Meta kept its guidance unchanged.", false)]
    [InlineData("By Friday the shares had recovered half of the loss.", false)]
    [InlineData("Nvidia reports results for its fiscal third quarter on Wednesday 19 November.", false)]
    [InlineData("Marketing 25", false)]
    public void IsBylineOrDateline_ShortLines_TellsBylinesFromText(string text, bool expected)
    {
        // Given a paragraph; When judged; Then bylines and lone dates are furniture, sentences are not
        Assert.Equal(expected, FurnitureText.IsBylineOrDateline(text));
    }

    [Fact]
    public void Read_PageWithKickerHeadlineBylineAndBareTime_StartsWithTheText()
    {
        // Given a page with a kicker, the headline in an h1 after it, an unlabelled byline, a bare <time> and a standfirst
        using var folder = new ArticleFolder();
        folder.Write("a.html", """
            <html><head><meta property="og:title" content="Contoso buys Fabrikam"></head><body><article>
            <div><a href="/deals">Deals</a></div>
            <h1>Contoso buys Fabrikam</h1>
            <time datetime="2026-11-04">Nov 4</time>
            <p>By Jane Doe, Deals desk</p>
            <p>Jane Doe, Seattle &ndash; Wednesday 4 November 2026</p>
            <p>A small deal with a big idea behind it.</p>
            <p>Contoso agreed on Wednesday to buy Fabrikam, a maker of factory sensors, for $2 billion in cash.</p>
            <h2>Why it matters</h2>
            <p>Fabrikam's sensors are in most of the robots Contoso sells, the company said in a statement.</p>
            </article></body></html>
            """);

        // When it is read
        var article = folder.ReadSingle();

        // Then the text starts with the standfirst, keeps the subheading, and the summary starts with a sentence
        Assert.Equal(
            ["A small deal with a big idea behind it.", "Contoso agreed on Wednesday to buy Fabrikam, a maker of factory sensors, for $2 billion in cash.", "Why it matters",
                "Fabrikam's sensors are in most of the robots Contoso sells, the company said in a statement."],
            article.Blocks.Select(b => b.Text));
        Assert.Equal(ArticleBlockKind.Heading, article.Blocks[2].Kind);
        Assert.StartsWith("A small deal", article.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommentThreadInDiscussionBlock_IsLeftOut()
    {
        // Given a page whose comments sit in div.discussion / ol.cmt-list / p.cmt-rules, and a share box
        using var folder = new ArticleFolder();
        folder.Write("a.html", """
            <html><body><main><div class="story">
            <h1>Contoso buys Fabrikam</h1>
            <div class="sharebox">Share: <a href="/t">Twitter</a> &middot; <a href="/l">LinkedIn</a> &middot; <a href="/m">E-mail a friend</a></div>
            <div class="story-body"><p>Contoso agreed on Wednesday to buy Fabrikam, a maker of factory sensors, for $2 billion in cash.</p>
            <p>Fabrikam's sensors are in most of the robots Contoso sells, the company said in a statement.</p></div>
            </div>
            <div class="discussion"><h3>Discussion</h3><ol class="cmt-list">
            <li class="cmt"><b>sensor_fan</b> <time datetime="2026-11-05">Nov. 5</time><p>$700m would have been a fairer price for them.</p></li>
            </ol><p class="cmt-rules">Comments are moderated. Please keep it civil.</p></div>
            </main></body></html>
            """);

        // When it is read
        var article = folder.ReadSingle();

        // Then only the two story paragraphs remain, and the commenter's amount is not a money fact
        Assert.Equal(["Contoso agreed", "Fabrikam's sen"], article.Blocks.Select(b => b.Text[..14]));
        Assert.Equal(["$2 billion"], article.Money.Select(m => m.Text));
        ArticleAssert.DoesNotContain(article, "Share");
        ArticleAssert.DoesNotContain(article, "moderated");
    }

    [Fact]
    public void Summarize_ShortSentenceWithDecimal_IsNotACandidate()
    {
        // Given an article with a five-word sentence holding a decimal among longer sentences
        var blocks = new[]
        {
            new ArticleBlock(ArticleBlockKind.Paragraph, "Contoso completed its purchase of a stake in Fabrikam on Tuesday, the companies said."),
            new ArticleBlock(ArticleBlockKind.Paragraph, "Contoso shares rose 1.6 percent. The stake gives Contoso no board seats at Fabrikam."),
        };

        // When summarised
        var summary = ArticleSummarizer.Summarize("Contoso stake", blocks, new EntityCounter([]), 3);

        // Then the five-word sentence is left out
        Assert.DoesNotContain("1.6 percent", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortBulletsUnderAHeadingBeforeAnyProse_AreKeptWithTheirMoney()
    {
        // Given a page that opens with a "Key points" heading and short bullets, before its first sentence of prose
        using var folder = new ArticleFolder();
        folder.Write("a.html", """
            <html><head><title>Contoso results</title></head><body><article>
            <h2>Key points</h2>
            <ul><li>Revenue rose 20% to $5bn</li><li>Buyback of $2bn approved</li></ul>
            <p>Contoso reported its quarter on Tuesday, and the board approved a larger return of cash to shareholders.</p>
            </article></body></html>
            """);

        // When it is read
        var article = folder.ReadSingle();

        // Then the heading and both bullets stay, and so do their amounts
        Assert.Equal(["Key points", "Revenue rose 20% to $5bn", "Buyback of $2bn approved"], article.Blocks.Take(3).Select(b => b.Text));
        Assert.Equal([5_000_000_000m, 2_000_000_000m], article.Money.Select(m => m.Value));
    }
}
