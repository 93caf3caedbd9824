using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of one investment row.</summary>
internal sealed class InvestmentView(InvestmentFigure figure) : ITemplateView
{
    public DateOnly Date => figure.Date;

    public string Investor => figure.Investor;

    public string Target => figure.Target;

    public decimal Amount => figure.Amount;

    public string Currency => figure.Currency;

    public string Category => figure.Category;

    public string? Source => figure.Source;

    public string Origin => figure.Origin.ToString();
}
