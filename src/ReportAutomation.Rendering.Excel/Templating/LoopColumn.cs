using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Excel.Templating;

/// <summary>One cell of a loop row: a template, a formula copied per row, or fixed text.</summary>
/// <param name="Column">1-based column.</param>
/// <param name="Template">The parsed cell template, when the cell has one.</param>
/// <param name="IsFormula">True when the template cell holds a formula, copied into every generated row.</param>
/// <param name="FixedText">Plain text repeated on every row, when the cell has neither.</param>
internal sealed record LoopColumn(int Column, ParsedTemplate? Template, bool IsFormula, string? FixedText);
