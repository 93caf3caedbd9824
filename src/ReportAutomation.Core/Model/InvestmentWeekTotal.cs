namespace ReportAutomation.Core.Model;

/// <summary>The sum of one week's investments in one currency, for week-over-week figures.</summary>
/// <param name="Week">The ISO week label, e.g. <c>2026-W47</c>.</param>
/// <param name="WeekStart">The Monday that starts the week.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Amount">Sum of the week's amounts in <paramref name="Currency"/>.</param>
/// <param name="Count">Number of rows summed.</param>
public sealed record InvestmentWeekTotal(string Week, DateOnly WeekStart, string Currency, decimal Amount, int Count);
