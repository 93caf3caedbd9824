using ClosedXML.Excel;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Excel.Templating;

/// <summary>Finds every placeholder and row loop in a template workbook, parses them, and checks them against the model.</summary>
internal sealed class WorkbookTemplateScanner(TemplateEngine engine, string templateName)
{
    /// <summary>Scans every sheet of <paramref name="workbook"/>.</summary>
    public ScannedWorkbook Scan(XLWorkbook workbook)
    {
        var cells = new List<ScalarCell>();
        var loops = new List<LoopRow>();
        var errors = new List<TemplateError>();
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var row in sheet.RowsUsed())
            {
                ScanRow(sheet, row, cells, loops, errors);
            }
        }

        return new ScannedWorkbook(cells, loops, errors);
    }

    private void ScanRow(IXLWorksheet sheet, IXLRow row, List<ScalarCell> cells, List<LoopRow> loops, List<TemplateError> errors)
    {
        var last = row.LastCellUsed()?.Address.ColumnNumber ?? 0;
        if (last == 0)
        {
            return;
        }

        var rowCells = Enumerable.Range(1, last).Select(c => row.Cell(c)).ToList();
        var texts = rowCells.Select(c => c.HasFormula ? null : NullIfEmpty(c.GetString())).ToList();
        foreach (var formulaCell in rowCells.Where(c => c.HasFormula && engine.IsTemplate(c.FormulaA1)))
        {
            errors.Add(new TemplateError(Where(formulaCell), "placeholders cannot go inside a formula; put the value in its own cell and refer to it", null));
        }

        if (!texts.Any(engine.IsTemplate))
        {
            return;
        }

        var rowLocation = new TemplateLocation(templateName, $"{sheet.Name}!{row.RowNumber()}:{row.RowNumber()}");
        var directive = engine.ParseRowDirective(texts, rowLocation, out var directiveErrors);
        errors.AddRange(directiveErrors);
        if (directive is null)
        {
            foreach (var cell in rowCells.Where(c => !c.HasFormula && engine.IsTemplate(c.GetString())))
            {
                var parsed = Parse(cell.GetString(), Where(cell), engine.RootShape, errors);
                if (parsed is not null)
                {
                    cells.Add(new ScalarCell(cell, parsed, Where(cell)));
                }
            }

            return;
        }

        errors.AddRange(engine.Check(directive, engine.RootShape));
        var shape = engine.ShapeInside(directive, engine.RootShape);
        var columns = new List<LoopColumn>();
        for (var i = 0; i < rowCells.Count; i++)
        {
            var cell = rowCells[i];
            var inner = directive.InnerCellTexts[i];
            if (cell.HasFormula)
            {
                columns.Add(new LoopColumn(i + 1, null, IsFormula: true, null));
            }
            else if (engine.IsTemplate(inner))
            {
                columns.Add(new LoopColumn(i + 1, Parse(inner!, Where(cell), shape, errors), IsFormula: false, null));
            }
            else if (!string.IsNullOrEmpty(inner))
            {
                columns.Add(new LoopColumn(i + 1, null, IsFormula: false, inner));
            }
        }

        loops.Add(new LoopRow(sheet.Name, row.RowNumber(), directive, columns, rowLocation));
    }

    private ParsedTemplate? Parse(string text, TemplateLocation location, TemplateScopeShape shape, List<TemplateError> errors)
    {
        var outcome = engine.Parse(text, location);
        errors.AddRange(outcome.Errors);
        if (outcome.Template is null)
        {
            return null;
        }

        errors.AddRange(engine.Check(outcome.Template, shape));
        return outcome.Template;
    }

    private TemplateLocation Where(IXLCell cell) => new(templateName, $"{cell.Worksheet.Name}!{cell.Address.ToStringRelative()}");

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
