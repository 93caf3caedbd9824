namespace ReportAutomation.Core.Model;

/// <summary>How often a watch-list entity is named in an article.</summary>
/// <param name="Entity">The entity's canonical name from the watch-list.</param>
/// <param name="Count">Number of mentions (name, ticker or alias).</param>
public sealed record EntityMention(string Entity, int Count);
