using System.Globalization;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>
/// Reads ISO dates (<c>2026-03-04</c>) and ISO date-times (<c>2026-03-04T10:30:00Z</c>); nothing else, so
/// <c>03/04/2026</c> is never guessed. A date-time with an offset is moved into the pack's time zone before its date is
/// taken (<c>2026-11-23T00:30+01:00</c> is Sunday 22 November in London); one without an offset is taken as written.
/// </summary>
internal static class IsoDateParser
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss'Z'",
    ];

    /// <summary>The reason given for any text that is not an ISO date.</summary>
    public const string Reason = "date must be an ISO date (yyyy-MM-dd) or an ISO date-time";

    /// <summary>Reads <paramref name="text"/> (already trimmed) as a date; an offset is moved into <paramref name="zone"/> when one is given.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, TimeZoneInfo? zone = null)
    {
        date = default;
        if (text.Length < 10 || !TryDatePart(text[..10], out date))
        {
            return false;
        }

        if (text.Length == 10)
        {
            return true;
        }

        if (text[10] is not ('T' or ' '))
        {
            return false;
        }

        // The time must be well formed too. Without an offset it is local time already: the date is taken as written.
        if (!DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return false;
        }

        if (zone is not null && HasOffset(text[10..]))
        {
            date = LocalDate.Of(moment, zone);
        }

        return true;
    }

    private static bool HasOffset(ReadOnlySpan<char> time) =>
        time[^1] is 'Z' or 'z' || time[1..].IndexOfAny('+', '-') >= 0;

    /// <summary>
    /// Reads a plain <c>yyyy-MM-dd</c> straight from UTF-8 bytes, without decoding them; false for anything else (a
    /// date-time, spaces, a bad date), which <see cref="TryParse"/> then reads or reports.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10)
        {
            return false;
        }

        // Widening is exact for ASCII; any other byte becomes a character that is not a digit or '-', and fails.
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < 10; i++)
        {
            chars[i] = (char)utf8[i];
        }

        return TryDatePart(chars, out date);
    }

    private static bool TryDatePart(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
