using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Chooses an article's sentiment: the overall score or label it states, else the lexicon's.</summary>
internal static class StatedSentiment
{
    /// <summary>The method name recorded on sentiment an article states.</summary>
    public const string Method = "stated";

    /// <summary>
    /// The first stated overall score (labelled by the statement's label, else <see cref="ArticleSentiment.LabelFor"/>);
    /// failing that, a stated overall label with the middle score of its band; failing that, null.
    /// </summary>
    public static ArticleSentiment? From(IReadOnlyList<SentimentStatement> statements)
    {
        var overall = statements.Where(s => s.Entity is null).ToList();
        var label = overall.Select(s => PackLabel(s.Label)).FirstOrDefault(l => l is not null);
        if (overall.FirstOrDefault(s => s.Score is not null) is { Score: { } score })
        {
            return new ArticleSentiment(score, label ?? ArticleSentiment.LabelFor(score), IsComputed: false, Method);
        }

        return label is null ? null : new ArticleSentiment(MiddleOf(label), label, IsComputed: false, Method);
    }

    /// <summary>Maps a stated label (bullish, somewhat bearish, very positive...) onto the pack's five labels.</summary>
    internal static string? PackLabel(string? stated)
    {
        if (stated is null)
        {
            return null;
        }

        var words = stated.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var polarity = words[^1] switch
        {
            "positive" or "bullish" => "positive",
            "negative" or "bearish" => "negative",
            "neutral" or "mixed" => "neutral",
            _ => null,
        };
        if (polarity is null or "neutral")
        {
            return polarity;
        }

        var softened = words.Length > 1 && words[0] is "moderately" or "somewhat" or "slightly" or "mildly" or "mostly";
        return softened ? "moderately " + polarity : polarity;
    }

    private static double MiddleOf(string label) => label switch
    {
        "positive" => 0.75,
        "moderately positive" => 0.3,
        "moderately negative" => -0.3,
        "negative" => -0.75,
        _ => 0.0,
    };
}
