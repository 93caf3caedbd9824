namespace ReportAutomation.Core.Model;

/// <summary>One article read from the week's inputs, with the facts found in it.</summary>
public sealed record Article
{
    /// <summary>Stable id: the file name relative to the articles folder.</summary>
    public required string Id { get; init; }

    /// <summary>The article's file, relative to the articles folder.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Headline.</summary>
    public required string Title { get; init; }

    /// <summary>Publication or site name, when known.</summary>
    public string? Site { get; init; }

    /// <summary>Canonical URL, when known (absolute http/https only).</summary>
    public string? Url { get; init; }

    /// <summary>Publication date, when known; articles without one are reported as data issues.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Main text, page furniture removed, repeated paragraphs collapsed.</summary>
    public IReadOnlyList<ArticleBlock> Blocks { get; init; } = [];

    /// <summary>Two or three sentences taken from the text.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>Money amounts stated in the text.</summary>
    public IReadOnlyList<MoneyFact> Money { get; init; } = [];

    /// <summary>Sentiment the article states outright.</summary>
    public IReadOnlyList<SentimentStatement> StatedSentiment { get; init; } = [];

    /// <summary>Watch-list entities named in the article.</summary>
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    /// <summary>The sentiment the pack uses (stated, else computed).</summary>
    public required ArticleSentiment Sentiment { get; init; }

    /// <summary>Number of words in the main text.</summary>
    public int WordCount { get; init; }
}
