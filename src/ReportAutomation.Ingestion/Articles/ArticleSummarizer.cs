using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Picks two or three sentences of an article's paragraphs (never a heading) as its summary, scoring each by
/// position (earlier paragraphs first), density of the article's own keywords, and watch-list entities and money it
/// names; the chosen sentences keep their original order.
/// </summary>
internal static partial class ArticleSummarizer
{
    private const int MinWords = 6;
    private const int MaxWords = 60;
    private const int KeywordCount = 12;
    private const double PositionWeight = 1.0;
    private const double KeywordWeight = 2.0;
    private const double EntityWeight = 0.3;
    private const double MoneyWeight = 0.3;
    private const double QuestionPenalty = 0.5;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "above", "after", "again", "also", "among", "been", "before", "being", "between", "both", "but", "could",
        "does", "doing", "down", "during", "each", "even", "from", "further", "have", "having", "here", "into", "itself",
        "just", "like", "more", "most", "much", "only", "other", "over", "same", "should", "some", "such", "than", "that",
        "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "very", "were",
        "what", "when", "where", "which", "while", "will", "with", "would", "your", "said", "says", "company", "year",
    };

    /// <summary>The summary of <paramref name="blocks"/>: up to <paramref name="sentences"/> (2 or 3) sentences joined by spaces.</summary>
    public static string Summarize(string title, IReadOnlyList<ArticleBlock> blocks, EntityCounter entities, int sentences)
    {
        var wanted = Math.Clamp(sentences, 2, 3);
        var candidates = Candidates(blocks);
        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var keywords = Keywords(title, blocks);
        var chosen = candidates
            .Select(c => (c.Order, c.Text, Score: Score(c, keywords, entities)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Order)
            .Take(wanted)
            .OrderBy(c => c.Order)
            .Select(c => c.Text);
        return string.Join(' ', chosen);
    }

    private static List<(int Order, int Paragraph, int InParagraph, string Text)> Candidates(IReadOnlyList<ArticleBlock> blocks)
    {
        var candidates = new List<(int, int, int, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paragraph = 0;
        foreach (var block in blocks.Where(b => b.Kind == ArticleBlockKind.Paragraph))
        {
            var sentences = SentenceSplitter.Split(block.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var words = ArticleText.CountWords(sentence);
                var usable = words is >= MinWords and <= MaxWords
                    && !sentence.EndsWith(':')
                    && !FurnitureText.IsFurniture(sentence)
                    && !FurnitureText.IsBylineOrDateline(sentence)
                    && SentimentStatementParser.Find(sentence).Count == 0
                    && seen.Add(ArticleText.ComparisonKey(sentence));
                if (usable)
                {
                    candidates.Add((candidates.Count, paragraph, i, sentence));
                }
            }

            paragraph++;
        }

        return candidates;
    }

    private static double Score((int Order, int Paragraph, int InParagraph, string Text) c, HashSet<string> keywords, EntityCounter entities)
    {
        var words = Word().Matches(c.Text).Select(m => m.Value).ToList();
        var keywordDensity = words.Count(keywords.Contains) / (double)Math.Max(1, words.Count);
        var position = (1.0 / (1 + (0.5 * c.Paragraph))) + (c.InParagraph == 0 ? 0.2 : 0);
        var entityMentions = Math.Min(2, entities.Count([c.Text]).Sum(e => e.Count));
        var hasMoney = MoneyParser.Find(c.Text).Count > 0 ? 1 : 0;
        var score = (PositionWeight * position) + (KeywordWeight * keywordDensity) + (EntityWeight * entityMentions) + (MoneyWeight * hasMoney);
        return c.Text.EndsWith('?') ? score * QuestionPenalty : score;
    }

    // The article's most frequent content words, plus those of its title.
    private static HashSet<string> Keywords(string title, IReadOnlyList<ArticleBlock> blocks)
    {
        var frequent = blocks.SelectMany(b => Word().Matches(b.Text).Select(m => m.Value.ToLowerInvariant()))
            .Where(w => w.Length >= 4 && !StopWords.Contains(w))
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(KeywordCount)
            .Select(g => g.Key);
        var fromTitle = Word().Matches(title).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 4 && !StopWords.Contains(w));
        return frequent.Concat(fromTitle).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}'\u2019\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
