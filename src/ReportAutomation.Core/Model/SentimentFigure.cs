namespace ReportAutomation.Core.Model;

/// <summary>One sentiment score row from the structured figures.</summary>
public sealed record SentimentFigure(
    DateOnly Date,
    string Entity,
    string? Source,
    double Score,
    string? Label,
    SourceLocation Origin);
