using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class PublicationTimeZoneTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Read_DateTimesWithOffsets_CountOnTheirDateInThePacksZone()
    {
        // Given pages stamped Monday 00:30 in Paris (Sunday 23:30 in London) by JSON-LD, by article:published_time and by
        // the manifest, and one stamped without an offset
        using var folder = new ArticleFolder();
        folder.Write("ld.html", Page("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"A","datePublished":"2026-11-23T00:30:00+01:00"}</script>"""));
        folder.Write("meta.html", Page("""<meta property="article:published_time" content="2026-11-23T00:30:00+01:00">"""));
        folder.Write("listed.txt", "Listed\n\nA note whose date the manifest gives.");
        folder.Write("local.html", Page("""<meta property="article:published_time" content="2026-11-23T00:30:00">"""));
        folder.Write("articles.csv", "file,published\nlisted.txt,2026-11-23T00:30:00+01:00\n");

        // When the folder is read with the pack's zone, and without one
        var zoned = folder.Read(options: ArticleFolder.ReadWhatFilesSay with { TimeZone = London }).Items.ToDictionary(a => a.Id, a => a.Published);
        var asWritten = folder.Read().Items.ToDictionary(a => a.Id, a => a.Published);

        // Then each offset date lands on Sunday 22 November (ISO week 47); a time without an offset is taken as written
        var sunday = new DateOnly(2026, 11, 22);
        var monday = new DateOnly(2026, 11, 23);
        Assert.Equal([sunday, sunday, sunday, monday], new[] { "ld.html", "meta.html", "listed.txt", "local.html" }.Select(id => zoned[id]));
        Assert.All(asWritten.Values, d => Assert.Equal(monday, d));
    }

    [Fact]
    public void Read_DatesOutsideTheYearsAPackCovers_AreNotTaken()
    {
        // Given a manifest date in year 9999 (a week with no next week) and a page stamped in year 1
        using var folder = new ArticleFolder();
        folder.Write("listed.txt", "Listed\n\nA note whose date the manifest gives.");
        folder.Write("old.html", Page("""<meta property="article:published_time" content="0001-01-01T00:30:00+01:00">"""));
        folder.Write("articles.csv", "file,published\nlisted.txt,9999-06-01\n");

        // When the folder is read
        var result = folder.Read(options: ArticleFolder.ReadWhatFilesSay with { TimeZone = London });

        // Then neither date is taken: the manifest row and both files say so, and nothing crashes later on a week
        Assert.All(result.Items, a => Assert.Null(a.Published));
        Assert.Contains(result.Issues, i => i.File.EndsWith("articles.csv", StringComparison.Ordinal) && i.Column == "published");
    }

    private static string Page(string head) =>
        $"<html><head><title>Plant news</title>{head}</head><body><article><p>The plant opened its second line this week, and output rose.</p></article></body></html>";
}
