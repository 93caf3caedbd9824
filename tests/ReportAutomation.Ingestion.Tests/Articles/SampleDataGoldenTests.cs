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

    [Fact]
    public void Read_SampleDataArticles_NoBlockLooksLikeFurniture()
    {
        // Given the committed sample articles
        var articles = ReadSampleData();

        // When every block and summary is checked against words that mark page furniture
        var leaked = articles
            .SelectMany(a => a.Blocks.Select(b => (a.Id, Text: b.Text)).Append((a.Id, Text: a.Summary)))
            .Where(x => FurniturePatterns.Any(p => System.Text.RegularExpressions.Regex.IsMatch(x.Text, p, System.Text.RegularExpressions.RegexOptions.IgnoreCase)))
            .Select(x => $"{x.Id}: {x.Text}")
            .ToList();

        // Then none does, no block repeats within an article, and no article has a block that is only a date or a label
        Assert.Empty(leaked);
        Assert.All(articles, a => Assert.Equal(a.Blocks.Count, a.Blocks.Select(b => ArticleText.ComparisonKey(b.Text)).Distinct().Count()));
        Assert.All(articles, a => Assert.DoesNotContain(a.Blocks, b => b.Kind == ArticleBlockKind.Paragraph && ArticleText.CountWords(b.Text) < 4 && SentimentStatementParser.Find(b.Text).Count == 0));
        Assert.All(articles, a => Assert.DoesNotContain(a.Blocks, b => b.Kind == ArticleBlockKind.Heading && ArticleText.ComparisonKey(b.Text) == ArticleText.ComparisonKey(a.Title)));
    }

    private static readonly string[] FurniturePatterns =
    [
        @"^share\b", @"\bshare (?:on|this|via)\b", @"\btwitter\b.*\blinkedin\b", @"e-?mail a friend", @"^comments?\b", @"comments are moderated",
        @"keep it civil", @"^discussion$", @"join the conversation", @"\bnewsletter\b", @"\bsubscribe\b", @"\bsign up\b", @"cookie",
        @"\bconsent\b", @"^related\b", @"read more", @"^by [A-Z]", @"^\w+ \w+, \w+ [\u2013\u2014-] ", @"\bdesk$", @"\bteam \u00B7",
        @"^(?:policy|analysis|opinion|markets)$", @"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}$",
        @"scores run from", @"on a scale from -1 to 1", @"advertisement", @"all rights reserved", @"investment advice",
    ];

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
                    .Append(" (").Append(m.CurrencySource.ToString().ToLowerInvariant()).Append(") | ").Append(m.Text).Append(" | ").Append(m.Sentence).Append('\n');
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
