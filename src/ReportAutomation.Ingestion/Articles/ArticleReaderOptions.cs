namespace ReportAutomation.Ingestion.Articles;

/// <summary>Limits and choices for reading an articles folder.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Files larger than this are rejected unread (default 5 MiB).</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// Pages with an element this many levels deep (counting <c>html</c> as 1) are rejected as soon as the parser builds it
    /// (default 512, which is also the most allowed: AngleSharp stops nesting there).
    /// </summary>
    public int MaxDomDepth { get; init; } = 512;

    /// <summary>
    /// How long one HTML page may take to parse and have its main text found before it is skipped (default 15 s): a
    /// backstop against slow shapes, set far above what any page within the size cap needs, because wall-clock time
    /// varies with the machine and the same inputs must give the same pack.
    /// </summary>
    public TimeSpan MaxParseTime { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The pack's time zone: a publication date-time written with an offset counts on its date in this zone (a page
    /// stamped <c>2026-11-23T00:30:00+01:00</c> was published on Sunday 22 November in London). Null takes dates as written.
    /// </summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>
    /// When an article states no date anywhere (page, manifest), date it from its file's last-write time in
    /// <see cref="TimeZone"/>, with a warning, so a folder of freshly saved pages just works (default true). False leaves
    /// it undated: an error, and out of every week.
    /// </summary>
    public bool DateUndatedFromFileTime { get; init; } = true;

    /// <summary>Name of the optional manifest inside the folder (default <c>articles.csv</c>).</summary>
    public string ManifestFileName { get; init; } = "articles.csv";

    /// <summary>How many sentences the extractive summary keeps at most (2 or 3; default 3).</summary>
    public int SummarySentences { get; init; } = 3;
}
