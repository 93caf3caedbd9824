using System.Globalization;
using System.Text;
using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Excel.Streaming;

namespace ReportAutomation.Rendering.Excel.Filling;

/// <summary>Turns a template's result into a typed cell: numbers stay numbers, dates dates, and text is always text.</summary>
internal static class CellValues
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>The cell for <paramref name="value"/> in <paramref name="column"/>.</summary>
    public static XlCell ToCell(int column, object? value) => value switch
    {
        null => new XlCell(column, XlCellKind.Empty, 0, null, null, null),
        string s when s.Length == 0 => new XlCell(column, XlCellKind.Empty, 0, null, null, null),
        string s => Text(column, s),
        bool b => new XlCell(column, XlCellKind.Bool, b ? 1 : 0, null, null, null),
        DateOnly d => Date(column, d.ToDateTime(TimeOnly.MinValue)),
        DateTime dt => Date(column, dt),
        DateTimeOffset dto => Date(column, dto.DateTime),
        decimal m => new XlCell(column, XlCellKind.Number, (double)m, null, null, null),
        double x when double.IsFinite(x) => new XlCell(column, XlCellKind.Number, x, null, null, null),
        float f when float.IsFinite(f) => new XlCell(column, XlCellKind.Number, f, null, null, null),
        int or long or short or byte or uint or ulong => new XlCell(column, XlCellKind.Number, Convert.ToDouble(value, CultureInfo.InvariantCulture), null, null, null),
        LinkValue { Url: { } url } link => new XlCell(column, XlCellKind.Link, 0, link.Text.Length == 0 ? url : link.Text, url, null),
        LinkValue link => Text(column, link.Text),
        _ => Text(column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>Removes characters XML 1.0 cannot carry and trims to Excel's cell limit, for text written through ClosedXML
    /// (the streaming expander does the same for generated rows as it writes them).</summary>
    public static string Clean(string text)
    {
        var needsWork = text.Length > MaxCellText;
        foreach (var c in text)
        {
            if (!IsXmlChar(c))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return text;
        }

        var sb = new StringBuilder(Math.Min(text.Length, MaxCellText));
        // Room is kept for a surrogate pair and the closing ellipsis, so the result never exceeds Excel's limit.
        for (var i = 0; i < text.Length && sb.Length < MaxCellText - 3; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c) && !char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }

        if (text.Length > MaxCellText)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    private static XlCell Text(int column, string text) => new(column, XlCellKind.Text, 0, text, null, null);

    private static XlCell Date(int column, DateTime value) => new(column, XlCellKind.Date, value.ToOADate(), null, null, null);

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}
