using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of an ISO week: <c>label</c>, <c>year</c>, <c>number</c>, <c>start</c>, <c>end</c>.</summary>
internal sealed class WeekView(IsoWeek week) : ITemplateView
{
    public string Label => week.Label;

    public int Year => week.Year;

    public int Number => week.Week;

    public DateOnly Start => week.Start;

    public DateOnly End => week.End;

    /// <inheritdoc />
    public override string ToString() => week.Label;
}
