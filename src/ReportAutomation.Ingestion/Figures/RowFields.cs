using System.Globalization;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>Reads the fields every figure row has, turning each problem into an issue on the row's line.</summary>
internal static class RowFields
{
    /// <summary>The date at <paramref name="column"/>: a typed date, or ISO text (a date-time with an offset is moved into <paramref name="zone"/>).</summary>
    public static DateOnly Date<TRow>(in TRow row, int column, TimeZoneInfo? zone, int line, FileIssues issues, ref bool ok)
        where TRow : struct, IFigureRow
    {
        if (row.TryGetDate(column, out var typed))
        {
            return InRange(typed, line, issues, ref ok);
        }

        var text = row.GetChars(column);
        if (IsoDateParser.TryParse(text, out var date, zone))
        {
            return InRange(date, line, issues, ref ok);
        }

        issues.Add(line, "date", text.ToString(), text.IsEmpty ? "date is empty" : IsoDateParser.Reason);
        ok = false;
        return default;
    }

    private static DateOnly InRange(DateOnly date, int line, FileIssues issues, ref bool ok)
    {
        if (IsoWeek.Covers(date))
        {
            return date;
        }

        issues.Add(line, "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), OutOfRangeReason);
        ok = false;
        return default;
    }

    /// <summary>The reason given for a date outside the years a pack can cover.</summary>
    public const string OutOfRangeReason = "date must lie in the years 1900 to 9998";

    /// <summary>A text field that must not be empty; kept as text, trimmed, never interpreted.</summary>
    public static string Required<TRow>(in TRow row, int column, string name, int line, FileIssues issues, ref bool ok)
        where TRow : struct, IFigureRow
    {
        var text = row.GetText(column);
        if (text.Length == 0)
        {
            issues.Add(line, name, null, $"{name} is empty");
            ok = false;
        }

        return text;
    }

    /// <summary>
    /// Reports a value in a column whose header has no name (a trailing comma, an empty header cell): the row is read,
    /// but that value cannot be used, so it is not dropped silently.
    /// </summary>
    public static void Unnamed<TRow>(in TRow row, IReadOnlyList<int> unnamed, int line, FileIssues issues)
        where TRow : struct, IFigureRow
    {
        foreach (var column in unnamed)
        {
            var text = row.GetChars(column);
            if (!text.IsEmpty)
            {
                issues.Add(line, $"column {column + 1}", text.ToString(), $"column {column + 1} has no name in the header row, so its value was ignored");
                return;
            }
        }
    }

    /// <summary>A text field that may be absent (column -1) or empty: null then.</summary>
    public static string? Optional<TRow>(in TRow row, int column)
        where TRow : struct, IFigureRow
    {
        if (column < 0)
        {
            return null;
        }

        var text = row.GetText(column);
        return text.Length == 0 ? null : text;
    }
}
