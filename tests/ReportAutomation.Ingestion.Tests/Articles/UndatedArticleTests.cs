namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class UndatedArticleTests
{
    private const string NoDate = "no publication date found (JSON-LD, article:published_time, <time>, or articles.csv), so it stays out "
        + "of every week: add its date in the 'published' column of articles.csv";

    [Fact]
    public void Read_PagesWithoutAnyDate_IssueSaysWhereDatesComeFromAndHowToAddOne()
    {
        // Given an HTML page and a text file with no date anywhere, and a third file dated by the manifest
        using var folder = new ArticleFolder();
        folder.Write("page.html", "<html><head><title>Plant news</title></head><body><p>Text of the page without a date.</p></body></html>");
        folder.Write("note.txt", "A plant note\n\nText of the note without a date.");
        folder.Write("dated.txt", "A dated note\n\nIts date comes from the manifest.");
        folder.Write("articles.csv", "file,published\ndated.txt,2026-11-18\n");

        // When the folder is read
        var result = folder.Read();

        // Then both undated files are kept undated, each with the same issue on the published column; the dated one has none
        Assert.Equal(3, result.Items.Count);
        Assert.Null(Assert.Single(result.Items, a => a.Id == "page.html").Published);
        Assert.Equal(new DateOnly(2026, 11, 18), Assert.Single(result.Items, a => a.Id == "dated.txt").Published);
        Assert.Equal(
            ["articles/note.txt", "articles/page.html"],
            result.Issues.Where(i => i.Reason == NoDate && i.Column == "published").Select(i => i.File).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Issues, i => i.File == "articles/dated.txt");
    }
}
