namespace ReportAutomation.Ingestion.Articles;

/// <summary>Limits and choices for reading an articles folder.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Files larger than this are rejected unread (default 5 MiB).</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Pages whose tags nest deeper than this are rejected before they are parsed (default 512).</summary>
    public int MaxDomDepth { get; init; } = 512;

    /// <summary>Name of the optional manifest inside the folder (default <c>articles.csv</c>).</summary>
    public string ManifestFileName { get; init; } = "articles.csv";

    /// <summary>How many sentences the extractive summary keeps at most (2 or 3; default 3).</summary>
    public int SummarySentences { get; init; } = 3;
}
