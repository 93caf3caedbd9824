namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>Reads sentiment scores: a signed number in [-1, 1] written with the configured culture's separators.</summary>
internal static class ScoreParser
{
    /// <summary>Reads <paramref name="text"/> (already trimmed); on failure <paramref name="reason"/> says why.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, NumberFormat format, out double score, out string? reason)
    {
        score = 0;
        reason = null;
        if (text.IsEmpty)
        {
            reason = "score is empty";
            return false;
        }

        var negative = false;
        if (text[0] is '-' or '\u2212' or '+')
        {
            negative = text[0] != '+';
            text = text[1..];
        }

        var status = CultureNumber.TryRead(text, format, out var value, out var consumed);
        if (status != NumberStatus.Ok || consumed != text.Length)
        {
            reason = status == NumberStatus.Ok ? "score is not a number" : AmountParser.NumberReason(status, format);
            return false;
        }

        return TryRange((double)(negative ? -value : value), out score, out reason);
    }

    /// <summary>Checks that an already numeric score lies in [-1, 1].</summary>
    public static bool TryRange(double value, out double score, out string? reason)
    {
        score = value;
        reason = value is >= -1.0 and <= 1.0 ? null : "score must be between -1 and 1";
        return reason is null;
    }
}
