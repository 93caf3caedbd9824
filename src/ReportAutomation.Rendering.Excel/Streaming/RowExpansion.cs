namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Replaces the 1-based <paramref name="TemplateRow"/> of <paramref name="SheetName"/> with one row per item of <paramref name="Rows"/>.</summary>
/// <param name="SheetName">The worksheet's name (case-insensitive, as Excel).</param>
/// <param name="TemplateRow">The 1-based row to repeat; its cell styles and formulas are the pattern.</param>
/// <param name="Rows">Generated rows, enumerated once and lazily. A countable sequence (a list, or Select over one) streams
/// in one pass; any other sequence is first spooled to a temporary file to learn its length.</param>
/// <param name="RowHeight">Optional height in points for each generated row (null keeps the template row's height), e.g. to fit
/// wrapped text: readers do not re-measure rows on load.</param>
public sealed record RowExpansion(string SheetName, int TemplateRow, IEnumerable<IReadOnlyList<XlCell>> Rows, Func<IReadOnlyList<XlCell>, double?>? RowHeight = null);
