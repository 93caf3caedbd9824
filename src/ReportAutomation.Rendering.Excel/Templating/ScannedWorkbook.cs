using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Excel.Templating;

/// <summary>What a template workbook asks for: scalar cells, loop rows, and every problem found in them.</summary>
internal sealed record ScannedWorkbook(IReadOnlyList<ScalarCell> Cells, IReadOnlyList<LoopRow> Loops, IReadOnlyList<TemplateError> Errors);
