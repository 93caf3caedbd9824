using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>What an analyst does in Excel when typing a row at the end of a table, done with the OpenXml SDK: the table's
/// ref grows by one row, the totals row moves down, the new row takes the old totals row's place.</summary>
internal static partial class AnalystEdit
{
    /// <summary>Appends one data row to <paramref name="tableName"/> on <paramref name="sheetName"/>; values go in column order (null skips).</summary>
    public static void AppendRow(string path, string sheetName, string tableName, params object?[] values)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var tablePart = part.TableDefinitionParts.Single(t => t.Table.Name == tableName);
        var table = tablePart.Table;
        var (firstColumn, firstRow, lastColumn, lastRow) = Area(table.Reference!.Value!);
        var totals = table.TotalsRowCount?.Value ?? 0;
        var newRow = (uint)(lastRow - (int)totals + 1);

        var data = part.Worksheet.GetFirstChild<SheetData>()!;
        foreach (var row in data.Elements<Row>().Where(r => r.RowIndex!.Value >= newRow).OrderByDescending(r => r.RowIndex!.Value).ToList())
        {
            MoveDown(row);
        }

        var added = new Row { RowIndex = newRow };
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                added.Append(Cell(ColumnLetters(ColumnNumber(firstColumn) + i) + newRow.ToString(CultureInfo.InvariantCulture), value));
            }
        }

        var after = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value > newRow);
        if (after is null)
        {
            data.Append(added);
        }
        else
        {
            data.InsertBefore(added, after);
        }

        table.Reference = $"{firstColumn}{firstRow}:{lastColumn}{lastRow + 1}";
        if (table.AutoFilter is { } filter)
        {
            filter.Reference = $"{firstColumn}{firstRow}:{lastColumn}{lastRow + 1 - (int)totals}";
        }

        table.Save();
        part.Worksheet.Save();
    }

    private static void MoveDown(Row row)
    {
        var index = row.RowIndex!.Value + 1;
        row.RowIndex = index;
        foreach (var cell in row.Elements<Cell>())
        {
            var (column, _) = SplitCell(cell.CellReference!.Value!);
            cell.CellReference = column + index.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        string text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
        DateOnly date => new Cell { CellReference = reference, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
        decimal number => new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
        _ => throw new ArgumentException($"Unsupported cell value {value.GetType().Name}", nameof(value)),
    };

    private static (string FirstColumn, int FirstRow, string LastColumn, int LastRow) Area(string reference)
    {
        var ends = reference.Split(':');
        var (c1, r1) = SplitCell(ends[0]);
        var (c2, r2) = SplitCell(ends[1]);
        return (c1, r1, c2, r2);
    }

    private static (string Column, int Row) SplitCell(string reference)
    {
        var match = CellPattern().Match(reference);
        return (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static int ColumnNumber(string letters) => letters.Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1));

    private static string ColumnLetters(int column)
    {
        var s = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            s = (char)('A' + ((column - 1) % 26)) + s;
        }

        return s;
    }

    [GeneratedRegex("^([A-Z]+)([0-9]+)$")]
    private static partial Regex CellPattern();
}
