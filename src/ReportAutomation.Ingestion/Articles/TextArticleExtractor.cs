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

    /// <summary>Splits <paramref name="text"/> into blocks and finds its headline.</summary>
    public static ExtractedArticle Extract(string text)
    {
        var lines = TextParagraphs.Split(text).SelectMany(SplitGluedHeading).ToList();

        var (title, bodyStart) = FindTitle(lines);
        var blocks = lines.Skip(bodyStart).Select(ToBlock).ToList();
        return new ExtractedArticle { Title = title, Blocks = blocks };
    }

    private static (string? Title, int BodyStart) FindTitle(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (FurnitureText.IsFurniture(line))
            {
                continue;
            }

            if (!IsHeadingLike(line))
            {
                // No headline above the text: the first sentence stands in, and the paragraph stays in the body.
                return (TitleFromSentence(line), i);
            }

            var words = ArticleText.CountWords(line);
            if (words >= TitleMinWords && !line.EndsWith(':'))
            {
                return (line, i + 1);
            }

            if (words > MastheadMaxWords)
            {
                return (null, i);
            }
        }

        return (null, lines.Count);
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
