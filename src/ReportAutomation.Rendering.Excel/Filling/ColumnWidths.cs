using ClosedXML.Excel;
using ReportAutomation.Rendering.Excel.Streaming;

namespace ReportAutomation.Rendering.Excel.Filling;

/// <summary>Sizes columns from their content (ClosedXML's AdjustToContents needs GDI+, which Linux lacks).</summary>
internal static class ColumnWidths
{
    private const double MaxWidth = 60;

    /// <summary>Widens each column of <paramref name="sheet"/> to fit the widest sampled value; never narrows what the template set.</summary>
    public static void Fit(IXLWorksheet sheet, IReadOnlySet<int> loopRows, IEnumerable<XlCell> sampledLoopCells)
    {
        var widest = new Dictionary<int, int>();
        foreach (var cell in sheet.CellsUsed(c => !c.HasFormula && !loopRows.Contains(c.Address.RowNumber)))
        {
            Track(widest, cell.Address.ColumnNumber, Estimate(cell));
        }

        foreach (var cell in sampledLoopCells)
        {
            Track(widest, cell.Column, Estimate(cell));
        }

        foreach (var (columnNumber, chars) in widest)
        {
            var column = sheet.Column(columnNumber);
            // A wrapping column keeps the width its author chose: its rows grow instead (see RowHeights).
            if (column.Style.Alignment.WrapText || loopRows.Any(r => sheet.Cell(r, columnNumber).Style.Alignment.WrapText))
            {
                continue;
            }

            var wanted = Math.Min(MaxWidth, chars * 1.1 + 2);
            if (wanted > column.Width)
            {
                column.Width = Math.Round(wanted, 1);
            }
        }
    }

    private static void Track(Dictionary<int, int> widest, int column, int chars)
    {
        if (!widest.TryGetValue(column, out var current) || chars > current)
        {
            widest[column] = chars;
        }
    }

    private static int Estimate(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => Math.Max(12, cell.GetFormattedString().Length),
        XLDataType.DateTime => Math.Max(10, cell.GetFormattedString().Length),
        _ when cell.IsMerged() => 0,
        _ => LongestLine(cell.GetString()),
    };

    private static int Estimate(XlCell cell) => cell.Kind switch
    {
        XlCellKind.Number => 12,
        XlCellKind.Date => 10,
        XlCellKind.Text or XlCellKind.Link => LongestLine(cell.Text ?? string.Empty),
        _ => 0,
    };

    private static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }
}
