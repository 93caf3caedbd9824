using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;
using ReportAutomation.TestKit;

namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>A temporary <c>articles</c> folder filled from the fixtures or from text, read with the real reader.</summary>
internal sealed class ArticleFolder : IDisposable
{
    private readonly TempFolder _temp = new("articles");

    public ArticleFolder()
    {
        Path = System.IO.Path.Combine(_temp.Path, "articles");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path (its name is <c>articles</c>, as in a real input tree).</summary>
    public string Path { get; }

    public ListLogger<ArticleFolderReader> Log { get; } = new();

    /// <summary>
    /// The default options but without dating undated files from their file time: these tests check what the files say;
    /// file-time dating has its own tests (<see cref="UndatedArticleTests"/>).
    /// </summary>
    public static ArticleReaderOptions ReadWhatFilesSay { get; } = new() { DateUndatedFromFileTime = false };

    /// <summary>Full path of a committed fixture.</summary>
    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Articles", "Fixtures", name);

    /// <summary>A folder holding copies of the named fixtures.</summary>
    public static ArticleFolder With(params string[] fixtures)
    {
        var folder = new ArticleFolder();
        foreach (var name in fixtures)
        {
            folder.Copy(Fixture(name), System.IO.Path.GetFileName(name));
        }

        return folder;
    }

    public string Copy(string source, string name)
    {
        var target = System.IO.Path.Combine(Path, name);
        File.Copy(source, target);
        return target;
    }

    public string Write(string name, string text)
    {
        var target = System.IO.Path.Combine(Path, name);
        File.WriteAllText(target, text);
        return target;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var target = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(target, bytes);
        return target;
    }

    public ReadResult<Article> Read(IReadOnlyList<WatchedEntity>? watchList = null, ArticleReaderOptions? options = null) =>
        new ArticleFolderReader(Log, options ?? ReadWhatFilesSay)
            .Read(Path, watchList ?? [], progress: null, TestContext.Current.CancellationToken);

    /// <summary>Reads the folder and returns its only article.</summary>
    public Article ReadSingle(IReadOnlyList<WatchedEntity>? watchList = null) => Assert.Single(Read(watchList).Items);

    public void Dispose() => _temp.Dispose();
}
