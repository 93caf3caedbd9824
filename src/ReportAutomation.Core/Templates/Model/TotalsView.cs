using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of the week's headline totals, derived from the pack's per-currency totals.</summary>
internal sealed class TotalsView : ITemplateView
{
    /// <summary>The currency used when the week has no investments.</summary>
    public const string DefaultCurrency = "USD";

    private readonly WeeklyPack _pack;

    public TotalsView(WeeklyPack pack)
    {
        _pack = pack;
        Currency = MainCurrency(pack.TotalsByCurrency);
        Investments = pack.TotalsByCurrency.Where(t => t.Currency == Currency).Sum(t => t.Amount);
        PriorInvestments = pack.PriorTotalsByCurrency.Where(t => t.Currency == Currency).Sum(t => t.Amount);
    }

    /// <summary>The most common currency among this week's investments (by rows, then amount, then code); USD when none.</summary>
    public string Currency { get; }

    public decimal Investments { get; }

    public decimal PriorInvestments { get; }

    /// <summary>This week over prior week minus one; nil when the prior week had nothing in this currency.</summary>
    public decimal? InvestmentsChange => Change(Investments, PriorInvestments);

    public int Deals => _pack.Investments.Count;

    public int Articles => _pack.Articles.Count;

    public int Issues => _pack.Issues.Count;

    public int Entities => _pack.Entities.Count;

    private static decimal? Change(decimal now, decimal before)
    {
        if (before <= 0)
        {
            return null;
        }

        // Against a prior week of a few cents the ratio is no percentage anyone reads, and it can exceed a decimal.
        return now / 1_000_000m > before ? null : (now / before) - 1;
    }

    private static string MainCurrency(IReadOnlyList<InvestmentTotal> totals) =>
        totals
            .GroupBy(t => t.Currency, StringComparer.Ordinal)
            .Select(g => (Currency: g.Key, Count: g.Sum(t => t.Count), Amount: g.Sum(t => t.Amount)))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.Amount)
            .ThenBy(g => g.Currency, StringComparer.Ordinal)
            .Select(g => g.Currency)
            .FirstOrDefault() ?? DefaultCurrency;
}
