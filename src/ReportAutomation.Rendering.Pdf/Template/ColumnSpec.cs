namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>One table column: header, the cell text per row, alignment and relative width.</summary>
internal sealed record ColumnSpec(string Header, TextSpec Value, ColumnAlign Align, float Width);
