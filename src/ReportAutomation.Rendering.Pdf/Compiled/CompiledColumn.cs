using ReportAutomation.Rendering.Pdf.Template;

namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>A checked table column.</summary>
internal sealed record CompiledColumn(string Header, CompiledText Value, ColumnAlign Align, float Width);
