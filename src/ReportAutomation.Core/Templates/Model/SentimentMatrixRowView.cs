namespace ReportAutomation.Core.Templates.Model;

/// <summary>One entity's row of the sentiment matrix: a mean (or nil) per history week, and its latest move.</summary>
internal sealed class SentimentMatrixRowView(string entity, IReadOnlyList<double?> weeks, double? latest, double? prior) : ITemplateView
{
    public string Entity => entity;

    /// <summary>Mean per history week, oldest first (same order as <c>history_weeks</c>); nil when none.</summary>
    public TemplateList<double?> Weeks { get; } = TemplateLists.Of(weeks);

    public double? Latest => latest;

    public double? Prior => prior;

    public double? Change => latest is { } l && prior is { } p ? Math.Round(l - p, 4) : null;
}
