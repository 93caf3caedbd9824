using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>Assertions on an article's main text.</summary>
internal static class ArticleAssert
{
    public static string Text(Article article) => string.Join('\n', article.Blocks.Select(b => b.Text));

    public static void Contains(Article article, string expected) =>
        Assert.Contains(expected, Text(article), StringComparison.Ordinal);

    public static void DoesNotContain(Article article, string unexpected) =>
        Assert.DoesNotContain(unexpected, Text(article), StringComparison.OrdinalIgnoreCase);
}
