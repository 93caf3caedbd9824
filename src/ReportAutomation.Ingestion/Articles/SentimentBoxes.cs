using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Takes the sentiment boxes sites print under an article out of its blocks, as statements: a line that is nothing but
/// statements (<c>Sentiment Score 0.35 | Overall Sentiment: moderately positive</c>), a label followed by its value in
/// the next block (<c>Sentiment Score</c> then <c>0.35</c>), and a <c>Ticker Sentiment</c> heading followed by
/// <c>META: 0.41</c> lines. A promotional tagline right above a box ("… for institutional investors.") goes with it.
/// </summary>
/// <remarks>Runs on the raw blocks, before cleaning, so a value that reads like a heading ("0.35") is not lost first.</remarks>
internal static partial class SentimentBoxes
{
    private const int TaglineMaxWords = 20;

    /// <summary>The blocks without their sentiment boxes, and the statements the boxes make, in reading order.</summary>
    public static (List<RawBlock> Text, List<SentimentStatement> Statements) Take(IReadOnlyList<RawBlock> blocks)
    {
        var rest = new List<RawBlock>(blocks.Count);
        var statements = new List<SentimentStatement>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = Text(blocks[i]);
            var taken = TakeBox(blocks, i, text, statements);
            if (taken == 0)
            {
                rest.Add(blocks[i]);
                continue;
            }

            if (rest.Count > 0 && IsTagline(Text(rest[^1])))
            {
                rest.RemoveAt(rest.Count - 1);
            }

            i += taken - 1;
        }

        return (rest, statements);
    }

    // How many blocks from i make a sentiment box (0: none), their statements added to statements.
    private static int TakeBox(IReadOnlyList<RawBlock> blocks, int i, string text, List<SentimentStatement> statements)
    {
        if (SentimentStatementParser.IsTickerHeading(text))
        {
            var lines = 0;
            while (i + 1 + lines < blocks.Count && SentimentStatementParser.TickerLine(Text(blocks[i + 1 + lines])) is { } line)
            {
                statements.Add(line);
                lines++;
            }

            return lines == 0 ? 0 : lines + 1;
        }

        if (SentimentStatementParser.IsOverallLabel(text) && i + 1 < blocks.Count && Text(blocks[i + 1]) is var value
            && SentimentStatementParser.IsValue(value))
        {
            statements.AddRange(SentimentStatementParser.Find(text.TrimEnd(':', '-', '\u2013', ' ') + ": " + value));
            return 2;
        }

        if (SentimentStatementParser.IsOnlyStatements(text))
        {
            statements.AddRange(SentimentStatementParser.Find(text));
            return 1;
        }

        return 0;
    }

    private static string Text(RawBlock block) => FurnitureText.StripBullet(block.Text).Trim();

    /// <summary>A site's one-line promotion or sign-off: "Marketline: independent research for institutional investors."</summary>
    internal static bool IsTagline(string text) =>
        ArticleText.CountWords(text) <= TaglineMaxWords && SentenceSplitter.Split(text).Count == 1 && Tagline().IsMatch(text);

    [GeneratedRegex(
        @"\b(?:(?:for|to) (?:(?:institutional|retail|professional|individual|serious|active|smart|savvy|long-term|everyday)\s+)?" +
        @"(?:investors|traders|advisers|advisors|professionals|allocators|decision[- ]makers)\W*$|" +
        @"(?:independent|trusted|smarter|unbiased|expert)\b[^.]{0,40}\b(?:research|analysis|insights?|intelligence|coverage|news)\b|" +
        @"powered by\b|brought to you by\b|thanks? (?:you )?for reading\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tagline();
}
