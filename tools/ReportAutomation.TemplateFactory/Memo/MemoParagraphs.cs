using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.TemplateFactory.Memo;

/// <summary>Small builders for the memo template's paragraphs, tables and fields.</summary>
internal static class MemoParagraphs
{
    public static Paragraph P(string? style, string text, JustificationValues? align = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        return new Paragraph(properties, R(text));
    }

    public static Run R(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A complex field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, cached result, end.</summary>
    public static IEnumerable<Run> Field(string instruction, string cached) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text(cached)),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    /// <summary>A full-width table in the Report Table style; the first row repeats on every page.</summary>
    public static Table Table(int[] widths, IEnumerable<string[]> rows, bool hasTotals = false, int[]? rightAligned = null)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "ReportTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = hasTotals, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var first = true;
        foreach (var cells in rows)
        {
            var row = new TableRow();
            if (first)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            for (var i = 0; i < cells.Length; i++)
            {
                var paragraph = P(null, cells[i], rightAligned?.Contains(i) == true ? JustificationValues.Right : null);
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), paragraph));
            }

            table.Append(row);
            first = false;
        }

        return table;
    }
}
