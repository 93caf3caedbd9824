using ClosedXML.Excel;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Excel.Templating;

/// <summary>A template cell outside any row loop: filled once from the pack.</summary>
internal sealed record ScalarCell(IXLCell Cell, ParsedTemplate Template, TemplateLocation Location);
