using System.Text.Json.Serialization;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Model;

/// <summary>The week's pack: the one model every renderer binds to.</summary>
public sealed record WeeklyPack
{
    /// <summary>Pack name, e.g. <c>weekly-ir</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The ISO week the pack covers.</summary>
    public required IsoWeek Week { get; init; }

    /// <summary>When the pack was built (from the injected clock).</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The time zone that decides which week is "last complete".</summary>
    public required string TimeZone { get; init; }

    /// <summary>Product version that built the pack.</summary>
    public required string Version { get; init; }

    /// <summary>This week's articles, newest first.</summary>
    public IReadOnlyList<Article> Articles { get; init; } = [];

    /// <summary>This week's investments, by date then investor.</summary>
    public IReadOnlyList<InvestmentFigure> Investments { get; init; } = [];

    /// <summary>This week's sentiment rows, by date then entity.</summary>
    public IReadOnlyList<SentimentFigure> Sentiment { get; init; } = [];

    /// <summary>Investments of every week read, for history and week-over-week (kept in memory for templates; manifest.json
    /// carries this week's rows, <see cref="InvestmentsByWeek"/> and <see cref="History"/> instead, so it stays small).</summary>
    [JsonIgnore]
    public IReadOnlyList<InvestmentFigure> InvestmentHistory { get; init; } = [];

    /// <summary>This week's totals per currency.</summary>
    public IReadOnlyList<InvestmentTotal> TotalsByCurrency { get; init; } = [];

    /// <summary>Prior week's totals per currency.</summary>
    public IReadOnlyList<InvestmentTotal> PriorTotalsByCurrency { get; init; } = [];

    /// <summary>This week's totals by investor, largest first.</summary>
    public IReadOnlyList<InvestmentTotal> TotalsByInvestor { get; init; } = [];

    /// <summary>This week's totals by category, largest first.</summary>
    public IReadOnlyList<InvestmentTotal> TotalsByCategory { get; init; } = [];

    /// <summary>Per-entity sentiment this week vs prior week.</summary>
    public IReadOnlyList<EntitySentimentSummary> EntitySentiment { get; init; } = [];

    /// <summary>Entities whose mean sentiment moved most since the prior week.</summary>
    public IReadOnlyList<EntitySentimentSummary> TopMovers { get; init; } = [];

    /// <summary>Entity × week means over the history window, oldest week first.</summary>
    public IReadOnlyList<SentimentWeekPoint> SentimentHistory { get; init; } = [];

    /// <summary>The weeks of the history window, oldest first.</summary>
    public IReadOnlyList<string> HistoryWeeks { get; init; } = [];

    /// <summary>Week × currency investment totals over the history window, oldest week first.</summary>
    public IReadOnlyList<InvestmentWeekTotal> InvestmentsByWeek { get; init; } = [];

    /// <summary>What was read besides this week: counts and date ranges of investments, sentiment and articles.</summary>
    public HistorySummary? History { get; init; }

    /// <summary>Articles of other weeks (and undated ones) as brief references without their text, newest first.</summary>
    public IReadOnlyList<ArticleReference> OtherArticles { get; init; } = [];

    /// <summary>The article digest, in article order.</summary>
    public IReadOnlyList<DigestEntry> Digest { get; init; } = [];

    /// <summary>Every data problem found in the inputs.</summary>
    public IReadOnlyList<DataIssue> Issues { get; init; } = [];

    /// <summary>Every input file, with its SHA-256.</summary>
    public IReadOnlyList<InputFile> Sources { get; init; } = [];

    /// <summary>The watch-list used.</summary>
    public IReadOnlyList<WatchedEntity> Entities { get; init; } = [];
}
