using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Excel.Templating;

/// <summary>A template row repeated once per item of a collection (or kept/removed by a condition).</summary>
internal sealed record LoopRow(string Sheet, int Row, RowDirective Directive, IReadOnlyList<LoopColumn> Columns, TemplateLocation Location);
