namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class HtmlFurnitureTests
{
    [Theory]
    [InlineData("nav.html", "second data centre in Lisbon", "Skip to main content")]
    [InlineData("nav.html", "ten-year contract", "Markets")]
    [InlineData("cookie-banner.html", "eight per cent from April", "We value your privacy")]
    [InlineData("cookie-banner.html", "costs more than the increase", "uses cookies")]
    [InlineData("share-bar.html", "three NATO agencies", "Share on X")]
    [InlineData("share-bar.html", "extend it by two more", "Share this article")]
    [InlineData("share-bar.html", "extend it by two more", "Facebook")]
    [InlineData("comments.html", "failed to deliver engines", "Great reporting")]
    [InlineData("comments.html", "recovered part of the loss", "Add a comment")]
    [InlineData("related-links.html", "pending approval by regulators", "Wingtip posts a record quarter")]
    [InlineData("related-links.html", "forty countries", "Five stocks to watch")]
    [InlineData("related-links.html", "forty countries", "Bond yields climb")]
    [InlineData("newsletter.html", "half the power", "The Morning Brief")]
    [InlineData("newsletter.html", "plant in Taiwan", "delivered to your inbox")]
    [InlineData("disclaimer.html", "capital rules", "holds no position")]
    [InlineData("disclaimer.html", "grow by a tenth", "investment advice")]
    [InlineData("scripts-jsonld.html", "$65 million", "Script text")]
    [InlineData("scripts-jsonld.html", "long-term contract", "Inline script text")]
    [InlineData("scripts-jsonld.html", "long-term contract", "Styled text")]
    [InlineData("scripts-jsonld.html", "long-term contract", "Enable JavaScript")]
    [InlineData("scripts-jsonld.html", "long-term contract", "hidden")]
    [InlineData("scripts-jsonld.html", "long-term contract", "NewsArticle")]
    [InlineData("layout-wrapper.html", "six weeks", "good news for the harbour")]
    [InlineData("layout-wrapper.html", "diverted cargo to Antwerp", "Home")]
    public void Read_MessyPage_KeepsBodyAndDropsFurniture(string fixture, string body, string furniture)
    {
        // Given a page with one kind of page furniture around its article
        using var folder = ArticleFolder.With(fixture);

        // When it is read
        var article = folder.ReadSingle();

        // Then the body survives and the furniture does not
        ArticleAssert.Contains(article, body);
        ArticleAssert.DoesNotContain(article, furniture);
    }

    [Fact]
    public void Read_PageWithHeadline_DoesNotRepeatHeadlineAsFirstBlock()
    {
        // Given a page whose h1 is its headline
        using var folder = ArticleFolder.With("nav.html");

        // When it is read
        var article = folder.ReadSingle();

        // Then the headline is the title, and the text starts with the first paragraph
        Assert.Equal("Contoso opens a second data centre", article.Title);
        Assert.StartsWith("Contoso opened its second data centre", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Blocks.Count);
    }

    [Fact]
    public void Read_DuplicatedParagraphs_CollapsesExactNearExactAndTeaserCopies()
    {
        // Given a page with a teaser of its lede, a repeated sentence and a copy differing only in case and spaces
        using var folder = ArticleFolder.With("duplicated-paragraphs.html");

        // When it is read
        var article = folder.ReadSingle();

        // Then each paragraph appears once, the full lede kept over its teaser
        Assert.Equal(
            [
                "Northwind Traders doubled its quarterly dividend after a year of record cash flow from its shipping arm, the board said.",
                "Investors welcomed the move.",
                "The board also approved a buyback programme that runs until the end of next year.",
            ],
            article.Blocks.Select(b => b.Text));
    }
}
