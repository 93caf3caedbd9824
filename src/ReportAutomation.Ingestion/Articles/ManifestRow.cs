using CsvHelper;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>One row of <c>articles.csv</c> as written: every value a string, checked by <see cref="ManifestReader"/>.</summary>
[CsvRecord]
internal sealed partial class ManifestRow
{
    /// <summary>The article's file name inside the folder (required).</summary>
    [CsvColumn("file")]
    public string File { get; set; } = string.Empty;

    /// <summary>Canonical URL.</summary>
    [CsvColumn("url", Optional = true)]
    public string? Url { get; set; }

    /// <summary>Publication or site name.</summary>
    [CsvColumn("source", Optional = true)]
    public string? Source { get; set; }

    /// <summary>Publication date (ISO 8601).</summary>
    [CsvColumn("published", Optional = true)]
    public string? Published { get; set; }

    /// <summary>Headline.</summary>
    [CsvColumn("title", Optional = true)]
    public string? Title { get; set; }
}
