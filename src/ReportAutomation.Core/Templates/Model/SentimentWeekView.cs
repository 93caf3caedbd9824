namespace ReportAutomation.Core.Templates.Model;

/// <summary>One history week's sentiment across all entities.</summary>
internal sealed class SentimentWeekView(string week, DateOnly weekStart, double? mean, int count) : ITemplateView
{
    public string Week => week;

    public DateOnly WeekStart => weekStart;

    public double? Mean => mean;

    public int Count => count;
}
