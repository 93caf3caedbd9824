using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// The <c>lexicon-v1</c> sentiment: counts positive and negative words (<see cref="SentimentLexicon"/>), flips a word
/// preceded within three words by a negator, weighs a word after an intensifier 1.5, and scores
/// <c>(pos - neg) / (pos + neg + K)</c> with K = 3, clamped to [-1, 1].
/// </summary>
internal static partial class LexiconSentiment
{
    /// <summary>The method name recorded on computed sentiment.</summary>
    public const string Method = "lexicon-v1";

    /// <summary>Damping constant: a handful of sentiment words cannot push a score to the extremes.</summary>
    public const double K = 3.0;

    private const int NegationWindow = 3;
    private const double IntensifierWeight = 1.5;

    /// <summary>Scores <paramref name="text"/>.</summary>
    public static ArticleSentiment Score(string text)
    {
        double positive = 0;
        double negative = 0;
        var words = Word().Matches(text).Select(m => m.Value.Replace('\u2019', '\'')).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var polarity = SentimentLexicon.Positive.Contains(words[i]) ? 1 : SentimentLexicon.Negative.Contains(words[i]) ? -1 : 0;
            if (polarity == 0)
            {
                continue;
            }

            var weight = i > 0 && SentimentLexicon.Intensifiers.Contains(words[i - 1]) ? IntensifierWeight : 1.0;
            for (var j = Math.Max(0, i - NegationWindow); j < i; j++)
            {
                if (SentimentLexicon.Negators.Contains(words[j]) || words[j].EndsWith("n't", StringComparison.OrdinalIgnoreCase))
                {
                    polarity = -polarity;
                    break;
                }
            }

            if (polarity > 0)
            {
                positive += weight;
            }
            else
            {
                negative += weight;
            }
        }

        var score = Math.Clamp((positive - negative) / (positive + negative + K), -1.0, 1.0);
        score = Math.Round(score, 3);
        return new ArticleSentiment(score, ArticleSentiment.LabelFor(score), IsComputed: true, Method);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'\u2019\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
