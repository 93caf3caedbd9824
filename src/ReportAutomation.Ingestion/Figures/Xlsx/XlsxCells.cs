using System.Globalization;
using ClosedXML.Excel;

namespace ReportAutomation.Ingestion.Figures.Xlsx;

/// <summary>Reads worksheet cells as values without evaluating formulas: a formula cell gives the value Excel saved.</summary>
internal static class XlsxCells
{
    /// <summary>The cell's value: null, string, double, DateTime, bool or TimeSpan.</summary>
    public static object? Value(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            // Untrusted workbooks: never compute their formulas, use the cached result.
            return cell.CachedValue;
        }

        if (cell.IsEmpty())
        {
            return null;
        }

        return cell.DataType switch
        {
            XLDataType.Number => cell.GetDouble(),
            XLDataType.DateTime => cell.GetDateTime(),
            XLDataType.Boolean => cell.GetBoolean(),
            XLDataType.TimeSpan => cell.GetTimeSpan(),
            _ => cell.GetString(),
        };
    }

    /// <summary>The value as trimmed text: numbers in invariant form, dates as ISO.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
