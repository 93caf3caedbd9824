using System.Globalization;
using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Finds sentiment an article states outright: <c>Sentiment Score 0.35</c>, <c>Overall Sentiment: moderately positive</c>,
/// <c>Overall Sentiment Score: -0.2 (Somewhat-Bearish)</c>, <c>Ticker Sentiment META: 0.41</c>.
/// </summary>
/// <remarks>
/// Only label-like statements count: one that starts its block, line or sentence (or follows a <c>|</c>, <c>;</c> or
/// bullet) and ends there too, or continues with another separator. Prose that mentions sentiment ("kept sentiment
/// positive despite the fine") is not a statement. Scores outside [-1, 1] are not on our scale and are ignored.
/// </remarks>
internal static partial class SentimentStatementParser
{
    /// <summary>The statements in <paramref name="text"/> (one block), in order.</summary>
    public static IReadOnlyList<SentimentStatement> Find(string text)
    {
        var statements = new List<SentimentStatement>();
        foreach (Match m in TickerScore().Matches(text))
        {
            if (TryScore(m.Groups["score"].Value, out var score))
            {
                var ticker = m.Groups["ticker"].Value;
                statements.Add(new SentimentStatement(score, Label(m.Groups["label"]), ticker, Quote(text, m), ticker));
            }
        }

        foreach (Match m in OverallStatement().Matches(text))
        {
            double? score = TryScore(m.Groups["score"].Value, out var s) ? s : null;
            var label = Label(m.Groups["label"]);
            if (score is not null || label is not null)
            {
                statements.Add(new SentimentStatement(score, label, null, Quote(text, m)));
            }
        }

        return statements;
    }

    /// <summary>
    /// True when the statements found in <paramref name="text"/> are all it says: nothing but separators and bullets is
    /// left once they are taken out (a box line, not a paragraph that mentions a score).
    /// </summary>
    public static bool IsOnlyStatements(string text)
    {
        var rest = OverallStatement().Replace(TickerScore().Replace(text, " "), " ");
        return rest.Length < text.Length && !rest.Any(char.IsLetterOrDigit);
    }

    /// <summary>A label with its value still to come: <c>Sentiment Score</c>, <c>Overall Sentiment:</c>.</summary>
    public static bool IsOverallLabel(string text) => OverallLabel().IsMatch(text);

    /// <summary>The heading of a per-ticker box: <c>Ticker Sentiment</c>, <c>Ticker Sentiment Scores:</c>.</summary>
    public static bool IsTickerHeading(string text) => TickerHeading().IsMatch(text);

    /// <summary>True when <paramref name="text"/> is a value alone, a score and/or a label: <c>0.35</c>, <c>moderately positive</c>, <c>-0.2 (Bearish)</c>.</summary>
    public static bool IsValue(string text) => Value().IsMatch(text);

    /// <summary>One line of a per-ticker box, <c>META: 0.41</c> or <c>$NVDA 0.12 (Neutral)</c>, as a statement.</summary>
    public static SentimentStatement? TickerLine(string text)
    {
        var m = TickerLinePattern().Match(text);
        if (!m.Success || !TryScore(m.Groups["score"].Value, out var score))
        {
            return null;
        }

        var ticker = m.Groups["ticker"].Value;
        return new SentimentStatement(score, Label(m.Groups["label"]), ticker, "Ticker Sentiment " + ArticleText.Normalize(text), ticker);
    }

    private static bool TryScore(string text, out double score)
    {
        score = 0;
        return text.Length > 0
            && double.TryParse(text.Replace('\u2212', '-'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out score)
            && score is >= -1 and <= 1;
    }

    private static string? Label(Group group) =>
        group.Success ? NormalizeLabel(group.Value) : null;

    private static string NormalizeLabel(string label) => label.Trim().Replace('-', ' ').Replace('_', ' ').ToLowerInvariant();

    private static string Quote(string text, Match m) => ArticleText.Normalize(m.Value);

    private const string LabelPattern =
        @"(?<label>(?:(?:very|moderately|somewhat|slightly|mildly|strongly|mostly)[\s\-_])?(?:positive|negative|neutral|bullish|bearish|mixed))";

    private const string ScorePattern = @"(?<score>[+\-\u2212]?(?:\d+(?:\.\d+)?|\.\d+))";

    // A statement starts a block, a line or a sentence, or follows a separator (optionally after a bullet)...
    private const string StartPattern = @"(?:^|(?<=[\n|;\u2022\u00B7]\s*)|(?<=[.!?]\s+))(?:[\u2022\u00B7*\-\u2013]\s+)?";

    // ...and ends the text, or is followed by a separator or by the next statement.
    private const string EndPattern = @"(?=\s*(?:$|[\n|;\u2022\u00B7.,]|(?:overall|ticker|sentiment)\b))";

    // "Ticker Sentiment META: 0.41", "Ticker Sentiment: META 0.41 (Bullish)".
    [GeneratedRegex(
        StartPattern + @"ticker\s+sentiment(?:\s+score)?\s*(?:[:\-\u2013]\s*)?(?:for\s+)?\(?\$?(?<ticker>(?-i:[A-Z][A-Z0-9.]{0,9}))\)?\s*[:=\-\u2013]?\s*" + ScorePattern +
        @"(?:\s*\(?\s*" + LabelPattern + @"\s*\)?)?" + EndPattern,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TickerScore();

    // "Sentiment Score 0.35", "Overall Sentiment: moderately positive", "Overall Sentiment Score: -0.2 (Bearish)".
    [GeneratedRegex(
        StartPattern + @"(?:overall\s+)?sentiment(?:\s+(?:score|label|rating))?\s*[:=\-\u2013]?\s*" +
        @"(?:" + ScorePattern + @"(?:\s*[\(,/]?\s*" + LabelPattern + @"\s*\)?)?|" + LabelPattern + @"(?:\s*[\(,]?\s*" + ScorePattern + @"\s*\)?)?)" +
        @"(?![\p{L}\p{N}])" + EndPattern,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverallStatement();

    [GeneratedRegex(@"^(?:overall\s+)?sentiment(?:\s+(?:score|label|rating))?\s*[:\-\u2013]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverallLabel();

    [GeneratedRegex(@"^ticker\s+sentiments?(?:\s+(?:scores?|ratings?))?\s*[:\-\u2013]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TickerHeading();

    [GeneratedRegex(
        @"^(?:" + ScorePattern + @"(?:\s*[\(,/]?\s*" + LabelPattern + @"\s*\)?)?|" + LabelPattern + @"(?:\s*[\(,]?\s*" + ScorePattern + @"\s*\)?)?)\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Value();

    [GeneratedRegex(
        @"^(?:[\u2022\u00B7*\-\u2013]\s+)?\(?\$?(?<ticker>(?-i:[A-Z][A-Z0-9.]{0,9}))\)?\s*[:=\-\u2013]?\s*" + ScorePattern +
        @"(?:\s*\(?\s*" + LabelPattern + @"\s*\)?)?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TickerLinePattern();
}
