using ClosedXML.Excel;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.Rendering.Excel.Templating;

namespace ReportAutomation.Rendering.Excel.Filling;

/// <summary>Heights for generated rows whose template cells wrap text: Excel and LibreOffice do not re-measure rows when they
/// open a file, so a long summary in a wrapped cell would otherwise spill over the rows below it.</summary>
internal static class RowHeights
{
    private const double LinePoints = 15;

    // Column width is in widths of '0'; ordinary prose averages about 1.15 characters per unit in Calibri 11.
    private const double CharsPerWidthUnit = 1.15;

    /// <summary>A height function for <paramref name="loop"/>, or null when none of its cells wrap.</summary>
    public static Func<IReadOnlyList<XlCell>, double?>? For(IXLWorksheet sheet, LoopRow loop)
    {
        var capacity = loop.Columns
            .Where(c => sheet.Cell(loop.Row, c.Column).Style.Alignment.WrapText)
            .ToDictionary(c => c.Column, c => Math.Max(1, (int)(sheet.Column(c.Column).Width * CharsPerWidthUnit)));
        if (capacity.Count == 0)
        {
            return null;
        }

        return cells =>
        {
            var lines = 1;
            foreach (var cell in cells)
            {
                if (cell.Text is { Length: > 0 } text && capacity.TryGetValue(cell.Column, out var perLine))
                {
                    lines = Math.Max(lines, Lines(text, perLine));
                }
            }

            return lines > 1 ? lines * LinePoints : null;
        };
    }

    private static int Lines(string text, int perLine)
    {
        var lines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lines += Math.Max(1, (line.Length + perLine - 1) / perLine);
        }

        return lines;
    }
}
