namespace ReportAutomation.Core.Model;

/// <summary>A sentiment an article states outright (a score, a label, or a per-ticker score).</summary>
/// <param name="Score">The stated score in [-1, 1], when one is given.</param>
/// <param name="Label">The stated label, e.g. <c>moderately positive</c>.</param>
/// <param name="Entity">
/// What a per-ticker statement is about: the watch-list entity whose ticker it names, else the ticker itself; null for
/// the article's overall sentiment.
/// </param>
/// <param name="Sentence">The text that states it.</param>
/// <param name="Ticker">The ticker a per-ticker statement names, as written (e.g. <c>META</c>).</param>
public sealed record SentimentStatement(double? Score, string? Label, string? Entity, string Sentence, string? Ticker = null);
