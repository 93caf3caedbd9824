using Microsoft.Extensions.Logging;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>The article reader's log messages.</summary>
internal static partial class ArticleLog
{
    [LoggerMessage(EventId = IngestionEvents.ArticleSkipped, Level = LogLevel.Warning, Message = "Article {File} skipped: {Reason}")]
    public static partial void FileSkipped(this ILogger logger, string file, string reason);

    [LoggerMessage(EventId = IngestionEvents.ArticleProblem, Level = LogLevel.Warning, Message = "Article {File} has a problem: {Reason}")]
    public static partial void FileProblem(this ILogger logger, string file, string reason);

    [LoggerMessage(EventId = IngestionEvents.ManifestProblem, Level = LogLevel.Warning, Message = "Manifest {File} line {Line}: {Reason}")]
    public static partial void ManifestProblem(this ILogger logger, string file, int? line, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Article {File} read: {Blocks} blocks, {Words} words, published {Published} ({DateSource})")]
    public static partial void FileRead(this ILogger logger, string file, int blocks, int words, DateOnly? published, string dateSource);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Read {Articles} articles from {Folder} with {Issues} issues")]
    public static partial void FolderRead(this ILogger logger, int articles, string folder, int issues);
}
