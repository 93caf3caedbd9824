using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of a sum of investments for one key (<c>by_investor</c>, <c>by_category</c>, <c>by_currency</c>).</summary>
/// <param name="total">The sum.</param>
/// <param name="mixedCurrencies">True when the list's sums are in more than one currency (labels then name theirs).</param>
internal sealed class InvestmentTotalView(InvestmentTotal total, bool mixedCurrencies) : ITemplateView
{
    public string Key => total.Key;

    /// <summary>The key, with the currency when the list mixes currencies: the investments chart's bar labels.</summary>
    public string Label => PackCharts.TotalLabel(total, mixedCurrencies);

    public string Currency => total.Currency;

    public decimal Amount => total.Amount;

    public int Count => total.Count;
}
