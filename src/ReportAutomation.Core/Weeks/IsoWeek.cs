using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportAutomation.Core.Weeks;

/// <summary>An ISO-8601 week (Monday to Sunday), written as <c>2026-W47</c>.</summary>
public readonly partial record struct IsoWeek : IComparable<IsoWeek>
{
    /// <summary>The first ISO year a pack, an input date or <c>--week</c> may fall in.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last ISO year a pack, an input date or <c>--week</c> may fall in (its next week must exist too).</summary>
    public const int LastYear = 9998;

    /// <summary>Creates the week; throws when <paramref name="week"/> does not exist in <paramref name="year"/>.</summary>
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"{year}-W{week:00} is not an ISO week.");
        }

        Year = year;
        Week = week;
    }

    /// <summary>The ISO week-numbering year.</summary>
    public int Year { get; }

    /// <summary>The week number, 1 to 52 or 53.</summary>
    public int Week { get; }

    /// <summary>The Monday that starts the week.</summary>
    public DateOnly Start => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The Sunday that ends the week.</summary>
    public DateOnly End => Start.AddDays(6);

    /// <summary>The label used in file names and documents, e.g. <c>2026-W47</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");

    /// <summary>The week before this one.</summary>
    public IsoWeek Previous => Containing(Start.AddDays(-7));

    /// <summary>The week after this one.</summary>
    public IsoWeek Next => Containing(Start.AddDays(7));

    /// <summary>Whether <paramref name="date"/> falls in this week.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>
    /// Whether <paramref name="date"/> lies in an ISO year from <see cref="FirstYear"/> to <see cref="LastYear"/>: the dates
    /// the readers accept, so that every accepted date has a week, a previous week and a next week.
    /// </summary>
    public static bool Covers(DateOnly date) =>
        ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)) is >= FirstYear and <= LastYear;

    /// <summary>The ISO week that contains <paramref name="date"/>.</summary>
    public static IsoWeek Containing(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>The last week that has fully ended at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static IsoWeek LastComplete(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = LocalDate.Of(now, zone);
        return Containing(local).Previous;
    }

    /// <summary>Parses <c>2026-W47</c> (also <c>2026W47</c>, lower case w).</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        var m = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>Parses a week label or throws <see cref="FormatException"/> naming the expected form.</summary>
    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week; expected the form 2026-W47.");

    /// <inheritdoc />
    public int CompareTo(IsoWeek other) => (Year, Week).CompareTo((other.Year, other.Week));

    /// <inheritdoc />
    public override string ToString() => Label;

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^([0-9]{4})-?[Ww]([0-9]{1,2})$")]
    private static partial Regex Pattern();
}
