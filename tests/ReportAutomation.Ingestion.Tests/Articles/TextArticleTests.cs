using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class TextArticleTests
{
    [Fact]
    public void Read_CopiedWebPageText_KeepsOnlyTheArticle()
    {
        // Given text copied from a web page: skip link, menu, masthead, caption, share and subscribe prompts, an ad
        // label, a cookie notice, related links, comments and a disclaimer around three paragraphs
        using var folder = ArticleFolder.With("copied-page.txt");

        // When it is read
        var article = folder.ReadSingle();

        // Then the headline is the title and exactly the three paragraphs remain
        Assert.Equal("Relecloud signs a cloud deal with a national railway", article.Title);
        Assert.Equal(3, article.Blocks.Count);
        Assert.All(article.Blocks, b => Assert.Equal(ArticleBlockKind.Paragraph, b.Kind));
        Assert.StartsWith("Relecloud signed a seven-year agreement", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The company will move", article.Blocks[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Relecloud's shares rose", article.Blocks[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextWithoutHeadline_UsesStartOfFirstSentenceAndKeepsParagraph()
    {
        // Given a .txt that starts straight with a long paragraph
        using var folder = new ArticleFolder();
        folder.Write("post.txt", "Contoso told investors on Monday that it would spend more on chips next year than it had planned in the spring, citing demand. More follows.\n");

        // When it is read
        var article = folder.ReadSingle();

        // Then the title is the start of the first sentence and the paragraph stays whole
        Assert.Equal("Contoso told investors on Monday that it would spend more on chips next year\u2026", article.Title);
        Assert.StartsWith("Contoso told investors", Assert.Single(article.Blocks).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadingGluedToParagraph_SplitsIntoParagraphAndHeading()
    {
        // Given copied text where a section heading lost its line break
        using var folder = new ArticleFolder();
        folder.Write("glued.txt", "Headline of the glued page\nThe first section ends here with a full stop.Second Section Title\nThe second section starts with this sentence.\n");

        // When it is read
        var article = folder.ReadSingle();

        // Then the heading stands on its own
        Assert.Equal(
            [
                new ArticleBlock(ArticleBlockKind.Paragraph, "The first section ends here with a full stop."),
                new ArticleBlock(ArticleBlockKind.Heading, "Second Section Title"),
                new ArticleBlock(ArticleBlockKind.Paragraph, "The second section starts with this sentence."),
            ],
            article.Blocks);
    }

    [Fact]
    public void Read_TextFile_CountsWordsOfMainText()
    {
        // Given a headline and a nine-word paragraph
        using var folder = new ArticleFolder();
        folder.Write("count.txt", "A headline for counting\n\nOne two three four five six seven eight nine.\n");

        // When it is read; Then only the main text counts
        Assert.Equal(9, folder.ReadSingle().WordCount);
    }
}
