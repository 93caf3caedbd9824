using ReportAutomation.Core.Errors;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>The manifest's entries by file name, and the problems found reading it.</summary>
internal sealed record ArticleManifest(IReadOnlyDictionary<string, ManifestEntry> Entries, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>No manifest: nothing overrides the files.</summary>
    public static ArticleManifest None { get; } = new(new Dictionary<string, ManifestEntry>(), []);
}
