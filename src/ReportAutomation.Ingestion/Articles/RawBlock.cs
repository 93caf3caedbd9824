using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>A block of text as an extractor found it, before furniture and repeats are removed.</summary>
/// <param name="Kind">Heading or paragraph.</param>
/// <param name="Text">Whitespace-normalised text.</param>
/// <param name="IsListItem">True for list items and bullet lines, which may be a table of contents.</param>
internal sealed record RawBlock(ArticleBlockKind Kind, string Text, bool IsListItem = false);
