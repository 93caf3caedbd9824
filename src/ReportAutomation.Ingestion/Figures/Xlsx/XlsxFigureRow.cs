using ClosedXML.Excel;

namespace ReportAutomation.Ingestion.Figures.Xlsx;

/// <summary>One worksheet row: numbers stay numbers and dates stay dates; column indices are 0-based from column A.</summary>
internal readonly struct XlsxFigureRow(IXLRow row) : IFigureRow
{
    public string GetText(int column) => XlsxCells.Text(Value(column));

    public ReadOnlySpan<char> GetChars(int column) => GetText(column).AsSpan();

    public bool TryGetNumber(int column, out double value)
    {
        if (Value(column) is double d)
        {
            value = d;
            return true;
        }

        value = 0;
        return false;
    }

    public bool TryGetDate(int column, out DateOnly value)
    {
        if (Value(column) is DateTime t)
        {
            value = DateOnly.FromDateTime(t);
            return true;
        }

        value = default;
        return false;
    }

    private object? Value(int column) => XlsxCells.Value(row.Cell(column + 1));
}
