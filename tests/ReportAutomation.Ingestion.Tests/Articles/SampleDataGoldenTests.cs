using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;
using ReportAutomation.Ingestion.Entities;
using ReportAutomation.TestKit;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>
/// What the extractor makes of every committed sample-data article, compared with a reviewed golden dump
/// (set <c>UPDATE_GOLDEN=1</c> to rewrite it, then review the diff line by line before committing).
/// </summary>
public sealed class SampleDataGoldenTests
{
    private static string GoldenPath =>
        Path.Combine(RepoPaths.Root, "tests", "ReportAutomation.Ingestion.Tests", "Articles", "Golden", "sample-data-articles.txt");

    [Fact]
    public void Read_SampleDataArticles_MatchesGoldenDump()
    {
        // Given the committed sample articles and watch-list
        var articles = ReadSampleData();

        // When every article is dumped field by field
        var dump = Dump(articles);

        // Then the dump is the reviewed one
        Assert.Equal(Directory.GetFiles(SampleArticles, "*.*").Count(f => !f.EndsWith(".csv", StringComparison.Ordinal)), articles.Count);
        GoldenFile.AssertMatches(GoldenPath, dump);
    }

    internal static string SampleArticles => Path.Combine(RepoPaths.SampleData, "articles");

    internal static IReadOnlyList<Article> ReadSampleData()
    {
        var watchList = new WatchListReader().Read(Path.Combine(RepoPaths.SampleData, "entities.csv")).Items;
        var result = new ArticleFolderReader(NullLogger<ArticleFolderReader>.Instance, new ArticleReaderOptions())
            .Read(SampleArticles, watchList, progress: null, TestContext.Current.CancellationToken);
        return result.Items;
    }

    private static string Dump(IReadOnlyList<Article> articles)
    {
        var sb = new StringBuilder();
        foreach (var a in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            sb.Append("=== ").Append(a.Id).Append('\n');
            sb.Append("title: ").Append(a.Title).Append('\n');
            sb.Append("site: ").Append(a.Site).Append('\n');
            sb.Append("published: ").Append(a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            sb.Append("url: ").Append(a.Url).Append('\n');
            sb.Append("words: ").Append(a.WordCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var b in a.Blocks)
            {
                sb.Append(b.Kind == ArticleBlockKind.Heading ? "  [h] " : "  [p] ").Append(b.Text).Append('\n');
            }

            sb.Append("summary: ").Append(a.Summary).Append('\n');
            foreach (var m in a.Money)
            {
                sb.Append("money: ").Append(m.Value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(m.Currency ?? "?")
                    .Append(" (").Append(m.CurrencySource).Append(") | ").Append(m.Text).Append(" | ").Append(m.Sentence).Append('\n');
            }

            foreach (var s in a.StatedSentiment)
            {
                sb.Append("stated: ").Append(s.Entity ?? "(overall)").Append(' ')
                    .Append(s.Score?.ToString(CultureInfo.InvariantCulture) ?? "-").Append(' ')
                    .Append(s.Label ?? "-").Append(" | ").Append(s.Sentence).Append('\n');
            }

            sb.Append("sentiment: ").Append(a.Sentiment.Score.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(a.Sentiment.Label)
                .Append(" (").Append(a.Sentiment.Method).Append(")\n");
            sb.Append("entities: ").AppendJoin(", ", a.Entities.Select(e => e.Entity + " " + e.Count.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        return sb.ToString();
    }
}
