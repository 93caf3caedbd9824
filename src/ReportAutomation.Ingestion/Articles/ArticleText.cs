using System.Text;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Whitespace and comparison helpers for article text.</summary>
internal static class ArticleText
{
    /// <summary>Collapses every run of whitespace (including non-breaking and zero-width spaces) to one space and trims.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The form two blocks are compared in to spot repeats: lower case, typographic quotes and dashes made plain,
    /// whitespace collapsed, trailing ellipsis and punctuation dropped.
    /// </summary>
    public static string ComparisonKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Normalize(text))
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        var key = sb.ToString().TrimEnd();
        if (key.EndsWith('\u2026'))
        {
            key = key[..^1];
        }

        return key.TrimEnd('.', ' ', ':', ';', ',', '!', '?');
    }

    /// <summary>
    /// Counts words: runs of letters or digits, with apostrophes and hyphens inside a word, and a number's decimal point
    /// or thousands comma ("1.6", "1,250,000") kept in one word.
    /// </summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            var inNumber = c is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            inWord = isWordChar || (inWord && (c is '\'' or '\u2019' or '-' || inNumber));
        }

        return count;
    }
}
