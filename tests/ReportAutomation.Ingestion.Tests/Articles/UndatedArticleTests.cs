using ReportAutomation.Core.Errors;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class UndatedArticleTests
{
    private const string NoDate = "no publication date found (JSON-LD, article:published_time, <time>, or articles.csv), so it stays out "
        + "of every week: add its date in the 'published' column of articles.csv";

    [Fact]
    public void Read_PagesWithoutAnyDate_FileTimesOff_ErrorSaysWhereDatesComeFromAndHowToAddOne()
    {
        // Given an HTML page and a text file with no date anywhere, and a third file dated by the manifest
        using var folder = new ArticleFolder();
        folder.Write("page.html", "<html><head><title>Plant news</title></head><body><p>Text of the page without a date.</p></body></html>");
        folder.Write("note.txt", "A plant note\n\nText of the note without a date.");
        folder.Write("dated.txt", "A dated note\n\nIts date comes from the manifest.");
        folder.Write("articles.csv", "file,published\ndated.txt,2026-11-18\n");

        // When the folder is read without dating from file times
        var result = folder.Read(options: new ArticleReaderOptions { DateUndatedFromFileTime = false });

        // Then both undated files are kept undated, each with the same error on the published column; the dated one has none
        Assert.Equal(3, result.Items.Count);
        Assert.Null(Assert.Single(result.Items, a => a.Id == "page.html").Published);
        Assert.Equal(new DateOnly(2026, 11, 18), Assert.Single(result.Items, a => a.Id == "dated.txt").Published);
        Assert.Equal(
            ["articles/note.txt", "articles/page.html"],
            result.Issues.Where(i => i.Reason == NoDate && i.Column == "published").Select(i => i.File).Order(StringComparer.Ordinal));
        Assert.All(result.Issues, i => Assert.Equal(IssueSeverity.Error, i.Severity));
        Assert.DoesNotContain(result.Issues, i => i.File == "articles/dated.txt");
    }

    [Theory]
    [InlineData("Europe/London", "2026-11-17")]
    [InlineData("Asia/Tokyo", "2026-11-18")]
    public void Read_PageWithoutAnyDate_DatedFromFileTimeInThePackZone_Warning(string zone, string expected)
    {
        // Given an undated page last written at 23:30 UTC on 17 November, and a page the manifest dates
        using var folder = new ArticleFolder();
        var page = folder.Write("saved.html", "<html><head><title>A saved page today</title></head><body><p>Text of a page saved without a date.</p></body></html>");
        File.SetLastWriteTimeUtc(page, new DateTime(2026, 11, 17, 23, 30, 0, DateTimeKind.Utc));
        var dated = folder.Write("dated.txt", "A dated note\n\nIts date comes from the manifest.");
        File.SetLastWriteTimeUtc(dated, new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc));
        folder.Write("articles.csv", "file,published\ndated.txt,2026-11-18\n");

        // When the folder is read in the pack's zone
        var result = folder.Read(options: new ArticleReaderOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone) });

        // Then the page is dated on its file time's date in that zone and kept, with a warning that says so;
        // the manifest's date wins over the other file's time
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(result.Items, a => a.Id == "saved.html").Published);
        Assert.Equal(new DateOnly(2026, 11, 18), Assert.Single(result.Items, a => a.Id == "dated.txt").Published);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueSeverity.Warning, "articles/saved.html", "published", expected), (issue.Severity, issue.File, issue.Column, issue.Value));
        Assert.Contains("last-write time", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("'published' column of articles.csv", issue.Reason, StringComparison.Ordinal);
    }
}
