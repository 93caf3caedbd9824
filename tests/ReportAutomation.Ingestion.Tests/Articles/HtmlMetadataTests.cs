namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class HtmlMetadataTests
{
    [Theory]
    [InlineData("date-jsonld.html", "2025-03-04")]
    [InlineData("date-meta.html", "2025-03-01")]
    [InlineData("date-time.html", "2025-02-27")]
    [InlineData("scripts-jsonld.html", "2025-03-04")]
    public void Read_PageDates_FollowPrecedenceJsonLdThenMetaThenTime(string fixture, string expected)
    {
        // Given a page stating its date in one or more places
        using var folder = ArticleFolder.With(fixture);

        // When it is read
        var article = folder.ReadSingle();

        // Then the date comes from the strongest source, as the writer wrote it (no time-zone shift)
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Published);
    }

    [Fact]
    public void Read_PageWithoutDate_KeepsArticleAndReportsIssue()
    {
        // Given a page with no date anywhere
        using var folder = ArticleFolder.With("no-date.html");

        // When it is read
        var result = folder.Read();

        // Then the article is returned undated, with an issue saying it stays out of every week
        var article = Assert.Single(result.Items);
        Assert.Null(article.Published);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("articles/no-date.html", issue.File);
        Assert.Contains("no publication date", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("every week", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonLdPage_TakesHeadlineSiteAndUrlFromJsonLd()
    {
        // Given a page whose JSON-LD @graph holds a NewsArticle (and a second, broken JSON-LD block)
        using var folder = ArticleFolder.With("scripts-jsonld.html");

        // When it is read
        var article = folder.ReadSingle();

        // Then headline, publisher and URL come from it
        Assert.Equal("Coho Vineyard sells its Napa estate", article.Title);
        Assert.Equal("Coho Post", article.Site);
        Assert.Equal("https://coho.example/news/napa-sale", article.Url);
    }

    [Fact]
    public void Read_CanonicalLink_WinsOverOgUrl()
    {
        // Given a page with link rel=canonical and og:url
        using var folder = ArticleFolder.With("canonical.html");

        // When it is read
        var article = folder.ReadSingle();

        // Then the canonical link is the URL, og:site_name the site, and the h1 the title
        Assert.Equal("https://wire.example/blue-yonder-austin", article.Url);
        Assert.Equal("Example Wire", article.Site);
        Assert.Equal("Blue Yonder opens in Austin", article.Title);
    }

    [Fact]
    public void Read_RelativeCanonicalAndScriptUrl_FallBackToAbsoluteJsonLdUrl()
    {
        // Given a relative canonical link and a javascript: og:url
        using var folder = ArticleFolder.With("canonical-relative.html");

        // When it is read
        var article = folder.ReadSingle();

        // Then neither is used; the absolute JSON-LD url is
        Assert.Equal("https://wire.example/from-json-ld", article.Url);
    }

    [Theory]
    [InlineData("Contoso opens a second data centre | Northwind Daily", null, "Contoso opens a second data centre")]
    [InlineData("Results beat forecasts - Example Wire", "Example Wire", "Results beat forecasts")]
    [InlineData("A - B - C and a long tail that is not a site name at all", null, "A - B - C and a long tail that is not a site name at all")]
    [InlineData("No separator here", null, "No separator here")]
    public void TitleWithoutSiteSuffix_PageTitles_DropOnlyTheSiteName(string title, string? site, string expected)
    {
        // Given a <title> text; When the site suffix is removed; Then only a short trailing site part goes
        Assert.Equal(expected, ReportAutomation.Ingestion.Articles.HtmlArticleExtractor.TitleWithoutSiteSuffix(title, site));
    }
}
