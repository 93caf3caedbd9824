using System.Globalization;
using System.Text.RegularExpressions;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Reads publication dates as pages and manifests write them; ambiguous numeric forms (03/04/2025) are refused.</summary>
internal static partial class ArticleDates
{
    private static readonly string[] WrittenFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy",
    ];

    /// <summary>
    /// Parses <paramref name="text"/>: ISO 8601 dates and date-times, or an English written date such as
    /// <c>March 4, 2025</c>. A date-time with an offset (<c>Z</c>, <c>+01:00</c>) counts on its date in
    /// <paramref name="zone"/> (the pack's) when one is given; otherwise the calendar date is taken as written.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date, TimeZoneInfo? zone = null) =>
        TryParseAnyYear(text, out date, zone) && IsoWeek.Covers(date);

    private static bool TryParseAnyYear(string? text, out DateOnly date, TimeZoneInfo? zone)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var iso = IsoDate().Match(trimmed);
        if (iso.Success)
        {
            if (!DateOnly.TryParseExact(iso.Groups["d"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return false;
            }

            if (zone is not null && iso.Groups["o"].Success
                && DateTimeOffset.TryParse(trimmed.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            {
                date = LocalDate.Of(moment, zone);
            }

            return true;
        }

        return DateOnly.TryParseExact(trimmed, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    // A date, optionally followed by a time and an offset: 2025-03-04, 2025-03-04T09:30:00Z, 2025-03-04 09:30+01:00.
    [GeneratedRegex(@"^(?<d>\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?<o>Z|[+-]\d{2}:?\d{2})?$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
