using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Checks;

/// <summary>Checks the row-loop rule: first cell starts with a for tag, last non-empty cell ends with endfor, tags nowhere else.</summary>
internal static class LoopRows
{
    /// <summary>Problems with loop rows and placeholder cells.</summary>
    public static IEnumerable<string> Check(string path)
    {
        using var workbook = new XLWorkbook(path);
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var row in sheet.RowsUsed())
            {
                var cells = row.CellsUsed().ToList();
                var first = cells[0];
                var last = cells[^1];
                var opensLoop = first.Address.ColumnNumber == 1 && Text(first).StartsWith("{% for ", StringComparison.Ordinal);
                if (opensLoop && !Text(last).EndsWith("{% endfor %}", StringComparison.Ordinal))
                {
                    yield return $"{sheet.Name}!{last.Address}: loop row {row.RowNumber()} does not end with endfor";
                }

                foreach (var cell in cells)
                {
                    var text = Text(cell);
                    if (cell.HasFormula && (cell.FormulaA1.Contains("{{", StringComparison.Ordinal) || cell.FormulaA1.Contains("{%", StringComparison.Ordinal)))
                    {
                        yield return $"{sheet.Name}!{cell.Address}: a formula holds a placeholder";
                    }

                    var isTemplate = text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);
                    if (isTemplate && cell.DataType != XLDataType.Text)
                    {
                        yield return $"{sheet.Name}!{cell.Address}: placeholder cell is {cell.DataType}, not text";
                    }

                    var strayFor = text.Contains("{% for ", StringComparison.Ordinal) && !(cell == first && opensLoop);
                    var strayEnd = text.Contains("{% endfor %}", StringComparison.Ordinal) && !(cell == last && opensLoop);
                    if (strayFor || strayEnd)
                    {
                        yield return $"{sheet.Name}!{cell.Address}: for/endfor outside a loop row's first/last cell";
                    }
                }
            }
        }
    }

    private static string Text(IXLCell cell) => cell.HasFormula ? string.Empty : cell.GetString();
}
