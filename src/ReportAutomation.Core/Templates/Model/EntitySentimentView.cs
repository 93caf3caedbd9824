using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of an entity's sentiment this week against the prior week.</summary>
internal sealed class EntitySentimentView(EntitySentimentSummary summary) : ITemplateView
{
    public string Entity => summary.Entity;

    public double Mean => summary.Mean;

    public int Count => summary.Count;

    public double? PriorMean => summary.PriorMean;

    public double? Change => summary.Change;
}
