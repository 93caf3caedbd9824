namespace ReportAutomation.Core.Model;

/// <summary>What was read besides the pack's week: the history window's dates and, per kind of input, counts and date range.</summary>
/// <param name="WindowStart">The Monday that starts the history window.</param>
/// <param name="WindowEnd">The Sunday that ends the history window (the end of the pack's week).</param>
/// <param name="Investments">Investment rows by position in time.</param>
/// <param name="Sentiment">Sentiment rows by position in time.</param>
/// <param name="Articles">Articles by position in time.</param>
public sealed record HistorySummary(
    DateOnly WindowStart,
    DateOnly WindowEnd,
    HistoryExtent Investments,
    HistoryExtent Sentiment,
    HistoryExtent Articles);
