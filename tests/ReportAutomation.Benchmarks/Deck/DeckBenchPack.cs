using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Benchmarks.Deck;

/// <summary>A pack sized to give about <c>slides</c> slides with the bench template: articles, investments, scores.</summary>
internal static class DeckBenchPack
{
    public static readonly IsoWeek Week = new(2026, 47);

    /// <summary>Articles (one KPI slide each plus cards three a slide) and investments (a table, 14 rows a slide).</summary>
    public static WeeklyPack For(int slides) => Build(Math.Max(1, slides / 2), Math.Max(1, slides / 3 * 14));

    /// <summary>A pack with <paramref name="articles"/> articles (each stating two amounts) and <paramref name="rows"/> investments.</summary>
    public static WeeklyPack Build(int articles, int rows)
    {
        var inputs = new PackInputs
        {
            Articles = [.. Enumerable.Range(0, articles).Select(Article)],
            Investments = [.. Enumerable.Range(0, rows).Select(i => new InvestmentFigure(
                Week.Start.AddDays(i % 7), $"Investor {i % 40}", $"Company {i} & Co", 1_000_000m + (i * 12_345m), "USD", "Growth", null, new SourceLocation("investments.csv", i + 2)))],
            Sentiment = [.. Enumerable.Range(0, 40).Select(i => new SentimentFigure(Week.Start.AddDays(i % 7), $"Company {i % 8}", "bench", ((i % 21) - 10) / 10.0, null, new SourceLocation("sentiment.csv", i + 2)))],
            Entities = [.. Enumerable.Range(0, 8).Select(i => new WatchedEntity($"Company {i}", $"C{i}", []))],
        };
        var now = new DateTimeOffset(Week.End.AddDays(1).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
        var options = new PackOptions { Name = "bench", TimeZone = "UTC", HistoryWeeks = 8 };
        return new WeeklyPackBuilder(new PinnedClock(now, TimeProvider.System)).Build(inputs, options, Week);
    }

    private static Article Article(int i) => new()
    {
        Id = $"article-{i}.html",
        SourceFile = $"article-{i}.html",
        Title = $"Company {i % 8} signs a {(i % 9) + 1}-year compute deal worth ${(i % 50) + 1}B with a cloud provider",
        Site = "Bench Wire",
        Url = $"https://news.example.com/{i}",
        Published = Week.Start.AddDays(i % 7),
        Summary = string.Join(' ', Enumerable.Repeat($"The agreement number {i} covers data-centre capacity, chips and power over several years; analysts called it “material”.", 4)),
        Sentiment = new ArticleSentiment(((i % 21) - 10) / 10.0, ArticleSentiment.LabelFor(((i % 21) - 10) / 10.0), IsComputed: i % 2 == 0, Method: "bench"),
        WordCount = 600,
        Money =
        [
            new MoneyFact(((i % 50) + 1) * 1_000_000_000m, "USD", $"${(i % 50) + 1} billion", $"The deal is worth ${(i % 50) + 1} billion over the term.", $"article-{i}.html"),
            new MoneyFact(250_000_000m, "USD", "$250 million", "An upfront payment of $250 million is due at signing.", $"article-{i}.html"),
        ],
    };
}
