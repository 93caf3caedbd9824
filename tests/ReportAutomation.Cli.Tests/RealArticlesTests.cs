using System.Text.Json;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

/// <summary>A new user's first run on real articles copied from the web (../shared/articles, never committed here).</summary>
public sealed class RealArticlesTests
{
    // Lines of page furniture seen in the copied pages: none may survive as (or inside) a block of text.
    private static readonly string[] FurniturePhrases = ["Skip to main content", "Subscribe to the channels", "Add a comment", "No comments", "View Original"];

    private static readonly string[] FurnitureBlocks = ["Reward", "Comment", "Repost", "Share", "Pin", "Disclaimer:"];

    [Fact]
    public async Task Build_RealWebArticles_ManifestCarriesTheirTextWithoutPageFurniture()
    {
        // Given the real articles copied to a temp folder, dated into W47 by a manifest as a user would
        var shared = RepoPaths.Shared is { } s && Directory.Exists(Path.Combine(s, "articles")) ? Path.Combine(s, "articles") : null;
        if (shared is null)
        {
            Assert.Skip("../shared/articles is not beside the repository; this test reads the real web articles from there.");
        }

        using var temp = new TempFolder("real");
        var files = Directory.GetFiles(shared!, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var manifest = new List<string> { "file,published" };
        foreach (var file in files)
        {
            File.Copy(file, temp.File("articles/" + Path.GetFileName(file)));
            manifest.Add($"{Path.GetFileName(file)},2026-11-18");
        }

        File.WriteAllLines(temp.File("articles/articles.csv"), manifest);

        // When the pack is built from them
        var (code, output, error) = await CliRunner.RunAsync(
            "build", "--articles", Path.Combine(temp.Path, "articles"), "--figures", Path.Combine(RepoPaths.SampleData, "figures"),
            "--entities", Path.Combine(RepoPaths.SampleData, "entities.csv"), "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47");

        // Then every article is in the pack with a title, a summary and body text, and no furniture line survives
        Assert.True(code is 0 or 2, $"exit {code}\n{output}\n{error}");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "weekly-ir", "2026-W47", "manifest.json")));
        var real = json.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => files.Select(Path.GetFileName).Contains(a.GetProperty("id").GetString()))
            .ToList();
        Assert.Equal(files.Count, real.Count);
        foreach (var article in real)
        {
            var blocks = article.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToList();
            Assert.True(blocks.Count >= 3, article.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("summary").GetString()));
            foreach (var phrase in FurniturePhrases)
            {
                Assert.DoesNotContain(blocks, b => b.Contains(phrase, StringComparison.OrdinalIgnoreCase));
            }

            Assert.DoesNotContain(blocks, b => FurnitureBlocks.Contains(b.Trim(' ', '•', '\u2022'), StringComparer.OrdinalIgnoreCase));
        }

    }
}
