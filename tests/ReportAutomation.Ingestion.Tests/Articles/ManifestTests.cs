namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class ManifestTests
{
    private static ArticleFolder ManifestFolder() =>
        ArticleFolder.With("manifest/articles.csv", "manifest/dated-page.html", "manifest/plain.txt", "manifest/bad-date.txt");

    [Fact]
    public void Read_ManifestRow_OverridesEverythingThePageSays()
    {
        // Given a page with its own date, site, title and canonical URL, and a manifest row for it (BOM, capitalised headers)
        using var folder = ManifestFolder();

        // When the folder is read
        var article = folder.Read().Items.Single(a => a.Id == "dated-page.html");

        // Then the manifest wins on every field it gives
        Assert.Equal(new DateOnly(2025, 3, 5), article.Published);
        Assert.Equal("Manifest Source", article.Site);
        Assert.Equal("Manifest headline", article.Title);
        Assert.Equal("https://manifest.example/story", article.Url);
    }

    [Fact]
    public void Read_PlainTextWithManifest_GetsDateAndSourceAndKeepsFirstLineTitle()
    {
        // Given a .txt whose manifest row gives a date and a source but no title
        using var folder = ManifestFolder();

        // When the folder is read
        var article = folder.Read().Items.Single(a => a.Id == "plain.txt");

        // Then the date and source come from the manifest and the title from the first line
        Assert.Equal(new DateOnly(2025, 3, 6), article.Published);
        Assert.Equal("Woodgrove Wire", article.Site);
        Assert.Equal("First line of a plain text file", article.Title);
        Assert.Equal("Woodgrove Bank said its lending to small firms grew for the fourth quarter in a row.", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void Read_BadManifest_ReportsEachProblemWithLineAndColumn()
    {
        // Given a manifest with an unknown column, a bad URL, an impossible date and a row naming a missing file
        using var folder = ManifestFolder();

        // When the folder is read
        var result = folder.Read();

        // Then each problem is an issue at its line and column in articles/articles.csv
        var manifestIssues = result.Issues.Where(i => i.File == "articles/articles.csv")
            .Select(i => (i.Line, i.Column, i.Value))
            .ToList();
        Assert.Equal(
            [(1, "Editor", "Editor"), (4, "published", "2025-02-30"), (4, "url", "not a url"), (5, "file", "missing.html")],
            manifestIssues);
    }

    [Fact]
    public void Read_ManifestDateIsBad_ArticleFallsBackToUndatedWithIssue()
    {
        // Given a .txt whose only date is the manifest's impossible one
        using var folder = ManifestFolder();

        // When the folder is read
        var result = folder.Read();

        // Then the article is kept undated and reported
        Assert.Null(result.Items.Single(a => a.Id == "bad-date.txt").Published);
        Assert.Contains(result.Issues, i => i.File == "articles/bad-date.txt" && i.Column == "published");
    }

    [Fact]
    public void Read_Manifest_IsListedAsManifestInput()
    {
        // Given a folder with a manifest
        using var folder = ManifestFolder();

        // When the folder is read
        var result = folder.Read();

        // Then the manifest and every article are inputs, hashed
        Assert.Equal(
            [("articles/articles.csv", "manifest"), ("articles/bad-date.txt", "article"), ("articles/dated-page.html", "article"), ("articles/plain.txt", "article")],
            result.Files.Select(f => (f.Path, f.Kind)).Order());
        Assert.All(result.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
    }

    [Fact]
    public void Read_ManifestWithoutFileColumn_IsIgnoredWithIssue()
    {
        // Given a manifest whose header lacks the file column
        using var folder = ArticleFolder.With("manifest/plain.txt");
        folder.Write("articles.csv", "name,published\nplain.txt,2025-03-06\n");

        // When the folder is read
        var result = folder.Read();

        // Then the manifest is ignored with an issue, and the article keeps its own (missing) date
        Assert.Contains(result.Issues, i => i.File == "articles/articles.csv" && i.Column == "file");
        Assert.Null(Assert.Single(result.Items).Published);
    }

    [Fact]
    public void Read_ManifestRowWithTooManyFields_IsSkippedWithIssue()
    {
        // Given a row with more fields than the header
        using var folder = ArticleFolder.With("manifest/plain.txt");
        folder.Write("articles.csv", "file,published\nplain.txt,2025-03-06,extra\n");

        // When the folder is read
        var result = folder.Read();

        // Then the row is skipped with an issue at its line
        var issue = Assert.Single(result.Issues, i => i.File == "articles/articles.csv");
        Assert.Equal(2, issue.Line);
        Assert.Null(Assert.Single(result.Items).Published);
    }
}
