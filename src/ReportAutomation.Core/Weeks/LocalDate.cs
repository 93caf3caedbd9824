namespace ReportAutomation.Core.Weeks;

/// <summary>The calendar day a moment falls on in a time zone: the one rule for the pack's week and for input dates.</summary>
public static class LocalDate
{
    /// <summary>
    /// The date of <paramref name="moment"/> in <paramref name="zone"/>; in the years 1 and 9999, where converting could
    /// leave the calendar, the date as written (no pack covers those years, so readers reject such dates anyway).
    /// </summary>
    public static DateOnly Of(DateTimeOffset moment, TimeZoneInfo zone) =>
        moment.Year is > 1 and < 9999
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime)
            : DateOnly.FromDateTime(moment.DateTime);
}
