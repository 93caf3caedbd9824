namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>What <see cref="RowExpander.Expand"/> wrote, including what it had to leave out.</summary>
/// <param name="Expansions">One entry per requested expansion, top to bottom per sheet.</param>
/// <param name="PartsRewritten">Zip entries rewritten (sheets, workbook, tables, charts, drawings, relationships).</param>
/// <param name="PartsCopied">Zip entries copied unchanged.</param>
/// <param name="HyperlinksWritten">Generated cells written as real hyperlinks.</param>
/// <param name="HyperlinksAsText">Link cells written as plain text: not absolute http/https, too long, or past Excel's per-sheet limit.</param>
/// <param name="TextsTruncated">Texts cut to Excel's 32,767-character cell limit.</param>
/// <param name="ChartSeriesDropped">Row-oriented chart series not replicated because a chart would pass 255 series.</param>
public sealed record ExpansionReport(
    IReadOnlyList<ExpandedRows> Expansions,
    int PartsRewritten,
    int PartsCopied,
    int HyperlinksWritten,
    int HyperlinksAsText,
    int TextsTruncated,
    int ChartSeriesDropped);
