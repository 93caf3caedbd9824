using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class EntityCounterTests
{
    private static readonly WatchedEntity Meta = new("Meta Platforms", "META", ["Meta", "Facebook"]);
    private static readonly WatchedEntity Nvidia = new("Nvidia", "NVDA", []);

    [Fact]
    public void Count_NamesAliasesAndTickers_CountsWholeWordsOnce()
    {
        // Given a text naming Meta by full name, alias and ticker, and words that merely contain the names
        var counter = new EntityCounter([Meta, Nvidia]);

        // When counted
        var mentions = counter.Count(["Meta Platforms (META) said Meta and facebook users grew; metadata and Metaverse do not count.", "NVDA rose; nvidia too."]);

        // Then "Meta Platforms" counts once (not also as "Meta"), names need their capitals ("facebook", "nvidia" do
        // not count), tickers are whole words
        Assert.Equal([new EntityMention("Meta Platforms", 3), new EntityMention("Nvidia", 1)], mentions);
    }

    [Fact]
    public void Count_TickerInLowerCase_IsNotATickerMention()
    {
        // Given a ticker that is also an ordinary word in lower case
        var counter = new EntityCounter([new WatchedEntity("Target Corporation", "TGT", ["Target"]), new WatchedEntity("AT&T", "T", [])]);

        // When counted
        var mentions = counter.Count(["Shares of T rose while the t-test failed; Target met its target."]);

        // Then only the upper-case ticker counts, and the name counts only where it is capitalised
        Assert.Equal([new EntityMention("AT&T", 1), new EntityMention("Target Corporation", 1)], mentions);
    }

    [Fact]
    public void Read_Article_CountsEntitiesInTitleAndText()
    {
        // Given an article about Meta
        using var folder = new ArticleFolder();
        folder.Write("meta.txt", "Meta opens a lab\n\nMeta Platforms opened a research lab in Paris. The META ticker barely moved.\n");

        // When read with a watch-list
        var article = folder.ReadSingle([Meta, Nvidia]);

        // Then mentions in the title and the text count, and unnamed entities are left out
        Assert.Equal([new EntityMention("Meta Platforms", 3)], article.Entities);
    }

    [Theory]
    [InlineData("Only meta and time", 0)]
    [InlineData("The metaverse and meta-analysis are not Meta.", 1)]
    [InlineData("META SHARES JUMP AS META BEATS", 2)]
    [InlineData("Facebook and Meta AI, then meta ai and FACEBOOK", 3)]
    public void Count_AliasThatIsAnOrdinaryWord_NeedsItsCapital(string text, int expected)
    {
        // Given Meta's aliases, which are also ordinary words in lower case
        var counter = new EntityCounter([new WatchedEntity("Meta Platforms", "META", ["Meta", "Facebook", "Meta AI"])]);

        // When a text is counted
        var count = counter.Count([text]).Sum(m => m.Count);

        // Then only capitalised (or all-capital) forms count
        Assert.Equal(expected, count);
    }

    [Fact]
    public void Count_AliasWrittenInCapitals_MatchesOtherCasingsOfTheRest()
    {
        // Given an alias written in capitals
        var counter = new EntityCounter([new WatchedEntity("Nvidia Corporation", "NVDA", ["NVIDIA"])]);

        // When counted; Then "Nvidia" and "NVIDIA" count, "nvidia" does not
        Assert.Equal(2, counter.Count(["NVIDIA and Nvidia, but not nvidia."]).Sum(m => m.Count));
    }
}
