using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Charts;

/// <summary>
/// One chart of the pack, described once for every document: the workbook's template chart, the memo's native Word
/// chart and the deck's vector chart all take their title, kind, formats and series from here.
/// </summary>
/// <param name="Id">Stable id templates use to place the chart, e.g. <c>investments_by_investor</c>.</param>
/// <param name="Title">Chart title.</param>
/// <param name="Kind">Bars or lines.</param>
/// <param name="ValueKind">What the values are (money or scores).</param>
/// <param name="ExcelValueFormat">The Excel number format code of values (axes and data labels).</param>
/// <param name="ColorHex">Fixed colour (RRGGBB) of a single-series chart, or null for a palette colour per series.</param>
/// <param name="CategoryTitle">What the categories are, in the user's words (e.g. <c>Investor</c>).</param>
/// <param name="Resolve">Builds the categories and series from a pack.</param>
public sealed record ChartDescription(
    string Id,
    string Title,
    ChartKind Kind,
    ChartValueKind ValueKind,
    string ExcelValueFormat,
    string? ColorHex,
    string CategoryTitle,
    Func<WeeklyPack, ChartData> Resolve)
{
    /// <summary>The chart's data for <paramref name="pack"/>.</summary>
    public ChartData For(WeeklyPack pack) => Resolve(pack);
}
