using System.Text.RegularExpressions;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Splits a paragraph into sentences, keeping abbreviations and decimals intact.</summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "plc", "llc", "vs", "etc", "e.g", "i.e",
        "u.s", "u.k", "u.n", "e.u", "no", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "approx", "est", "gov", "gen", "rep", "sen",
    };

    /// <summary>The sentences of <paramref name="paragraph"/>, trimmed, in order.</summary>
    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var candidate = paragraph[start..m.Index];
            if (EndsWithAbbreviation(candidate))
            {
                continue;
            }

            Add(sentences, candidate);
            start = m.Index + m.Length;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    private static bool EndsWithAbbreviation(string candidate)
    {
        var trimmed = candidate.TrimEnd();
        if (!trimmed.EndsWith('.'))
        {
            return false;
        }

        var lastSpace = trimmed.LastIndexOfAny([' ', '(', '"', '\u201C']);
        var word = trimmed[(lastSpace + 1)..^1];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    // A sentence ends at . ! ? (optionally followed by a closing quote or bracket) and whitespace before a capital,
    // digit, quote or bracket.
    // Copied text sometimes loses the space after a full stop ("a reset.Leadership"): two lower-case letters, a stop and
    // an upper-case word also end a sentence.
    [GeneratedRegex("""(?<=[.!?\u2026]["'\u201D\u2019)\]]?)\s+(?=["'\u201C\u2018(\[]?[\p{Lu}\d$€£])|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})""", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
