using System.Text;
using System.Text.RegularExpressions;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Rebuilds the paragraphs of a plain-text article. A hard-wrapped file (blank lines between paragraphs, lines of at most
/// <see cref="MaxWrapWidth"/> characters) has the wrapped lines of each paragraph joined with a space; any other file
/// (text copied from a web page: one paragraph per line) keeps one block per line.
/// </summary>
internal static partial class TextParagraphs
{
    /// <summary>Longest line a hard-wrapped file may have; web copies put whole paragraphs of hundreds of characters on a line.</summary>
    internal const int MaxWrapWidth = 100;

    // Share of non-blank lines that must fit MaxWrapWidth: one long URL or unwrapped headline does not undo the wrapping.
    private const double WrappedLineShare = 0.9;

    /// <summary>The non-blank, whitespace-normalised blocks of <paramref name="text"/> (any line endings).</summary>
    public static List<string> Split(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(ArticleText.Normalize).ToList();
        return WrapWidth(lines) is { } width ? Join(lines, width) : lines.Where(l => l.Length > 0).ToList();
    }

    /// <summary>The file's wrap width (its longest line that fits <see cref="MaxWrapWidth"/>), or null when it is not hard-wrapped.</summary>
    internal static int? WrapWidth(IReadOnlyList<string> lines)
    {
        if (!HasBlankLineBetweenText(lines))
        {
            return null;
        }

        var text = lines.Where(l => l.Length > 0).ToList();
        var fitting = text.Where(l => l.Length <= MaxWrapWidth).ToList();
        return fitting.Count >= text.Count * WrappedLineShare ? fitting.Max(l => l.Length) : null;
    }

    /// <summary>True for a bulleted (•, -, *...) or numbered ("1.", "2)") list item.</summary>
    public static bool IsListItem(string line) => FurnitureText.HasBullet(line) || NumberedItem().IsMatch(line);

    private static bool HasBlankLineBetweenText(IReadOnlyList<string> lines)
    {
        var seenText = false;
        var blankAfterText = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blankAfterText = seenText;
            }
            else if (blankAfterText)
            {
                return true;
            }
            else
            {
                seenText = true;
            }
        }

        return false;
    }

    private static List<string> Join(List<string> lines, int width)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        string? previous = null;
        var previousIsHeadline = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                previous = null;
                continue;
            }

            var next = i + 1 < lines.Count ? lines[i + 1] : string.Empty;
            if (previous is not null && !previousIsHeadline && Continues(previous, line, next, width))
            {
                current.Append(' ').Append(line);
            }
            else
            {
                Flush(current, blocks);
                current.Append(line);
            }

            // The file's first line, when it reads as a headline, never takes the next line in.
            previousIsHeadline = blocks.Count == 0 && current.Length == line.Length && TextArticleExtractor.IsHeadingLike(line);
            previous = line;
        }

        Flush(current, blocks);
        return blocks;
    }

    /// <summary>True when <paramref name="line"/> is a wrapped continuation of <paramref name="previous"/> in the same run of lines.</summary>
    private static bool Continues(string previous, string line, string next, int width)
    {
        if (IsListItem(line))
        {
            return false;
        }

        var previousEndsSentence = SentenceEnd().IsMatch(previous);
        if (char.IsLower(line[0]) && !previousEndsSentence)
        {
            return true;
        }

        if (!Fills(previous, line, width))
        {
            return false;
        }

        // A short heading-like line after a finished sentence opens a section: it stands alone even after a full line.
        return !(previousEndsSentence && TextArticleExtractor.IsHeadingLike(line) && !Fills(line, next, width));
    }

    // The wrapper broke the line because the next word would not fit: that is what "the line is full" means.
    private static bool Fills(string line, string next, int width) =>
        next.Length > 0 && line.Length + 1 + FirstWordLength(next) > width;

    private static int FirstWordLength(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? line.Length : space;
    }

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        if (current.Length > 0)
        {
            blocks.Add(current.ToString());
            current.Clear();
        }
    }

    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex NumberedItem();

    [GeneratedRegex("""[.!?\u2026]["'\u201D\u2019)\]]?$""")]
    private static partial Regex SentenceEnd();
}
