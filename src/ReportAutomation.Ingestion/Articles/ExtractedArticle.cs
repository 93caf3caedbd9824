namespace ReportAutomation.Ingestion.Articles;

/// <summary>What an extractor read from one file, before the manifest and the fact finders are applied.</summary>
internal sealed record ExtractedArticle
{
    /// <summary>Headline, when the file has one.</summary>
    public string? Title { get; init; }

    /// <summary>True when <see cref="Title"/> was made from the first sentence because the file has no headline line.</summary>
    public bool TitleDerived { get; init; }

    /// <summary>Site or publisher name, when the file names one.</summary>
    public string? Site { get; init; }

    /// <summary>Canonical absolute http(s) URL, when the file gives one.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date, when the file states one.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from (e.g. <c>json-ld</c>), for the log.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>The main text in reading order, before cleaning.</summary>
    public IReadOnlyList<RawBlock> Blocks { get; init; } = [];
}
