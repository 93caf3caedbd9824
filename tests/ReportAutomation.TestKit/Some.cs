using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;

namespace ReportAutomation.TestKit;

/// <summary>Small builders for model objects: tests state only what matters to them.</summary>
public static class Some
{
    /// <summary>An investment row.</summary>
    public static InvestmentFigure Investment(
        string date = "2026-11-18",
        string investor = "Meta Platforms",
        string target = "Scale AI",
        decimal amount = 14_300_000_000m,
        string currency = "USD",
        string category = "Equity stake",
        int line = 2) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), investor, target, amount, currency, category, "Reuters", new SourceLocation("figures/investments.csv", line));

    /// <summary>A sentiment row.</summary>
    public static SentimentFigure Sentiment(string date = "2026-11-18", string entity = "Meta Platforms", double score = 0.35, int line = 2) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), entity, "Newswire", score, null, new SourceLocation("figures/sentiment.csv", line));

    /// <summary>An article with a stated or computed sentiment.</summary>
    public static Article Article(string id = "a.html", string title = "Meta raises AI spend", string? published = "2026-11-18", double sentiment = 0.2, bool computed = true) =>
        new()
        {
            Id = id,
            SourceFile = id,
            Title = title,
            Site = "Example News",
            Url = "https://news.example.com/" + id,
            Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Blocks = [new ArticleBlock(ArticleBlockKind.Paragraph, title + ".")],
            Summary = title + ".",
            Money = [new MoneyFact(14_300_000_000m, "USD", "$14.3 billion", "It paid $14.3 billion.", id)],
            Sentiment = new ArticleSentiment(sentiment, ArticleSentiment.LabelFor(sentiment), computed, computed ? "lexicon-v1" : "stated"),
            WordCount = 4,
        };

    /// <summary>A data issue.</summary>
    public static DataIssue Issue(string file = "figures/investments.csv", int line = 7, string column = "amount") =>
        new(file, line, column, "n/a", "amount is not a number");
}
