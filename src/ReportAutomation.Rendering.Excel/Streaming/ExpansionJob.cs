namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>One expansion ready to stream: its row count is known before any output is written.</summary>
internal sealed class ExpansionJob
{
    public required string SheetName { get; init; }

    public required int TemplateRow { get; init; }

    /// <summary>Generated rows (0 = one empty styled row stands in).</summary>
    public required int RowCount { get; init; }

    public required IEnumerable<IReadOnlyList<XlCell>> Rows { get; init; }

    /// <summary>Optional height of each generated row, in points.</summary>
    public Func<IReadOnlyList<XlCell>, double?>? RowHeight { get; init; }

    /// <summary>Rows the sheet gains below the template row.</summary>
    public int ExtraRows => Math.Max(RowCount, 1) - 1;

    /// <summary>Rows written in place of the template row.</summary>
    public int OutputRows => Math.Max(RowCount, 1);

    /// <summary>The output row of the first generated row; set once every expansion's size is known.</summary>
    public int FirstRow { get; set; }
}
