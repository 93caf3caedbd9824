using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Reads a plain-text article: one block per paragraph (wrapped lines joined, see <see cref="TextParagraphs"/>), headline
/// from the first lines.
/// </summary>
internal static partial class TextArticleExtractor
{
    private const int HeadingMaxWords = 12;
    private const int HeadingMaxChars = 120;
    private const int TitleMinWords = 3;
    private const int MastheadMaxWords = 3;
    private const int TitleFromTextMaxWords = 14;
    private const int LeadInQuestionMaxWords = 10;

    /// <summary>Splits <paramref name="text"/> into blocks and finds its headline.</summary>
    public static ExtractedArticle Extract(string text)
    {
        var lines = TextParagraphs.Split(text).SelectMany(SplitGluedHeading).ToList();

        var (title, derived, bodyStart) = FindTitle(lines);
        var blocks = lines.Skip(bodyStart).Select(ToBlock).ToList();
        return new ExtractedArticle { Title = title, TitleDerived = derived, Blocks = blocks };
    }

    // The headline: a headline-like first line (after furniture, a masthead or a lead-in label or question); when the
    // first line of text is a paragraph, its first sentence stands in (derived) and the paragraph stays in the body.
    private static (string? Title, bool Derived, int BodyStart) FindTitle(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (FurnitureText.IsFurniture(line) || (IsLeadInQuestion(line) && i + 1 < lines.Count))
            {
                continue;
            }

            if (!IsHeadingLike(line))
            {
                return (TitleFromSentence(line), true, i);
            }

            var words = ArticleText.CountWords(line);
            if (words >= TitleMinWords && !line.EndsWith(':'))
            {
                return (line, false, i + 1);
            }

            if (words > MastheadMaxWords)
            {
                return (null, false, i);
            }
        }

        return (null, false, lines.Count);
    }

    /// <summary>
    /// A question a Q&amp;A-style note opens with, about the text rather than its subject ("What is the story about?",
    /// "Why does it matter?"): short, and naming nothing (no capitalised word after the first, no digits).
    /// </summary>
    internal static bool IsLeadInQuestion(string line)
    {
        if (!line.EndsWith('?') || ArticleText.CountWords(line) > LeadInQuestionMaxWords || line.Any(char.IsDigit))
        {
            return false;
        }

        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).All(w => !char.IsUpper(w[0]));
    }

    // Copying a page often glues the next heading to a paragraph's last word: "...a broader reset.Leadership Push".
    private static IEnumerable<string> SplitGluedHeading(string line)
    {
        var glue = GluedHeading().Match(line);
        if (glue.Success && IsHeadingLike(glue.Groups["heading"].Value) && !IsHeadingLike(line[..glue.Index]))
        {
            return [line[..glue.Index], glue.Groups["heading"].Value];
        }

        return [line];
    }

    private static RawBlock ToBlock(string line)
    {
        var isListItem = TextParagraphs.IsListItem(line);
        var kind = !isListItem && IsHeadingLike(line) ? ArticleBlockKind.Heading : ArticleBlockKind.Paragraph;
        return new RawBlock(kind, line, isListItem);
    }

    /// <summary>A short line without closing punctuation reads as a heading (a trailing colon makes a label).</summary>
    internal static bool IsHeadingLike(string line)
    {
        if (TextParagraphs.IsListItem(line) || line.Length > HeadingMaxChars || ArticleText.CountWords(line) > HeadingMaxWords
            || SentimentStatementParser.Find(line).Count > 0)
        {
            return false;
        }

        var last = line[^1];
        return last is not ('.' or '!' or '?' or '\u2026' or '"' or '\u201D' or ',' or ';');
    }

    private static string TitleFromSentence(string line)
    {
        var first = SentenceSplitter.Split(line)[0];
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= TitleFromTextMaxWords)
        {
            return first.TrimEnd('.');
        }

        return string.Join(' ', words.Take(TitleFromTextMaxWords)).TrimEnd(',', ';', ':') + "\u2026";
    }

    [GeneratedRegex(@"(?<=\p{Ll}{2}[.!?])(?<heading>\p{Lu}[^.!?]{2,80})$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedHeading();
}
