using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of a sum of investments for one key (<c>by_investor</c>, <c>by_category</c>).</summary>
internal sealed class InvestmentTotalView(InvestmentTotal total) : ITemplateView
{
    public string Key => total.Key;

    public string Currency => total.Currency;

    public decimal Amount => total.Amount;

    public int Count => total.Count;
}
