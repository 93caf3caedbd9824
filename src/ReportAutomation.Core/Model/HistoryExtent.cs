namespace ReportAutomation.Core.Model;

/// <summary>How one kind of input (investments, sentiment or articles) spreads over time around the pack's week.</summary>
/// <param name="Total">Everything read of this kind, whatever its date.</param>
/// <param name="ThisWeek">Items dated in the pack's week.</param>
/// <param name="InWindow">Items dated in the history window (the pack's week included).</param>
/// <param name="BeforeWindow">Items dated before the history window.</param>
/// <param name="AfterWeek">Items dated after the pack's week (when an earlier week is built).</param>
/// <param name="Undated">Items without a date (articles only; figure rows always have one).</param>
/// <param name="Earliest">The earliest date of any item, when there is one.</param>
/// <param name="Latest">The latest date of any item, when there is one.</param>
public sealed record HistoryExtent(
    int Total,
    int ThisWeek,
    int InWindow,
    int BeforeWindow,
    int AfterWeek,
    int Undated,
    DateOnly? Earliest,
    DateOnly? Latest);
