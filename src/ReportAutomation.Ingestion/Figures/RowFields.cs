using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>Reads the fields every figure row has, turning each problem into an issue on the row's line.</summary>
internal static class RowFields
{
    /// <summary>The date at <paramref name="column"/>: a typed date, or ISO text.</summary>
    public static DateOnly Date<TRow>(in TRow row, int column, int line, FileIssues issues, ref bool ok)
        where TRow : struct, IFigureRow
    {
        if (row.TryGetDate(column, out var typed))
        {
            return typed;
        }

        var text = row.GetChars(column);
        if (IsoDateParser.TryParse(text, out var date))
        {
            return date;
        }

        issues.Add(line, "date", text.ToString(), text.IsEmpty ? "date is empty" : IsoDateParser.Reason);
        ok = false;
        return default;
    }

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
