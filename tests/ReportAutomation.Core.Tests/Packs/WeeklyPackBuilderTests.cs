using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Packs;

public sealed class WeeklyPackBuilderTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Build_NoWeekGiven_UsesLastCompleteWeekOfClock()
    {
        var pack = new WeeklyPackBuilder(Clock).Build(new PackInputs(), new PackOptions());

        Assert.Equal(new IsoWeek(2026, 47), pack.Week);
        Assert.Equal(Clock.GetUtcNow(), pack.GeneratedAt);
    }

    [Fact]
    public void Build_RowsFromSeveralWeeks_KeepsOnlyThisWeekButAllHistory()
    {
        // Given investments in W46 and W47 and an undated article
        var inputs = new PackInputs
        {
            Investments =
            [
                Some.Investment(amount: 2_000_000_000m, investor: "Alphabet", date: Some.On("2026-11-10"), line: 2),
                Some.Investment(amount: 14_300_000_000m, investor: "Meta Platforms", date: Some.On("2026-11-18"), line: 3),
                Some.Investment(amount: 1_000_000_000m, investor: "Microsoft", date: Some.On("2026-11-22"), line: 4),
                Some.Investment(amount: 1_200_000_000m, investor: "Meta Platforms", currency: "EUR", date: Some.On("2026-11-19"), line: 5),
            ],
            Articles = [Some.Article("new.html", published: Some.On("2026-11-20")), Some.Article("old.html", published: Some.On("2026-11-09")), Some.Article("undated.txt") with { Published = null }],
        };

        // When the W47 pack is built
        var pack = new WeeklyPackBuilder(Clock).Build(inputs, new PackOptions(), new IsoWeek(2026, 47));

        // Then W47 rows and articles are in, and the history keeps every row
        Assert.Equal(["Meta Platforms", "Meta Platforms", "Microsoft"], pack.Investments.Select(i => i.Investor));
        Assert.Equal(4, pack.InvestmentHistory.Count);
        Assert.Equal("new.html", Assert.Single(pack.Articles).Id);
        Assert.Equal(
            [new InvestmentTotal("Total", "USD", 15_300_000_000m, 2), new InvestmentTotal("Total", "EUR", 1_200_000_000m, 1)],
            pack.TotalsByCurrency);
        Assert.Equal([new InvestmentTotal("Total", "USD", 2_000_000_000m, 1)], pack.PriorTotalsByCurrency);
        Assert.Equal("Meta Platforms", pack.TotalsByInvestor[0].Key);
    }

    [Fact]
    public void Build_SentimentInTwoWeeks_ComputesMeanCountAndChangeAndMovers()
    {
        var inputs = new PackInputs
        {
            Sentiment =
            [
                Some.Sentiment("Meta Platforms", 0.10, Some.On("2026-11-10")),
                Some.Sentiment("Meta Platforms", 0.30, Some.On("2026-11-17")),
                Some.Sentiment("Meta Platforms", 0.50, Some.On("2026-11-19")),
                Some.Sentiment("Nvidia", 0.60, Some.On("2026-11-11")),
                Some.Sentiment("Nvidia", 0.55, Some.On("2026-11-18")),
                Some.Sentiment("Alphabet", -0.20, Some.On("2026-11-18")),
            ],
        };

        var pack = new WeeklyPackBuilder(Clock).Build(inputs, new PackOptions { TopMovers = 1 }, new IsoWeek(2026, 47));

        var meta = pack.EntitySentiment.Single(e => e.Entity == "Meta Platforms");
        Assert.Equal(0.4, meta.Mean, 4);
        Assert.Equal(2, meta.Count);
        Assert.Equal(0.1, meta.PriorMean!.Value, 4);
        Assert.Equal(0.3, meta.Change!.Value, 4);
        Assert.Null(pack.EntitySentiment.Single(e => e.Entity == "Alphabet").Change);
        Assert.Equal("Meta Platforms", Assert.Single(pack.TopMovers).Entity);
        Assert.Equal(8, pack.HistoryWeeks.Count);
        Assert.Equal("2026-W47", pack.HistoryWeeks[^1]);
        Assert.Contains(pack.SentimentHistory, p => p.Entity == "Nvidia" && p.Week == "2026-W46" && p.Mean == 0.6);
    }

    [Fact]
    public void Build_EntitySpelledSeveralWays_IsOneEntityEverywhere()
    {
        // Given one company written as its watch-list name, its ticker, and in capitals
        var inputs = new PackInputs
        {
            Entities = [new WatchedEntity("Nvidia", "NVDA", ["NVIDIA Corp"])],
            Sentiment =
            [
                Some.Sentiment("NVDA", 0.60, Some.On("2026-11-11")),
                Some.Sentiment("NVIDIA", 0.20, Some.On("2026-11-18")),
                Some.Sentiment("Nvidia", 0.40, Some.On("2026-11-19")),
                Some.Sentiment("Acme", 0.10, Some.On("2026-11-19")),
                Some.Sentiment("ACME", 0.30, Some.On("2026-11-18")),
            ],
        };

        // When the pack is built
        var pack = new WeeklyPackBuilder(Clock).Build(inputs, new PackOptions(), new IsoWeek(2026, 47));

        // Then the summary and the history agree on one spelling per entity
        Assert.Equal(["ACME", "Nvidia"], pack.EntitySentiment.Select(e => e.Entity));
        Assert.Equal(0.3, pack.EntitySentiment.Single(e => e.Entity == "Nvidia").Mean, 4);
        Assert.Equal(-0.3, pack.EntitySentiment.Single(e => e.Entity == "Nvidia").Change!.Value, 4);
        Assert.Equal(["ACME", "Nvidia"], pack.SentimentHistory.Select(p => p.Entity).Distinct());
        Assert.All(pack.Sentiment, s => Assert.Contains(s.Entity, new[] { "ACME", "Nvidia" }));
    }

    [Fact]
    public void Build_SameInputsInAnyOrder_GivesIdenticalManifest()
    {
        var rows = new[]
        {
            Some.Investment(investor: "Microsoft", date: Some.On("2026-11-18"), line: 3),
            Some.Investment(investor: "Alphabet", date: Some.On("2026-11-18"), line: 2),
            Some.Investment(investor: "Nvidia", date: Some.On("2026-11-17"), line: 4),
        };
        var builder = new WeeklyPackBuilder(Clock);

        var a = ManifestWriter.ToJson(builder.Build(new PackInputs { Investments = rows }, new PackOptions(), new IsoWeek(2026, 47)));
        var b = ManifestWriter.ToJson(builder.Build(new PackInputs { Investments = rows.Reverse().ToArray() }, new PackOptions(), new IsoWeek(2026, 47)));

        Assert.Equal(a, b);
        Assert.Contains("\"week\": \"2026-W47\"", a, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownTimeZone_NamesTheZone()
    {
        var error = Assert.Throws<ArgumentException>(() => new WeeklyPackBuilder(Clock).Build(new PackInputs(), new PackOptions { TimeZone = "Mars/Olympus" }));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }
}
