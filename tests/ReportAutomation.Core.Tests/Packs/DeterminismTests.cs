using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Packs;

public sealed class DeterminismTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private static readonly SentimentFigure[] Sentiment =
    [
        Some.Sentiment("Nvidia", 0.5, Some.On("2026-11-18"), line: 4),
        Some.Sentiment("Alphabet", 0.1, Some.On("2026-11-18"), line: 3),
        Some.Sentiment("Alphabet", 0.3, Some.On("2026-11-17"), line: 9),
        Some.Sentiment("Alphabet", 0.2, Some.On("2026-11-18"), line: 3) with { Origin = new SourceLocation("figures/sentiment.xlsx", 3) },
        Some.Sentiment("Nvidia", 0.4, Some.On("2026-11-10"), line: 2),
    ];

    private static readonly DataIssue[] Issues =
    [
        Some.Issue("amount is not a number", 7, "amount", "12,x"),
        Some.Issue("date is not ISO", 7, "date", "18/11/2026"),
        Some.Issue("amount is empty", 7, "amount", string.Empty),
        Some.Issue("row has 9 fields, expected 7", 3, null, null),
        new DataIssue("articles/broken.html", null, null, null, "page is nested too deeply"),
    ];

    private static readonly Article[] Articles =
    [
        Some.Article("b.html", "Same day, title B", Some.On("2026-11-19")),
        Some.Article("a.html", "Same day, title A", Some.On("2026-11-19")),
        Some.Article("z.txt", "Same title", Some.On("2026-11-19")),
        Some.Article("y.txt", "Same title", Some.On("2026-11-19")),
        Some.Article("newest.html", "Newest", Some.On("2026-11-22")),
        Some.Article("old.html", "Other week", Some.On("2026-11-02")),
    ];

    private static readonly InputFile[] Files =
    [
        Some.Source("figures/sentiment.csv"),
        Some.Source("figures/investments.csv"),
        Some.Source("articles/b.html", "article"),
        Some.Source("articles/a.html", "article"),
        Some.Source("entities.csv", "entities"),
    ];

    private static readonly InvestmentFigure[] Investments =
    [
        Some.Investment(amount: 5m, investor: "Beta", date: Some.On("2026-11-17"), line: 2),
        Some.Investment(amount: 5m, investor: "Alpha", date: Some.On("2026-11-17"), line: 3),
        Some.Investment(amount: 7m, investor: "alpha", date: Some.On("2026-11-18"), line: 4),
    ];

    private static string Manifest(Random random)
    {
        var inputs = new PackInputs
        {
            Sentiment = Shuffled(Sentiment, random),
            Issues = Shuffled(Issues, random),
            Articles = Shuffled(Articles, random),
            Files = Shuffled(Files, random),
            Investments = Shuffled(Investments, random),
        };
        return ManifestWriter.ToJson(new WeeklyPackBuilder(Clock).Build(inputs, new PackOptions(), new IsoWeek(2026, 47)));
    }

    private static T[] Shuffled<T>(T[] items, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy;
    }

    [Fact]
    public void Build_InputsInShuffledOrders_GiveIdenticalManifests()
    {
        // Given the same inputs in twenty different orders
        var expected = Manifest(new Random(0));

        // When each is built and written, Then every manifest is byte-for-byte the same
        for (var seed = 1; seed <= 20; seed++)
        {
            Assert.Equal(expected, Manifest(new Random(seed)));
        }
    }

    [Fact]
    public void Build_InputsInAnyOrder_ListsComeInTheDocumentedOrder()
    {
        // When the pack is built from shuffled inputs
        var inputs = new PackInputs
        {
            Sentiment = Shuffled(Sentiment, new Random(7)),
            Issues = Shuffled(Issues, new Random(7)),
            Articles = Shuffled(Articles, new Random(7)),
            Files = Shuffled(Files, new Random(7)),
        };
        var pack = new WeeklyPackBuilder(Clock).Build(inputs, new PackOptions(), new IsoWeek(2026, 47));

        // Then sentiment is by date, entity, file, line; issues by file, line, column, reason; articles newest first, then
        // title, then id, and the digest follows them; sources by kind, then path
        Assert.Equal(
            ["2026-11-17 Alphabet figures/sentiment.csv:9", "2026-11-18 Alphabet figures/sentiment.csv:3", "2026-11-18 Alphabet figures/sentiment.xlsx:3", "2026-11-18 Nvidia figures/sentiment.csv:4"],
            pack.Sentiment.Select(s => $"{s.Date:yyyy-MM-dd} {s.Entity} {s.Origin}"));
        Assert.Equal(
            ["articles/broken.html", "figures/investments.csv:3", "figures/investments.csv:7 [amount] amount is empty", "figures/investments.csv:7 [amount] amount is not a number", "figures/investments.csv:7 [date] date is not ISO"],
            pack.Issues.Select(i => i.Line is 7 ? $"{i.Location} {i.Reason}" : i.Location));
        Assert.Equal(["newest.html", "a.html", "b.html", "y.txt", "z.txt"], pack.Articles.Select(a => a.Id));
        Assert.Equal(pack.Articles.Select(a => a.Id), pack.Digest.Select(d => d.ArticleId));
        Assert.Equal(
            ["article articles/a.html", "article articles/b.html", "entities entities.csv", "figures figures/investments.csv", "figures figures/sentiment.csv"],
            pack.Sources.Select(s => $"{s.Kind} {s.Path}"));
    }

    [Fact]
    public void Build_Article_DigestEntryCarriesWhatAReaderNeeds()
    {
        // Given an article with repeated and many money facts, and entity mentions with a tie in count
        var money = new[] { "$1bn", "$2bn", "$1bn", "$3bn", "$4bn", "$5bn", "$6bn" }
            .Select(t => new MoneyFact(1m, "USD", t, "A sentence.", "deal.html"))
            .ToList();
        var article = Some.Article("deal.html", "Contoso buys Fabrikam", Some.On("2026-11-18"), sentiment: -0.6, summary: "Contoso agreed to buy Fabrikam.", money: money) with
        {
            Entities = [new EntityMention("Fabrikam", 2), new EntityMention("Contoso", 5), new EntityMention("Adatum", 2)],
            Sentiment = new ArticleSentiment(-0.6, "negative", IsComputed: true, Method: "lexicon v1"),
        };

        // When the pack is built
        var pack = new WeeklyPackBuilder(Clock).Build(new PackInputs { Articles = [article] }, new PackOptions(), new IsoWeek(2026, 47));

        // Then the digest entry has the article's details, the first five distinct figures, and entities by mentions then name
        IReadOnlyList<string> entities = [];
        Assert.Equal(
            new DigestEntry(
                "deal.html",
                "Contoso buys Fabrikam",
                "Example News",
                Some.On("2026-11-18"),
                "https://news.example.com/contoso-raise",
                "Contoso agreed to buy Fabrikam.",
                -0.6,
                "negative",
                true,
                "$1bn; $2bn; $3bn; $4bn; $5bn",
                entities),
            Assert.Single(pack.Digest) with { Entities = entities });
        Assert.Equal(["Contoso", "Adatum", "Fabrikam"], pack.Digest[0].Entities);
    }

    [Fact]
    public void Build_Sources_AreEveryInputFileWithHashAndSize()
    {
        // Given input files of several kinds, one listed twice with different contents
        var files = new[]
        {
            new InputFile("figures/investments.csv", "figures", new string('b', 64), 20),
            new InputFile("articles/a.html", "article", new string('c', 64), 30),
            new InputFile("figures/investments.csv", "figures", new string('a', 64), 10),
        };

        // When the pack is built
        var pack = new WeeklyPackBuilder(Clock).Build(new PackInputs { Files = files }, new PackOptions(), new IsoWeek(2026, 47));

        // Then all are kept as given, ordered by kind, path, then hash
        Assert.Equal([files[1], files[2], files[0]], pack.Sources);
    }
}
