namespace ReportAutomation.Core.Model;

/// <summary>One line of the article digest: what a reader needs to decide whether to open the source.</summary>
public sealed record DigestEntry(
    string ArticleId,
    string Title,
    string? Site,
    DateOnly? Published,
    string? Url,
    string Summary,
    double Sentiment,
    string SentimentLabel,
    bool SentimentComputed,
    string KeyFigures,
    IReadOnlyList<string> Entities);
