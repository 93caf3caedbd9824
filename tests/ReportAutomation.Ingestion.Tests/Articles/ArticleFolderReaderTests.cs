using Microsoft.Extensions.Logging;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class ArticleFolderReaderTests
{
    [Fact]
    public void Read_Folder_ReadsHtmlHtmAndTxtOnlyAtTopLevelInNameOrder()
    {
        // Given .html, .htm and .txt articles, other files, and an article in a subfolder
        using var folder = ArticleFolder.With("nav.html", "no-date.html");
        folder.Copy(ArticleFolder.Fixture("canonical.html"), "b-page.htm");
        folder.Write("a-note.txt", "A short note\n\nThe note has one paragraph of text in it.");
        folder.Write("readme.md", "# not an article");
        folder.Write("image.png", "not an image either");
        Directory.CreateDirectory(Path.Combine(folder.Path, "old"));
        folder.Write("old/older.html", "<p>An article in a subfolder is not read.</p>");

        // When the folder is read
        var result = folder.Read();

        // Then the three article kinds at the top level are read, in ordinal file-name order
        Assert.Equal(["a-note.txt", "b-page.htm", "nav.html", "no-date.html"], result.Items.Select(a => a.Id));
        Assert.All(result.Items, a => Assert.Equal(a.Id, a.SourceFile));
        Assert.Equal(["articles/a-note.txt", "articles/b-page.htm", "articles/nav.html", "articles/no-date.html"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Read_Folder_ReportsProgressPerFile()
    {
        // Given three articles
        using var folder = ArticleFolder.With("nav.html", "comments.html", "disclaimer.html");
        var reported = new List<int>();

        // When read with a progress sink
        new ArticleFolderReader(folder.Log, new ArticleReaderOptions())
            .Read(folder.Path, [], new SynchronousProgress(reported.Add), TestContext.Current.CancellationToken);

        // Then it hears the number of files done after each one
        Assert.Equal([1, 2, 3], reported);
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        // Given a cancelled token
        using var folder = ArticleFolder.With("nav.html");
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        // When read; Then reading stops with OperationCanceledException
        Assert.Throws<OperationCanceledException>(() =>
            new ArticleFolderReader(folder.Log, new ArticleReaderOptions()).Read(folder.Path, [], null, cts.Token));
    }

    [Fact]
    public void Read_MissingFolder_ReturnsIssueNotException()
    {
        // Given a folder that does not exist
        using var folder = new ArticleFolder();
        var missing = Path.Combine(folder.Path, "nope");

        // When read
        var result = new ArticleFolderReader(folder.Log, new ArticleReaderOptions()).Read(missing, [], null, TestContext.Current.CancellationToken);

        // Then the result is empty with one issue
        Assert.Empty(result.Items);
        Assert.Contains("not found", Assert.Single(result.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UndatedArticle_LogsWarningWithTemplateAndFile()
    {
        // Given an undated page
        using var folder = ArticleFolder.With("no-date.html");

        // When read
        folder.Read();

        // Then the problem is logged as a warning with named properties, not an interpolated string
        var entry = Assert.Single(folder.Log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("Article {File} has a problem: {Reason}", entry.Properties["{OriginalFormat}"]);
        Assert.Equal("articles/no-date.html", entry.Properties["File"]);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
