using ReportAutomation.Core.Errors;

namespace ReportAutomation.Core.Model;

/// <summary>Everything ingestion read, across all weeks: the raw material a <see cref="WeeklyPack"/> is cut from.</summary>
public sealed record PackInputs
{
    /// <summary>All articles read, whatever their week.</summary>
    public IReadOnlyList<Article> Articles { get; init; } = [];

    /// <summary>All valid investment rows, whatever their week.</summary>
    public IReadOnlyList<InvestmentFigure> Investments { get; init; } = [];

    /// <summary>All valid sentiment rows, whatever their week.</summary>
    public IReadOnlyList<SentimentFigure> Sentiment { get; init; } = [];

    /// <summary>The watch-list.</summary>
    public IReadOnlyList<WatchedEntity> Entities { get; init; } = [];

    /// <summary>Every problem found while reading.</summary>
    public IReadOnlyList<DataIssue> Issues { get; init; } = [];

    /// <summary>Every file read, with its hash.</summary>
    public IReadOnlyList<InputFile> Files { get; init; } = [];
}
