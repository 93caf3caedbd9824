using System.Globalization;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Ingestion.Articles;
using ReportAutomation.Ingestion.Entities;
using ReportAutomation.Ingestion.Figures;

namespace ReportAutomation.Ingestion;

/// <summary>Reads every input of a pack (watch-list, articles, figures) into one <see cref="PackInputs"/>.</summary>
public sealed class PackInputLoader(ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<PackInputLoader>();

    /// <summary>Reads the inputs; a missing folder or file is an <see cref="InputRejectedException"/>, bad rows are data issues.</summary>
    public PackInputs Load(PackInputPaths paths, PackInputOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireFolder(paths.Articles, "articles folder", "--articles");
        RequireFolder(paths.Figures, "figures folder", "--figures");
        if (!File.Exists(paths.Entities))
        {
            throw new InputRejectedException(paths.Entities, "the watch-list file does not exist (pass --entities FILE)");
        }

        progress?.Report("Reading the watch-list");
        var entities = new WatchListReader().Read(paths.Entities);

        progress?.Report("Reading articles");
        var articleProgress = progress is null ? null : new InlineProgress<int>(n => progress.Report($"Reading articles ({n} read)"));
        var articles = new ArticleFolderReader(loggers.CreateLogger<ArticleFolderReader>(), new ArticleReaderOptions { TimeZone = options.TimeZone })
            .Read(paths.Articles, entities.Items, articleProgress, cancellationToken);

        progress?.Report("Reading figures");
        var figureProgress = progress is null ? null : new InlineProgress<long>(n => progress.Report(string.Create(CultureInfo.InvariantCulture, $"Reading figures ({n:N0} rows)")));
        var figures = new FigureFolderReader(loggers.CreateLogger<FigureFolderReader>(), new FigureReaderOptions { Culture = options.Culture, TimeZone = options.TimeZone })
            .Read(paths.Figures, figureProgress, cancellationToken);

        var issues = entities.Issues.Concat(articles.Issues).Concat(figures.Issues).ToList();

        // The article reader logs its own problems as it meets them (with event ids); the table readers report theirs here.
        foreach (var issue in entities.Issues.Concat(figures.Issues))
        {
            // File, line, column and value go along as structured properties (for the JSON log), not into the text.
            using var scope = _logger.BeginScope(new Dictionary<string, object?>
            {
                ["File"] = issue.File,
                ["Line"] = issue.Line,
                ["Column"] = issue.Column,
                ["Value"] = issue.Value,
            });
            _logger.LogWarning(new EventId(IngestionEvents.TableIssue, "TableIssue"), "Data issue at {Location}: {Reason}", issue.Location, issue.Reason);
        }

        _logger.LogInformation(
            "Read {Articles} articles, {Investments} investment rows, {Sentiment} sentiment rows, {Entities} entities; {Issues} data issues",
            articles.Items.Count,
            figures.Investments.Count,
            figures.Sentiment.Count,
            entities.Items.Count,
            issues.Count);

        return new PackInputs
        {
            Articles = articles.Items,
            Investments = figures.Investments,
            Sentiment = figures.Sentiment,
            Entities = entities.Items,
            Issues = issues,
            Files = entities.Files.Concat(articles.Files).Concat(figures.Files).ToList(),
        };
    }

    private static void RequireFolder(string path, string what, string option)
    {
        if (!Directory.Exists(path))
        {
            throw new InputRejectedException(path, $"the {what} does not exist (run from the repository root, or pass {option} DIR)");
        }
    }
}
