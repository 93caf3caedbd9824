namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>What every part of one worksheet's rewrite shares.</summary>
internal sealed class SheetContext
{
    public required string SheetName { get; init; }

    public required RowShiftMap Map { get; init; }

    /// <summary>This sheet's expansions, top to bottom.</summary>
    public required IReadOnlyList<ExpansionJob> Expansions { get; init; }

    public required HyperlinkSpool Links { get; init; }

    /// <summary>Prefix of generated relationship ids, unused by the sheet's existing relationships.</summary>
    public required string LinkIdPrefix { get; init; }

    public required RowExpanderOptions Options { get; init; }

    public required ExpansionCounters Counters { get; init; }

    /// <summary>How input element names are written (SpreadsheetML prefix dropped or kept).</summary>
    public ElementNaming Naming { get; } = new();

    /// <summary>Markup with the sheet's SpreadsheetML prefix; set when the worksheet's root element is read.</summary>
    public SheetMarkup Markup { get; set; } = new(string.Empty);

    /// <summary>The sheet's tables (input coordinates), to qualify table-less structured references in their cells.</summary>
    public IReadOnlyList<TableArea> Tables { get; init; } = [];

    public SheetShift? Shift => Map.For(SheetName);

    /// <summary>The formula of the input cell at (row, column) with table-less structured references named after its table.</summary>
    public string QualifyStructuredReferences(string formula, int row, int column)
    {
        foreach (var table in Tables)
        {
            if (table.Contains(row, column))
            {
                return FormulaTokenizer.QualifyStructuredReferences(formula, table.Name);
            }
        }

        return formula;
    }

    /// <summary>Insert-semantics rewrite of a formula, sqref or range on this sheet.</summary>
    public string ShiftFormula(string text) => ReferenceShifter.Shift(text, Map, SheetName);

    /// <summary>The expansion whose template row is <paramref name="row"/>, if any.</summary>
    public ExpansionJob? ExpansionAt(int row)
    {
        foreach (var job in Expansions)
        {
            if (job.TemplateRow == row)
            {
                return job;
            }
        }

        return null;
    }
}
