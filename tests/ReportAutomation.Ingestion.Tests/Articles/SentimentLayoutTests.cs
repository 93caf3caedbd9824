using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>
/// Stated sentiment in the layouts sites use: label and value on one line, or a label line or heading followed by its
/// value in the next line or block, and a "Ticker Sentiment" block of <c>TICKER: score</c> lines; in HTML and text alike.
/// The box never reaches the article's text or summary, and a tagline between the body and the box is furniture.
/// </summary>
public sealed class SentimentLayoutTests
{
    private static readonly WatchedEntity[] WatchList =
    [
        new("Meta Platforms", "META", ["Meta"]),
        new("Alphabet", "GOOGL", ["Google"]),
    ];

    private const string Body =
        "Tailwind Robotics opened a second assembly plant near the river port this week. "
        + "The company expects the site to double output of its warehouse arms by the end of next year. "
        + "Analysts at two regional brokers raised their targets after a site visit.";

    public static TheoryData<string, string> OverallLayouts => new()
    {
        { "one-line.html", Page("<p>Sentiment Score 0.35</p><p>Overall Sentiment: moderately positive</p>") },
        { "heading-then-paragraph.html", Page("<h3>Sentiment Score</h3><p>0.35</p><h3>Overall Sentiment</h3><p>moderately positive</p>") },
        { "label-paragraphs.html", Page("<div class=\"box\"><p><strong>Sentiment Score</strong></p><p>0.35</p><p><strong>Overall Sentiment</strong></p><p>moderately positive</p></div>") },
        { "definition-list.html", Page("<dl><dt>Sentiment Score</dt><dd>0.35</dd><dt>Overall Sentiment</dt><dd>moderately positive</dd></dl>") },
        { "one-line.txt", Text("Sentiment Score 0.35\nOverall Sentiment: moderately positive") },
        { "next-line.txt", Text("Sentiment Score\n0.35\nOverall Sentiment\nmoderately positive") },
        { "next-block.txt", Text("Sentiment Score\n\n0.35\n\nOverall Sentiment\n\nmoderately positive") },
    };

    public static TheoryData<string, string> TickerLayouts => new()
    {
        { "ticker-list.html", Page("<h3>Ticker Sentiment</h3><ul><li>META: 0.41</li><li>GOOGL: -0.12</li></ul>") },
        { "ticker-paragraphs.html", Page("<p><b>Ticker Sentiment</b></p><p>META: 0.41</p><p>GOOGL: -0.12</p>") },
        { "ticker-lines.txt", Text("Ticker Sentiment\nMETA: 0.41\nGOOGL: -0.12") },
        { "ticker-blocks.txt", Text("Ticker Sentiment:\n\nMETA: 0.41\n\nGOOGL: -0.12") },
    };

    [Theory]
    [MemberData(nameof(OverallLayouts))]
    public void Read_StatedScoreAndLabel_InEveryLayout_StatedSentimentAndNoBoxInText(string file, string content)
    {
        // Given an article whose sentiment box is laid out as sites do
        using var folder = new ArticleFolder();
        folder.Write(file, content);

        // When it is read
        var article = folder.ReadSingle(WatchList);

        // Then the stated score and label are the article's sentiment, and neither the box nor the tagline is text
        Assert.Equal(new ArticleSentiment(0.35, "moderately positive", IsComputed: false, Method: "stated"), article.Sentiment);
        AssertBoxIsNotText(article);
    }

    [Theory]
    [MemberData(nameof(TickerLayouts))]
    public void Read_TickerSentimentBlock_PerTickerScoresMappedToWatchList(string file, string content)
    {
        // Given an article with a "Ticker Sentiment" heading followed by TICKER: score lines
        using var folder = new ArticleFolder();
        folder.Write(file, content);

        // When it is read with a watch-list naming both tickers
        var article = folder.ReadSingle(WatchList);

        // Then each line is a per-ticker statement mapped to its watch-list entity, and none is text
        var byTicker = article.StatedSentiment.Where(s => s.Ticker is not null).ToDictionary(s => s.Ticker!, StringComparer.Ordinal);
        Assert.Equal(["GOOGL", "META"], byTicker.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("Meta Platforms", 0.41), (byTicker["META"].Entity, byTicker["META"].Score));
        Assert.Equal(("Alphabet", -0.12), (byTicker["GOOGL"].Entity, byTicker["GOOGL"].Score));
        Assert.True(article.Sentiment.IsComputed, "per-ticker scores are not the article's overall sentiment");
        AssertBoxIsNotText(article);
    }

    [Fact]
    public void Read_TickerNotOnWatchList_KeepsTheTickerAsEntity()
    {
        using var folder = new ArticleFolder();
        folder.Write("other.txt", Text("Ticker Sentiment\nZZZQ: 0.2"));

        var statement = Assert.Single(folder.ReadSingle(WatchList).StatedSentiment);

        Assert.Equal(("ZZZQ", "ZZZQ", 0.2), (statement.Entity, statement.Ticker, statement.Score));
    }

    [Theory]
    [InlineData("Sentiment Score\nThe plant opens in spring.")]
    [InlineData("Overall Sentiment\n\nInvestors waited for the results before trading.")]
    public void Read_LabelLineFollowedByProse_NoStatementAndTheProseStays(string box)
    {
        // Given a label line whose next line is a sentence, not a value
        using var folder = new ArticleFolder();
        folder.Write("prose.txt", Text(box));

        var article = folder.ReadSingle(WatchList);

        // Then nothing is stated and the sentence is still text
        Assert.Empty(article.StatedSentiment);
        Assert.Contains(article.Blocks, b => b.Text.Contains(box.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal));
    }

    private static void AssertBoxIsNotText(Article article)
    {
        Assert.All(article.Blocks, b =>
        {
            Assert.DoesNotContain("Sentiment", b.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("0.35", b.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("0.41", b.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("institutional investors", b.Text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("Sentiment", article.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("institutional investors", article.Summary, StringComparison.Ordinal);
        Assert.Contains(article.Blocks, b => b.Text.StartsWith("Tailwind Robotics opened", StringComparison.Ordinal));
    }

    // A page as sites save it: headline, body, a promotional tagline, then the sentiment box.
    private static string Page(string box) =>
        "<!doctype html><html><head><title>Tailwind Robotics adds a plant</title>"
        + "<meta property=\"article:published_time\" content=\"2026-11-18T09:00:00Z\"></head><body><article>"
        + "<h1>Tailwind Robotics adds a plant</h1><p>" + Body + "</p>"
        + "<p>Marketline Daily: independent equity research for institutional investors.</p>"
        + box + "</article></body></html>";

    private static string Text(string box) =>
        "Tailwind Robotics adds a plant\n\n" + Body + "\n\nMarketline Daily: independent equity research for institutional investors.\n\n" + box + "\n";
}
