using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Packs;

public sealed class NameCanonicalisationTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private static WeeklyPack Build(PackInputs inputs) => new WeeklyPackBuilder(Clock).Build(inputs, new PackOptions(), new IsoWeek(2026, 47));

    [Fact]
    public void Build_InvestorSpelledAsWatchListNameTickerOrAlias_IsOneInvestorUnderTheWatchListName()
    {
        // Given Meta's investments under its name, in capitals, its ticker and an alias with stray spaces
        var inputs = new PackInputs
        {
            Entities = [new WatchedEntity("Meta Platforms", "META", ["Meta", "Facebook"])],
            Investments =
            [
                Some.Investment(amount: 1_000m, investor: "Meta Platforms", line: 2),
                Some.Investment(amount: 2_000m, investor: "META PLATFORMS", line: 3),
                Some.Investment(amount: 4_000m, investor: " Meta ", line: 4),
                Some.Investment(amount: 8_000m, investor: "meta", line: 5),
                Some.Investment(amount: 16_000m, investor: "Acme Capital", target: "facebook", line: 6),
            ],
        };

        // When the pack is built
        var pack = Build(inputs);

        // Then the totals have one Meta Platforms row, and rows and targets show the watch-list name too
        Assert.Equal(
            [new InvestmentTotal("Acme Capital", "USD", 16_000m, 1), new InvestmentTotal("Meta Platforms", "USD", 15_000m, 4)],
            pack.TotalsByInvestor);
        Assert.Equal(["Acme Capital", "Meta Platforms"], pack.Investments.Select(i => i.Investor).Distinct());
        Assert.Equal("Meta Platforms", pack.Investments.Single(i => i.Origin.Line == 6).Target);
    }

    [Fact]
    public void Build_InvestorNotOnWatchList_GroupedIgnoringCaseAndSpacingUnderMostFrequentSpelling()
    {
        // Given an unlisted investor written three ways, "Sequoia Capital" twice
        var inputs = new PackInputs
        {
            Investments =
            [
                Some.Investment(amount: 1m, investor: "SEQUOIA  CAPITAL", line: 2),
                Some.Investment(amount: 2m, investor: "Sequoia Capital", line: 3),
                Some.Investment(amount: 3m, investor: "sequoia capital", line: 4),
                Some.Investment(amount: 4m, investor: "Sequoia\tCapital ", line: 5),
            ],
        };

        // When the pack is built
        var pack = Build(inputs);

        // Then they are one investor, spelled as written most often (tabs and trailing spaces cleaned before counting)
        Assert.Equal([new InvestmentTotal("Sequoia Capital", "USD", 10m, 4)], pack.TotalsByInvestor);
        Assert.All(pack.Investments, i => Assert.Equal("Sequoia Capital", i.Investor));
    }

    [Fact]
    public void Build_SpellingsEquallyFrequent_OrdinallyFirstWins()
    {
        // Given two spellings used twice each
        var inputs = new PackInputs
        {
            Investments = [Some.Investment(investor: "acme ventures", line: 2), Some.Investment(investor: "Acme Ventures", line: 3)],
            Sentiment = [Some.Sentiment("acme ventures", 0.2, line: 2), Some.Sentiment("Acme Ventures", 0.4, line: 3)],
        };

        // When the pack is built
        var pack = Build(inputs);

        // Then the ordinally first spelling ("A" < "a") is used everywhere, sentiment included (names are shared)
        Assert.Equal("Acme Ventures", Assert.Single(pack.TotalsByInvestor).Key);
        Assert.Equal("Acme Ventures", Assert.Single(pack.EntitySentiment).Entity);
    }

    [Fact]
    public void Build_CategorySpelledSeveralWays_IsOneCategory()
    {
        // Given one category in two spellings
        var inputs = new PackInputs
        {
            Investments =
            [
                Some.Investment(amount: 5m, category: "Equity stake", line: 2),
                Some.Investment(amount: 7m, category: "equity  stake", line: 3),
                Some.Investment(amount: 1m, category: "Equity stake", line: 4),
            ],
        };

        // When the pack is built
        var pack = Build(inputs);

        // Then one category row sums all three
        Assert.Equal([new InvestmentTotal("Equity stake", "USD", 13m, 3)], pack.TotalsByCategory);
    }

    [Fact]
    public void Build_AliasSharedByTwoWatchListEntries_ResolvesTheSameWhateverTheFileOrder()
    {
        // Given two entries that both list "Cloud" as an alias, in either order
        WatchedEntity alphabet = new("Alphabet", "GOOGL", ["Cloud"]);
        WatchedEntity microsoft = new("Microsoft", "MSFT", ["Cloud"]);
        var rows = new[] { Some.Investment(investor: "cloud") };

        // When packs are built with the watch-list in both orders
        var a = Build(new PackInputs { Entities = [alphabet, microsoft], Investments = rows });
        var b = Build(new PackInputs { Entities = [microsoft, alphabet], Investments = rows });

        // Then both name the same entity (the first by name)
        Assert.Equal("Alphabet", Assert.Single(a.TotalsByInvestor).Key);
        Assert.Equal("Alphabet", Assert.Single(b.TotalsByInvestor).Key);
    }

    [Theory]
    [InlineData("  Meta   Platforms ", "Meta Platforms")]
    [InlineData("Meta\u00A0Platforms", "Meta Platforms")]
    [InlineData("Meta", "Meta")]
    [InlineData("", "")]
    public void Clean_Whitespace_TrimmedAndCollapsed(string text, string expected)
    {
        Assert.Equal(expected, NameCanonicaliser.Clean(text));
    }
}
