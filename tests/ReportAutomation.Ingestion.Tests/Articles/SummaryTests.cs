using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class SummaryTests
{
    private static readonly ArticleBlock[] Blocks =
    [
        new(ArticleBlockKind.Heading, "A heading that should never be chosen for the summary"),
        new(ArticleBlockKind.Paragraph, "Contoso agreed to buy Fabrikam for $2 billion in cash, the companies said on Monday. The deal needs approval."),
        new(ArticleBlockKind.Paragraph, "Fabrikam makes sensors for factory robots and employs about three thousand people."),
        new(ArticleBlockKind.Paragraph, "Short one."),
        new(ArticleBlockKind.Paragraph, "Contoso expects the purchase of Fabrikam to add to its earnings within two years of closing."),
        new(ArticleBlockKind.Paragraph, "Analysts said the price looked fair given the growth of the robotics market."),
    ];

    [Fact]
    public void Summarize_Article_PicksTwoToThreeSentencesFromTheTextInOrder()
    {
        // Given an article with a heading and five paragraphs
        var entities = new EntityCounter([new WatchedEntity("Contoso", null, []), new WatchedEntity("Fabrikam", null, [])]);

        // When summarised
        var summary = ArticleSummarizer.Summarize("Contoso buys Fabrikam", Blocks, entities, 3);

        // Then it has two or three sentences, each taken verbatim from a paragraph, in text order, never the heading
        var sentences = SentenceSplitter.Split(summary);
        Assert.InRange(sentences.Count, 2, 3);
        var allSentences = Blocks.Where(b => b.Kind == ArticleBlockKind.Paragraph).SelectMany(b => SentenceSplitter.Split(b.Text)).ToList();
        var positions = sentences.Select(s => allSentences.IndexOf(s)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("heading", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Short one", summary, StringComparison.Ordinal);
        Assert.StartsWith("Contoso agreed to buy Fabrikam for $2 billion", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_AskedForTwo_ReturnsTwo()
    {
        // Given the same article; When two sentences are asked for; Then two come back
        var summary = ArticleSummarizer.Summarize("Contoso buys Fabrikam", Blocks, new EntityCounter([]), 2);
        Assert.Equal(2, SentenceSplitter.Split(summary).Count);
    }

    [Fact]
    public void Summarize_NoParagraphs_IsEmpty()
    {
        // Given only a heading; Then there is nothing to summarise
        Assert.Equal(string.Empty, ArticleSummarizer.Summarize("T", [new ArticleBlock(ArticleBlockKind.Heading, "Only a heading here for now")], new EntityCounter([]), 3));
    }
}
