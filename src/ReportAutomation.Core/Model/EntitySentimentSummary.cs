namespace ReportAutomation.Core.Model;

/// <summary>An entity's sentiment this week against the week before.</summary>
/// <param name="Entity">Entity name.</param>
/// <param name="Mean">Mean score this week.</param>
/// <param name="Count">Scores this week.</param>
/// <param name="PriorMean">Mean score in the prior week, when it had any.</param>
/// <param name="Change">Mean minus prior mean, when both exist.</param>
public sealed record EntitySentimentSummary(string Entity, double Mean, int Count, double? PriorMean, double? Change);
