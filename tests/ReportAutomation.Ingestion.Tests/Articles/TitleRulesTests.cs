using ReportAutomation.Core.Errors;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>
/// Titles of files without a headline line: the manifest's title, else a headline-like first line, else the first
/// sentence shortened at a word boundary, marked as derived with a warning; a lead-in question or label is never the title.
/// </summary>
public sealed class TitleRulesTests
{
    private const string LongOpening =
        "Northwind Traders said on Tuesday that it would close two of its older depots and move the work to a new hub outside the city. "
        + "The move is expected to finish by the summer.";

    [Fact]
    public void Read_FirstLineIsAParagraph_TitleFromFirstSentenceWithEllipsis_ParagraphKept_Warning()
    {
        // Given a text file that opens straight with its first paragraph
        using var folder = new ArticleFolder();
        folder.Write("depots.txt", LongOpening + "\n\nA second paragraph follows here.\n");

        // When it is read
        var result = folder.Read();

        // Then the title is the first sentence cut at a word boundary with an ellipsis, the paragraph is still text,
        // and a warning (the article is kept) says the title was derived and how to set it
        var article = Assert.Single(result.Items);
        Assert.Equal("Northwind Traders said on Tuesday that it would close two of its older depots\u2026", article.Title);
        Assert.StartsWith("Northwind Traders said on Tuesday", article.Blocks[0].Text, StringComparison.Ordinal);
        var issue = Assert.Single(result.Issues, i => i.Column == "title");
        Assert.Equal((IssueSeverity.Warning, "articles/depots.txt", "title", article.Title), (issue.Severity, issue.File, issue.Column, issue.Value));
        Assert.Contains("first sentence", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("'title' in articles.csv", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FirstLineIsAParagraph_ManifestTitleWins_NoWarning()
    {
        using var folder = new ArticleFolder();
        folder.Write("depots.txt", LongOpening + "\n");
        folder.Write("articles.csv", "file,published,title\ndepots.txt,2026-11-17,Northwind consolidates its depots\n");

        var result = folder.Read();

        Assert.Equal("Northwind consolidates its depots", Assert.Single(result.Items).Title);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Read_ShortFirstSentence_IsTheTitleWithoutItsFullStop_AndStaysText()
    {
        using var folder = new ArticleFolder();
        folder.Write("short.txt", "Fabrikam raised its dividend again.\nThe board met on Friday and approved the rise for the year.\n");

        var result = folder.Read();

        var article = Assert.Single(result.Items);
        Assert.Equal("Fabrikam raised its dividend again", article.Title);
        Assert.Equal("Fabrikam raised its dividend again.", article.Blocks[0].Text);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(result.Issues, i => i.Column == "title").Severity);
    }

    [Fact]
    public void Read_HeadlineLikeFirstLine_IsTheTitle_NoWarning()
    {
        using var folder = new ArticleFolder();
        folder.Write("headline.txt", "Fabrikam raises its dividend again\nThe board met on Friday and approved the rise for the year.\n");

        var result = folder.Read();

        Assert.Equal("Fabrikam raises its dividend again", Assert.Single(result.Items).Title);
        Assert.DoesNotContain(result.Issues, i => i.Column == "title");
    }

    [Theory]
    [InlineData("What is the story about?")]
    [InlineData("Why does it matter?")]
    [InlineData("Summary:")]
    [InlineData("Key points:")]
    public void Read_LeadInQuestionOrLabel_NeverTheTitle(string leadIn)
    {
        // Given a note that opens with a lead-in, then its text
        using var folder = new ArticleFolder();
        folder.Write("qa.txt", leadIn + "\n" + LongOpening + "\n");

        // When it is read; Then the title comes from the text, not from the lead-in
        var article = folder.ReadSingle();
        Assert.StartsWith("Northwind Traders said on Tuesday", article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(leadIn.TrimEnd('?', ':'), article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuestionNamingItsSubject_CanStillBeTheTitle()
    {
        using var folder = new ArticleFolder();
        folder.Write("question.txt", "Is the Northwind rally over?\nShares fell on Friday after two quarters of gains.\n");

        Assert.Equal("Is the Northwind rally over?", folder.ReadSingle().Title);
    }

    [Fact]
    public void Read_PageWithoutAnyHeadline_TitleFromFileName_Warning()
    {
        using var folder = new ArticleFolder();
        folder.Write("plant-news.html", "<html><body><p>Text of the page without a headline, long enough to be read as text.</p></body></html>");

        var result = folder.Read();

        Assert.Equal("plant-news", Assert.Single(result.Items).Title);
        var issue = Assert.Single(result.Issues, i => i.Column == "title");
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Contains("file name", issue.Reason, StringComparison.Ordinal);
    }
}
