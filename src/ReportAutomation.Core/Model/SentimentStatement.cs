namespace ReportAutomation.Core.Model;

/// <summary>A sentiment an article states outright (a score, a label, or a per-ticker score).</summary>
/// <param name="Score">The stated score in [-1, 1], when one is given.</param>
/// <param name="Label">The stated label, e.g. <c>moderately positive</c>.</param>
/// <param name="Entity">The ticker or entity the statement is about, when it names one.</param>
/// <param name="Sentence">The text that states it.</param>
public sealed record SentimentStatement(double? Score, string? Label, string? Entity, string Sentence);
