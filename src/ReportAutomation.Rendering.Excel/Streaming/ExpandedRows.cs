namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Where one expansion's rows landed in the output.</summary>
/// <param name="SheetName">The worksheet.</param>
/// <param name="TemplateRow">The template row in the input.</param>
/// <param name="FirstRow">The 1-based output row of the first generated row.</param>
/// <param name="RowCount">Generated rows (0 when the sequence was empty: one empty styled row then stands in).</param>
public sealed record ExpandedRows(string SheetName, int TemplateRow, int FirstRow, int RowCount);
