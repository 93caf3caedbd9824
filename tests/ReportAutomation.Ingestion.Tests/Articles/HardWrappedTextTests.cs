using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;
using ReportAutomation.TestKit;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class HardWrappedTextTests
{
    private static readonly ArticleBlock[] HardWrappedBlocks =
    [
        new(ArticleBlockKind.Paragraph, "Northwind Traders told analysts on Thursday that it would spend $4.2 billion on servers and networking gear next year, up from $3.1 billion this year. The company said orders from cloud customers had grown faster than it could add capacity."),
        new(ArticleBlockKind.Paragraph, "Finance chief Dana Whitfield said the extra spending would be funded from operating cash flow, with no new debt. She added that the new data halls in Ohio and Oregon should open in the second half of next year, and that the payback period was around four years."),
        new(ArticleBlockKind.Heading, "Outlook"),
        new(ArticleBlockKind.Paragraph, "Management now expects revenue growth of 18 percent for the full year. That is above the 15 percent it guided to in the summer, and above what most analysts had pencilled in."),
        new(ArticleBlockKind.Heading, "Key numbers:"),
        new(ArticleBlockKind.Paragraph, "Capital spending of $4.2 billion next year, against $3.1 billion this year and a previous plan of $3.6 billion"),
        new(ArticleBlockKind.Paragraph, "Revenue growth of 18 percent"),
        new(ArticleBlockKind.Paragraph, "1. Ohio data hall opens in the second half"),
        new(ArticleBlockKind.Paragraph, "2. Oregon data hall follows a quarter later"),
        new(ArticleBlockKind.Paragraph, "The shares rose 6 percent in early trading. Rival Contoso fell 2 percent after saying that its own order book was flat."),
    ];

    [Fact]
    public void Read_HardWrappedText_JoinsWrappedLinesIntoParagraphs()
    {
        // Given a file wrapped at 72 columns with blank lines between paragraphs, a heading, a bulleted list whose first
        // item wraps, a numbered list, and a wrap that falls right after a full stop
        using var folder = ArticleFolder.With("hard-wrapped.txt");

        // When it is read
        var article = folder.ReadSingle();

        // Then each paragraph is one block, headings and list items stand alone
        Assert.Equal("Northwind raises its chip budget as cloud orders pile up", article.Title);
        Assert.Equal(HardWrappedBlocks, article.Blocks);
    }

    [Fact]
    public void Read_HardWrappedTextWithCrlf_GivesTheSameBlocks()
    {
        // Given the same file with Windows line endings
        using var folder = new ArticleFolder();
        var text = File.ReadAllText(ArticleFolder.Fixture("hard-wrapped.txt")).ReplaceLineEndings("\r\n");
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        folder.Write("crlf.txt", text);

        // When it is read; Then nothing differs
        Assert.Equal(HardWrappedBlocks, folder.ReadSingle().Blocks);
    }

    [Fact]
    public void Read_OneParagraphPerLineWithoutBlankLines_KeepsOneBlockPerLine()
    {
        // Given web-copied text: one paragraph per line, no blank lines, short lines among them
        using var folder = new ArticleFolder();
        folder.Write("web.txt", "Fabrikam opens a lab in Lisbon\nFabrikam said on Monday that it had opened a research lab in Lisbon with 120 staff.\nthe lab will focus on battery chemistry and will be run by its chief scientist.\nThe company did not say how much the lab cost.\n");

        // When it is read
        var article = folder.ReadSingle();

        // Then every line is still its own block, even the one starting in lower case
        Assert.Equal(
            [
                "Fabrikam said on Monday that it had opened a research lab in Lisbon with 120 staff.",
                "the lab will focus on battery chemistry and will be run by its chief scientist.",
                "The company did not say how much the lab cost.",
            ],
            article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_OneParagraphPerLineWithBlankLines_KeepsOneBlockPerLine()
    {
        // Given web-copied text with blank lines and paragraphs far longer than any wrap width, two of them adjacent
        using var folder = new ArticleFolder();
        var first = "Tailspin Toys said its holiday sales rose 9 percent, helped by a new range of building sets that sold out in most stores within a week of launch.";
        var second = "The company raised its forecast for the year and said it would hire 400 seasonal workers in its warehouses in the Midlands and the north.";
        var third = "Its shares rose 3 percent in London, taking their gain this year to more than a fifth, ahead of the wider market and most rivals.";
        folder.Write("web.txt", $"Tailspin lifts its forecast after strong holiday sales\n\n{first}\n{second}\n\n{third}\n");

        // When it is read; Then the lines are the blocks, nothing joined
        Assert.Equal([first, second, third], folder.ReadSingle().Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_SampleWrappedArticle_SummaryIsWholeSentences()
    {
        // Given the sample article that is hard-wrapped at about 78 columns
        const string name = "2026-11-10-microsoft-uk-datacentre.txt";
        var source = Path.Combine(RepoPaths.SampleData, "articles", name);
        Assert.Contains(File.ReadLines(source), l => l.Length > 70);
        using var folder = new ArticleFolder();
        folder.Copy(source, name);

        // When it is read
        var article = folder.ReadSingle([new WatchedEntity("Microsoft", "MSFT", [])]);

        // Then it has its five paragraphs, and every summary sentence is a whole sentence of the source
        Assert.Equal(5, article.Blocks.Count);
        Assert.All(article.Blocks, b => Assert.Matches(@"[.!?]$", b.Text));
        var sourceText = ArticleText.Normalize(File.ReadAllText(source));
        var sentences = SentenceSplitter.Split(article.Summary);
        Assert.InRange(sentences.Count, 2, 3);
        Assert.All(sentences, s =>
        {
            Assert.Matches(@"^\p{Lu}.*[.!?]$", s);
            Assert.Contains(s, sourceText, StringComparison.Ordinal);
        });
        Assert.StartsWith("Microsoft will spend £800m on a new data-centre campus in County Durham, the company said on Tuesday", article.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EverySampleTextArticle_KeepsParagraphsWhole()
    {
        // Given all the sample .txt articles (wrapped, one paragraph per line, CRLF)
        using var folder = new ArticleFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleData, "articles"), "*.txt"))
        {
            folder.Copy(file, Path.GetFileName(file));
        }

        // When they are read
        var articles = folder.Read().Items;

        // Then each gives one block per blank-line-separated paragraph, each ending a sentence
        Assert.Equal(5, articles.Count);
        foreach (var article in articles)
        {
            var paragraphs = File.ReadAllText(Path.Combine(folder.Path, article.Id)).ReplaceLineEndings("\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(paragraphs.Length - 1, article.Blocks.Count);
            Assert.All(article.Blocks, b => Assert.Matches(@"[.!?""\u201D]$", b.Text));
        }
    }

    [Fact]
    public void Read_WrappedParagraphThenHeadingWithoutBlankLine_KeepsHeadingApart()
    {
        // Given a wrapped file where a heading follows a paragraph's full last line directly
        using var folder = new ArticleFolder();
        folder.Write("w.txt", "Adatum widens its loss as costs climb\n\nAdatum reported a wider loss for the quarter as staff costs climbed.\nMarket reaction\nInvestors sold the shares, which fell 5 percent by the close of trading.\n\nAnalysts at two banks cut their price targets for the shares on Friday.\n");

        // When it is read
        var article = folder.ReadSingle();

        // Then the heading stands alone between the paragraphs
        Assert.Equal(
            [
                new ArticleBlock(ArticleBlockKind.Paragraph, "Adatum reported a wider loss for the quarter as staff costs climbed."),
                new ArticleBlock(ArticleBlockKind.Heading, "Market reaction"),
                new ArticleBlock(ArticleBlockKind.Paragraph, "Investors sold the shares, which fell 5 percent by the close of trading."),
                new ArticleBlock(ArticleBlockKind.Paragraph, "Analysts at two banks cut their price targets for the shares on Friday."),
            ],
            article.Blocks);
    }
}
