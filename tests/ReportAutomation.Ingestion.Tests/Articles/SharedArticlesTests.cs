using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;
using ReportAutomation.TestKit;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>Reads the real copied web articles in the shared folder (never committed) and checks what survives.</summary>
public sealed partial class SharedArticlesTests
{
    private const int BodyLineMinWords = 25;

    [Fact]
    public void Read_SharedTextArticles_NoFurnitureLineSurvives()
    {
        // Given copies of the real articles
        using var folder = CopyOfSharedArticles();

        // When they are read
        var result = folder.Read();

        // Then every file gives an article, and no block is furniture or a lone word
        Assert.NotEmpty(result.Items);
        Assert.Equal(Directory.GetFiles(folder.Path, "*.txt").Length, result.Items.Count);
        var leaked = result.Items
            .SelectMany(a => a.Blocks.Select(b => (a.Id, b)))
            .Where(x => IsFurniture(x.b.Text) || (x.b.Kind == ArticleBlockKind.Paragraph && ArticleText.CountWords(x.b.Text) < 3))
            .Select(x => $"{x.Id}: {x.b.Text}")
            .ToList();
        Assert.Empty(leaked);
    }

    [Fact]
    public void Read_SharedTextArticles_NoBodyParagraphIsLost()
    {
        // Given copies of the real articles
        using var folder = CopyOfSharedArticles();

        // When they are read
        var result = folder.Read();

        // Then every long line of the source that is not furniture is in the text (a teaser may be a block's start)
        var lost = new List<string>();
        foreach (var article in result.Items)
        {
            var blocks = article.Blocks.Select(b => ArticleText.ComparisonKey(b.Text)).ToList();
            foreach (var line in File.ReadLines(Path.Combine(folder.Path, article.Id)).Select(ArticleText.Normalize))
            {
                if (ArticleText.CountWords(line) < BodyLineMinWords || IsFurniture(line))
                {
                    continue;
                }

                var key = ArticleText.ComparisonKey(line);
                if (!blocks.Any(b => b.Contains(key, StringComparison.Ordinal) || key.Contains(b, StringComparison.Ordinal)))
                {
                    lost.Add($"{article.Id}: {line[..Math.Min(60, line.Length)]}");
                }
            }
        }

        Assert.Empty(lost);
    }

    private static ArticleFolder CopyOfSharedArticles()
    {
        var source = SharedArticlesFolder();
        if (source is null || Directory.GetFiles(source, "*.txt").Length == 0)
        {
            Assert.Skip("The shared articles folder (shared/articles beside the repository) is not on this machine.");
        }

        var folder = new ArticleFolder();
        foreach (var file in Directory.GetFiles(source, "*.txt"))
        {
            folder.Copy(file, Path.GetFileName(file));
        }

        return folder;
    }

    // RepoPaths.Shared looks beside the repository; a git worktree sits one level deeper, so look further up too.
    private static string? SharedArticlesFolder()
    {
        if (RepoPaths.Shared is { } shared)
        {
            return Path.Combine(shared, "articles");
        }

        for (var dir = Directory.GetParent(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsFurniture(string line) => Furniture().IsMatch(Bullet().Replace(line, string.Empty));

    [GeneratedRegex(@"^\s*[\u2022*\-]\s*")]
    private static partial Regex Bullet();

    // Furniture as a reader would recognise it in these pages: prompts, widgets, captions of stock images, notices.
    [GeneratedRegex(
        @"^(?:skip to|subscribe|share$|reward$|repost$|pin$|comment:?$|add a comment|no comments|view original|disclaimer:?$|menu$|related$)" +
        @"|cookie|third-party content|investment advice|illustration|artwork|depicting",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
