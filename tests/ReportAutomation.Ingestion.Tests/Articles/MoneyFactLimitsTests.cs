using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReportAutomation.Ingestion.Articles;
using ReportAutomation.TestKit;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>A paragraph with thousands of amounts and no full stop must not blow up the facts or their quotes.</summary>
public sealed class MoneyFactLimitsTests
{
    [Theory]
    [InlineData("revenue $5B and ", 2_000)]
    [InlineData("revenue 5B and ", 60_000)]
    public void Read_OneHugeSentenceOfAmounts_ListsBoundedFactsWithShortQuotesQuickly(string repeated, int times)
    {
        // Given a text article whose body is one "sentence" repeating an amount thousands of times (32 KB and 900 KB)
        using var folder = new ArticleFolder();
        var body = new StringBuilder().Insert(0, repeated, times).ToString();
        folder.Write("a.txt", "Headline about money\n\n" + body + "\n");

        // When it is read and its money facts serialised as the manifest would
        var clock = Stopwatch.StartNew();
        var article = folder.ReadSingle();
        var json = JsonSerializer.Serialize(article.Money);
        clock.Stop();

        // Then at most the cap is listed, each quote is a short window with ellipses, and it all takes seconds, not minutes
        Assert.Equal(ArticleAssembler.MaxMoneyFacts, article.Money.Count);
        Assert.All(article.Money, m => Assert.InRange(m.Sentence.Length, 1, MoneyParser.MaxQuoteLength + 2));
        Assert.EndsWith("\u2026", article.Money[0].Sentence, StringComparison.Ordinal);
        Assert.StartsWith("\u2026", article.Money[^1].Sentence, StringComparison.Ordinal);
        Assert.InRange(json.Length, 1, 200 * 1_000);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Assemble_MoreAmountsThanTheCap_LogsHowManyWereNotListed()
    {
        // Given an article with 250 amounts and a logger
        var log = new ListLogger<ArticleAssembler>();
        var assembler = new ArticleAssembler(new EntityCounter([]), 3, log);
        var text = string.Join(' ', Enumerable.Range(1, 250).Select(i => $"It paid ${i} million for unit {i}."));
        var page = new ExtractedArticle { Title = "Many amounts", Blocks = [new RawBlock(Core.Model.ArticleBlockKind.Paragraph, text)] };

        // When it is assembled
        var article = assembler.Assemble("a.txt", page, manifest: null);

        // Then 200 facts are listed and a warning names the article and both counts
        Assert.Equal(200, article.Money.Count);
        var entry = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(("a.txt", 250, 200), (entry.Properties["File"], entry.Properties["Amounts"], entry.Properties["Listed"]));
    }

    [Fact]
    public void SentenceAround_LongSentence_KeepsAWindowAroundTheAmount()
    {
        // Given a 1,000-character sentence with an amount in the middle
        var sentence = new string('a', 10) + " " + string.Join(' ', Enumerable.Repeat("word", 100)) + " paid $7 billion " + string.Join(' ', Enumerable.Repeat("more", 100)) + ".";
        var index = sentence.IndexOf("$7 billion", StringComparison.Ordinal);

        // When it is quoted
        var quote = MoneyParser.SentenceAround(sentence, index, "$7 billion".Length);

        // Then the quote holds the amount, is at most about 300 characters, and shows both cuts
        Assert.Contains("paid $7 billion more", quote, StringComparison.Ordinal);
        Assert.InRange(quote.Length, 200, MoneyParser.MaxQuoteLength + 2);
        Assert.StartsWith("\u2026word", quote, StringComparison.Ordinal);
        Assert.EndsWith("more\u2026", quote, StringComparison.Ordinal);
    }
}
