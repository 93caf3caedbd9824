using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>Writes an Excel table made of a header row and ONE row-loop template row below it.</summary>
internal static class LoopTable
{
    /// <summary>
    /// Writes the header at <paramref name="headerRow"/>, the template row below it (first cell prefixed with
    /// <paramref name="forTag"/>, last cell suffixed with <c>{% endfor %}</c>) and an Excel table over both.
    /// </summary>
    public static IXLTable Write(IXLWorksheet sheet, int headerRow, string tableName, string forTag, IReadOnlyList<LoopColumn> columns)
    {
        if (columns[0].IsFormula || columns[^1].IsFormula)
        {
            throw new InvalidOperationException($"{tableName}: the first and last loop cells must be text (they carry the for/endfor tags), not formulas.");
        }

        var templateRow = headerRow + 1;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            SheetKit.Text(sheet.Cell(headerRow, i + 1), column.Header);

            var cell = sheet.Cell(templateRow, i + 1);
            var text = column.Cell;
            if (i == 0)
            {
                text = forTag + text;
            }

            if (i == columns.Count - 1)
            {
                text += "{% endfor %}";
            }

            if (column.IsFormula)
            {
                SheetKit.Formula(cell, text);
            }
            else
            {
                SheetKit.Text(cell, text);
            }

            if (column.NumberFormat is { } format)
            {
                cell.Style.NumberFormat.Format = format;
            }

            cell.Style.Alignment.WrapText = column.Wrap;
            if (column.LooksLikeLink)
            {
                cell.Style.Font.FontColor = Palette.Link;
                cell.Style.Font.Underline = XLFontUnderlineValues.Single;
            }
        }

        var lastColumn = columns.Count;
        SheetKit.Header(sheet.Range(headerRow, 1, headerRow, lastColumn));
        for (var i = 0; i < columns.Count; i++)
        {
            // Numbers and dates sit on the right, so their headers do too.
            if (columns[i].NumberFormat is not null)
            {
                sheet.Cell(headerRow, i + 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
        }

        SheetKit.Body(sheet.Range(templateRow, 1, templateRow, lastColumn));

        var table = sheet.Range(headerRow, 1, templateRow, lastColumn).CreateTable(tableName);
        table.Theme = XLTableTheme.TableStyleLight1;
        table.ShowRowStripes = true;
        table.ShowAutoFilter = true;
        return table;
    }
}
