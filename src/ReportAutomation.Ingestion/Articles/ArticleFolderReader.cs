using System.Globalization;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Reads a week's articles folder: every <c>*.html</c>, <c>*.htm</c> and <c>*.txt</c> in it (not its subfolders), with
/// the optional <c>articles.csv</c> manifest overriding what the files say. Problems become data issues, never exceptions.
/// </summary>
/// <remarks>Each HTML page gets <see cref="ArticleReaderOptions.MaxParseTime"/>, measured with <paramref name="timeProvider"/> (default: the system clock).</remarks>
public sealed class ArticleFolderReader(ILogger<ArticleFolderReader> logger, ArticleReaderOptions options, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    /// <summary>
    /// Reads <paramref name="folder"/>; <paramref name="progress"/> receives the number of article files done so far.
    /// </summary>
    public ReadResult<Article> Read(string folder, IReadOnlyList<WatchedEntity> watchList, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(folder);
        var root = Directory.GetParent(full)?.FullName ?? full;
        var issues = new List<DataIssue>();
        if (!Directory.Exists(full))
        {
            var reason = "articles folder not found";
            logger.FileSkipped(folder, reason);
            return new ReadResult<Article>([], [new DataIssue(Display(root, full), null, null, null, reason)], []);
        }

        var files = Directory.EnumerateFiles(full)
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        var inputs = new List<InputFile>();
        var manifest = ReadManifest(full, root, files, issues, inputs);

        var assembler = new ArticleAssembler(new EntityCounter(watchList), options.SummarySentences, logger);
        var articles = new List<Article>();
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var path = files[i];
            var id = Path.GetFileName(path);
            var display = Display(root, path);
            if (ReadOne(path, display, issues, out var bytes) is { } page)
            {
                var entry = manifest.Entries.GetValueOrDefault(id);
                var article = assembler.Assemble(id, page, entry);
                var fileDated = article.Published is null && options.DateUndatedFromFileTime;
                if (fileDated)
                {
                    article = article with { Published = FileDate(path) };
                }

                articles.Add(article);
                inputs.Add(FileHash.Describe(bytes, path, root, "article"));
                ReportGaps(article, page, entry, fileDated, display, issues);
            }

            progress?.Report(i + 1);
        }

        logger.FolderRead(articles.Count, full, issues.Count);
        return new ReadResult<Article>(articles, issues, inputs);
    }

    private ArticleManifest ReadManifest(string folder, string root, List<string> files, List<DataIssue> issues, List<InputFile> inputs)
    {
        var path = Path.Combine(folder, options.ManifestFileName);
        if (!File.Exists(path))
        {
            return ArticleManifest.None;
        }

        var display = Display(root, path);
        if (new FileInfo(path).Length > options.MaxFileBytes)
        {
            Add(issues, new DataIssue(display, null, null, null, $"manifest is larger than {options.MaxFileBytes} bytes; ignored"));
            return ArticleManifest.None;
        }

        var names = files.Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var manifest = ManifestReader.Read(path, display, names, options.TimeZone);
        foreach (var issue in manifest.Issues)
        {
            logger.ManifestProblem(issue.File, issue.Line, issue.Reason);
            issues.Add(issue);
        }

        inputs.Add(FileHash.Describe(path, root, "manifest"));
        return manifest;
    }

    private ExtractedArticle? ReadOne(string path, string display, List<DataIssue> issues, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var size = new FileInfo(path).Length;
            if (size > options.MaxFileBytes)
            {
                return Skip(issues, display, string.Create(CultureInfo.InvariantCulture, $"file is {size:N0} bytes, over the {options.MaxFileBytes:N0}-byte limit for an article"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return Skip(issues, display, "file could not be read: " + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Skip(issues, display, "file could not be read: " + ex.Message);
        }

        if (!HtmlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            return TextArticleExtractor.Extract(ArticleTextDecoder.DecodeText(bytes));
        }

        var html = ArticleTextDecoder.DecodeHtml(bytes);
        try
        {
            return HtmlArticleExtractor.Extract(html, options.MaxDomDepth, new ParseBudget(_time, options.MaxParseTime), options.TimeZone);
        }
        catch (HtmlTooDeepException ex)
        {
            var limit = HtmlParseGuard.EffectiveLimit(options.MaxDomDepth);
            return Skip(issues, display, $"page nests its elements {ex.Depth} deep, reaching the {limit}-level limit; it was skipped");
        }
        catch (HtmlTooSlowException ex)
        {
            return Skip(issues, display, string.Create(CultureInfo.InvariantCulture, $"page took longer than {ex.Limit.TotalSeconds:0.###} s to parse; it was skipped"));
        }
    }

    private string NoDateReason =>
        "no publication date found (JSON-LD, article:published_time, <time>, or " + options.ManifestFileName
        + "), so it stays out of every week: add its date in the 'published' column of " + options.ManifestFileName;

    private static string DateSource(ExtractedArticle page, ManifestEntry? entry, bool fileDated) =>
        fileDated ? "file-time" : entry?.Published is not null ? "manifest" : page.PublishedSource ?? "none";

    // The file's last-write time, on its date in the pack's zone.
    private DateOnly FileDate(string path)
    {
        var written = File.GetLastWriteTimeUtc(path);
        return DateOnly.FromDateTime(options.TimeZone is { } zone ? TimeZoneInfo.ConvertTimeFromUtc(written, zone) : written);
    }

    private void ReportGaps(Article article, ExtractedArticle page, ManifestEntry? entry, bool fileDated, string display, List<DataIssue> issues)
    {
        if (article.Published is null)
        {
            Add(issues, new DataIssue(display, null, "published", null, NoDateReason));
        }
        else if (fileDated)
        {
            var date = article.Published.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Add(issues, DataIssue.Warning(display, null, "published", date,
                "no publication date found (JSON-LD, article:published_time, <time>, or " + options.ManifestFileName
                + $"), so it is dated {date} from its file's last-write time: add its date in the 'published' column of "
                + options.ManifestFileName + " to set it"));
        }

        if (entry?.Title is null && (page.Title is null || page.TitleDerived))
        {
            var from = page.Title is null ? "its file name" : "its first sentence";
            Add(issues, DataIssue.Warning(display, null, "title", article.Title,
                $"no headline found, so the title was made from {from}: add a 'title' in {options.ManifestFileName} to set it"));
        }

        if (article.Blocks.Count == 0)
        {
            Add(issues, new DataIssue(display, null, null, null, "no article text found after removing page furniture"));
        }

        logger.FileRead(display, article.Blocks.Count, article.WordCount, article.Published, DateSource(page, entry, fileDated));
    }

    private ExtractedArticle? Skip(List<DataIssue> issues, string display, string reason)
    {
        logger.FileSkipped(display, reason);
        issues.Add(new DataIssue(display, null, null, null, reason));
        return null;
    }

    private void Add(List<DataIssue> issues, DataIssue issue)
    {
        logger.FileProblem(issue.File, issue.Reason);
        issues.Add(issue);
    }

    private static bool IsArticleFile(string path)
    {
        var extension = Path.GetExtension(path);
        return HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
    }

    private static string Display(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
