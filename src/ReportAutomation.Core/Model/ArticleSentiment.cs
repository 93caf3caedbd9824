namespace ReportAutomation.Core.Model;

/// <summary>The sentiment the pack uses for an article: stated by the article, or computed from its text.</summary>
/// <param name="Score">Score in [-1, 1].</param>
/// <param name="Label">negative / moderately negative / neutral / moderately positive / positive.</param>
/// <param name="IsComputed">True when the article stated none and the lexicon method produced it.</param>
/// <param name="Method">How it was obtained (<c>stated</c> or the lexicon's name and version).</param>
public sealed record ArticleSentiment(double Score, string Label, bool IsComputed, string Method)
{
    /// <summary>Maps a score to the label used throughout the pack.</summary>
    public static string LabelFor(double score) => score switch
    {
        <= -0.5 => "negative",
        < -0.1 => "moderately negative",
        <= 0.1 => "neutral",
        < 0.5 => "moderately positive",
        _ => "positive",
    };
}
