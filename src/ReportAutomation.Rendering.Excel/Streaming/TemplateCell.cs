namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>A cell of a template row: its column, style index and formula (in the input's coordinates).</summary>
internal sealed record TemplateCell(int Column, string? Style, ParsedFormula? Formula);
