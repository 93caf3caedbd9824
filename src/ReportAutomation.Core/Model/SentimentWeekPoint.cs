namespace ReportAutomation.Core.Model;

/// <summary>An entity's mean sentiment in one week of the history window.</summary>
public sealed record SentimentWeekPoint(string Entity, string Week, DateOnly WeekStart, double Mean, int Count);
