namespace ReportAutomation.Core.Model;

/// <summary>One block of an article's main text.</summary>
/// <param name="Kind">Heading or paragraph.</param>
/// <param name="Text">Whitespace-normalised text.</param>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Text);

/// <summary>What an <see cref="ArticleBlock"/> is.</summary>
public enum ArticleBlockKind
{
    /// <summary>A body paragraph (or list item).</summary>
    Paragraph,

    /// <summary>A section heading.</summary>
    Heading,
}
