using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of one money amount stated in an article, with the sentence it came from.</summary>
internal sealed class MoneyFactView(MoneyFact fact) : ITemplateView
{
    public decimal Amount => fact.Value;

    public string? Currency => fact.Currency;

    public string Text => fact.Text;

    public string Sentence => fact.Sentence;

    /// <inheritdoc />
    public override string ToString() => fact.Text;
}
