using System.Globalization;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Packs;

/// <summary>
/// Sums of investment amounts. Only rows within <see cref="InvestmentFigure.MaxAmount"/> are summed, so a total can never
/// overflow <see cref="decimal"/> however many rows there are; a larger row stays in the pack's rows and is reported.
/// </summary>
internal static class InvestmentTotals
{
    /// <summary>Whether the row's amount is within the cap and so takes part in totals.</summary>
    public static bool IsSummable(InvestmentFigure row) => Math.Abs(row.Amount) <= InvestmentFigure.MaxAmount;

    /// <summary>Totals per key and currency, largest first, then by key and currency.</summary>
    public static List<InvestmentTotal> By(IEnumerable<InvestmentFigure> rows, Func<InvestmentFigure, string> key) =>
        Sum(rows, key)
            .Select(s => new InvestmentTotal(s.Key.Key, s.Key.Currency, s.Value.Amount, s.Value.Count))
            .OrderByDescending(t => t.Amount)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();

    /// <summary>Totals per week and currency for the rows dated in <paramref name="weeks"/>, oldest week first, then by currency.</summary>
    public static List<InvestmentWeekTotal> ByWeek(IEnumerable<InvestmentFigure> rows, IReadOnlyList<IsoWeek> weeks)
    {
        var first = weeks[0].Start;
        var last = weeks[^1].End;
        // The window's weeks are consecutive, so a row's week is its day offset from the first Monday divided by seven.
        return Sum(rows.Where(r => r.Date >= first && r.Date <= last), r => weeks[(r.Date.DayNumber - first.DayNumber) / 7])
            .OrderBy(s => s.Key.Key)
            .ThenBy(s => s.Key.Currency, StringComparer.Ordinal)
            .Select(s => new InvestmentWeekTotal(s.Key.Key.Label, s.Key.Key.Start, s.Key.Currency, s.Value.Amount, s.Value.Count))
            .ToList();
    }

    /// <summary>One data issue per row over the cap, in row order.</summary>
    public static IEnumerable<DataIssue> OverCap(IEnumerable<InvestmentFigure> rows) =>
        rows.Where(r => !IsSummable(r))
            .Select(r => new DataIssue(
                r.Origin.File,
                r.Origin.Line,
                "amount",
                r.Amount.ToString(CultureInfo.InvariantCulture),
                InvestmentFigure.OverMaxReason + "; the row is kept but left out of every total"));

    private static Dictionary<(TKey Key, string Currency), (decimal Amount, int Count)> Sum<TKey>(
        IEnumerable<InvestmentFigure> rows, Func<InvestmentFigure, TKey> key)
        where TKey : notnull
    {
        var sums = new Dictionary<(TKey Key, string Currency), (decimal Amount, int Count)>();
        foreach (var row in rows)
        {
            if (!IsSummable(row))
            {
                continue;
            }

            var k = (key(row), row.Currency);
            var (amount, count) = sums.GetValueOrDefault(k);
            sums[k] = (amount + row.Amount, count + 1);
        }

        return sums;
    }
}
