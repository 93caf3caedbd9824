namespace ReportAutomation.Ingestion;

/// <summary>
/// Event ids of the log lines in which the readers report one data issue each, so that a host can keep those lines in its
/// log file but off a console that shows the issues another way (a table, a count per file).
/// </summary>
public static class IngestionEvents
{
    /// <summary>An article file was skipped.</summary>
    public const int ArticleSkipped = 2001;

    /// <summary>An article was read but has a problem (no date, no title...).</summary>
    public const int ArticleProblem = 2002;

    /// <summary>A row of the articles manifest has a problem.</summary>
    public const int ManifestProblem = 2003;

    /// <summary>A figure or watch-list row or file has a problem.</summary>
    public const int TableIssue = 3001;

    /// <summary>Every event id above: each such line repeats one data issue.</summary>
    public static IReadOnlySet<int> DataIssueIds { get; } = new HashSet<int> { ArticleSkipped, ArticleProblem, ManifestProblem, TableIssue };
}
